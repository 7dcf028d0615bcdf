# Sourced by the benchmark scripts before they start the packaged application, which refuses to start without a
# signing keystore (README, "Signed documents"): makes a throw-away self-signed PKCS#12 in target/bench (once) and
# exports OPENBANDO_SIGNING_KEYSTORE and OPENBANDO_SIGNING_PASSWORD for it. Never use such a key for real acts.
BENCH_SIGNING_DIR=${BENCH_SIGNING_DIR:-target/bench}
mkdir -p "$BENCH_SIGNING_DIR"
export OPENBANDO_SIGNING_KEYSTORE="$PWD/$BENCH_SIGNING_DIR/bench-signing.p12"
export OPENBANDO_SIGNING_PASSWORD=bench-signing-password
[ -f "$OPENBANDO_SIGNING_KEYSTORE" ] || keytool -genkeypair -storetype PKCS12 -keystore "$OPENBANDO_SIGNING_KEYSTORE" \
  -storepass "$OPENBANDO_SIGNING_PASSWORD" -alias openbando -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA \
  -dname "CN=OpenBando benchmark signer - not valid for production, O=OpenBando, C=IT" -validity 30 >/dev/null 2>&1
