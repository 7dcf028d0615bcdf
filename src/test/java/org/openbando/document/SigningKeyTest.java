package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from: the configured PKCS#12, or the development signer outside production. */
class SigningKeyTest {

    static final Instant NOW = Instant.parse("2026-05-12T08:30:00Z");

    @TempDir
    Path dir;

    @Test
    void thePackagedApplicationRefusesToStartWithoutAKeystore() {
        assertThatThrownBy(() -> PdfSigner.load(config(null, null, null), LaunchMode.NORMAL, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENBANDO_SIGNING_KEYSTORE");
        assertThatThrownBy(() -> PdfSigner.load(config(" ", null, null), LaunchMode.NORMAL, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENBANDO_SIGNING_KEYSTORE");
    }

    @Test
    void devModeAndTestsGenerateAClearlyNamedSelfSignedSigner() {
        for (LaunchMode mode : new LaunchMode[] {LaunchMode.DEVELOPMENT, LaunchMode.TEST}) {
            SigningKey key = PdfSigner.load(config(null, null, null), mode, NOW);
            assertThat(key.development()).isTrue();
            assertThat(key.certificate().getSubjectX500Principal().getName())
                    .contains("CN=OpenBando development signer — not valid for production");
            assertThat(key.certificate().getIssuerX500Principal()).isEqualTo(key.certificate().getSubjectX500Principal());
            assertThat(key.algorithm()).isEqualTo("SHA256withECDSA");
        }
    }

    @Test
    void theConfiguredKeystoreSignsInEveryMode() throws Exception {
        SigningKey made = SigningKey.development(NOW);
        Path p12 = keystore(made, "the-password", "acts");
        for (LaunchMode mode : LaunchMode.values()) {
            SigningKey loaded = PdfSigner.load(config(p12.toString(), "the-password", "acts"), mode, NOW);
            assertThat(loaded.development()).isFalse();
            assertThat(loaded.certificate()).isEqualTo(made.certificate());
            assertThat(loaded.key().getEncoded()).isEqualTo(made.key().getEncoded());
        }
        // the only key entry is found without an alias
        assertThat(PdfSigner.load(config(p12.toString(), "the-password", null), LaunchMode.NORMAL, NOW).certificate())
                .isEqualTo(made.certificate());
    }

    @Test
    void aKeystoreThatCannotBeUsedStopsTheStartNamingWhy() throws Exception {
        Path p12 = keystore(SigningKey.development(NOW), "the-password", "acts");
        assertThatThrownBy(() -> PdfSigner.load(config(p12.toString(), "wrong", "acts"), LaunchMode.NORMAL, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read as PKCS#12");
        assertThatThrownBy(() -> PdfSigner.load(config(p12.toString(), "the-password", "other"), LaunchMode.NORMAL,
                NOW)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no key entry 'other'");
        assertThatThrownBy(() -> PdfSigner.load(config(dir.resolve("missing.p12").toString(), "x", null),
                LaunchMode.NORMAL, NOW)).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.p12");
    }

    @Test
    void anRsaKeySignsTooWithTheSigningCertificateAttributeAndNoSigningTime() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair pair = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Ufficio bandi, O=Regione");
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name,
                        java.math.BigInteger.TEN, java.util.Date.from(NOW.minusSeconds(3600)),
                        java.util.Date.from(NOW.plusSeconds(86_400)), name, pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                                .build(pair.getPrivate())));
        SigningKey rsa = new SigningKey(pair.getPrivate(), java.util.List.of(certificate), false);
        assertThat(rsa.algorithm()).isEqualTo("SHA256withRSA");
        byte[] content = "the byte range of a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] cms = PdfSigner.cms(new java.io.ByteArrayInputStream(content), rsa);
        org.bouncycastle.cms.CMSSignedData signed = new org.bouncycastle.cms.CMSSignedData(
                new org.bouncycastle.cms.CMSProcessableByteArray(content), cms);
        org.bouncycastle.cms.SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder()
                .build(certificate))).isTrue();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
        assertThat(signer.getSignedAttributes().get(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime)).isNull();
        assertThat(signed.isDetachedSignature()).isTrue();
        // DER, as PDF/A wants the signature's contents
        assertThat(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(cms).getEncoded("DER")).isEqualTo(cms);
    }

    private Path keystore(SigningKey key, String password, String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key.key(), password.toCharArray(), new Certificate[] {key.certificate()});
        Path file = dir.resolve(alias + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static SigningConfig config(String keystore, String password, String alias) {
        return new SigningConfig() {
            @Override
            public Optional<String> keystore() {
                return Optional.ofNullable(keystore);
            }

            @Override
            public Optional<String> password() {
                return Optional.ofNullable(password);
            }

            @Override
            public Optional<String> alias() {
                return Optional.ofNullable(alias);
            }
        };
    }
}
