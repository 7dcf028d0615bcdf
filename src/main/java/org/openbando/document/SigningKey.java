package org.openbando.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The private key that signs the acts and its certificate chain (the signer's certificate first).
 *
 * @param development whether it is the self-signed development signer, valid for nothing outside dev mode and tests
 */
record SigningKey(PrivateKey key, List<X509Certificate> chain, boolean development) {

    /** The subject of the development signer: says what it is to whoever opens a document it signed. */
    static final String DEVELOPMENT_NAME = "OpenBando development signer — not valid for production";

    SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    /** The signer's own certificate. */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA signature algorithm for the key: SHA-256 with RSA or with ECDSA. */
    String algorithm() {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("the signing key is " + key.getAlgorithm()
                    + ": only RSA and EC keys are supported");
        };
    }

    /**
     * The key entry of a PKCS#12 keystore.
     *
     * @param alias the entry; null for the keystore's only key entry
     * @throws IllegalStateException naming what is wrong (no file, wrong password, no such entry, ...)
     */
    static SigningKey load(Path keystore, char[] password, String alias) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the signing keystore " + keystore + " cannot be read as PKCS#12 with the"
                    + " configured password: " + e.getMessage(), e);
        }
        try {
            String entry = alias;
            if (entry == null || entry.isBlank()) {
                List<String> keys = new ArrayList<>();
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        keys.add(a);
                    }
                }
                if (keys.size() != 1) {
                    throw new IllegalStateException("the signing keystore " + keystore + " has " + keys.size()
                            + " key entries " + keys + ": set openbando.signing.alias (OPENBANDO_SIGNING_ALIAS)");
                }
                entry = keys.get(0);
            }
            if (!store.isKeyEntry(entry)) {
                throw new IllegalStateException("the signing keystore " + keystore + " has no key entry '" + entry
                        + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] certificates = store.getCertificateChain(entry);
            if (certificates == null || certificates.length == 0) {
                throw new IllegalStateException("the key entry '" + entry + "' of " + keystore
                        + " has no certificate");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certificates) {
                chain.add((X509Certificate) c);
            }
            SigningKey loaded = new SigningKey(key, chain, false);
            loaded.algorithm(); // refuses a key type that cannot sign here, at start rather than at the first act
            return loaded;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key cannot be read from " + keystore + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A new self-signed development signer (EC P-256), valid from a day before {@code now} for two years, named
     * {@value #DEVELOPMENT_NAME}.
     */
    static SigningKey development(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, DEVELOPMENT_NAME)
                    .addRDN(BCStyle.O, "OpenBando").addRDN(BCStyle.C, "IT").build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(730))), name,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate), true);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not generate the development signer", e);
        }
    }
}
