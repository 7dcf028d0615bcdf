package org.openbando.document;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.logging.Logger;
import org.openbando.shared.ClockProducer;

/**
 * Signs the acts of the managing authority (PAdES baseline B-B, ETSI EN 319 142-1): an invisible signature field,
 * written as an incremental update of the PDF/A so that the rendered bytes stay as they were and the file stays PDF/A-2;
 * {@code /SubFilter ETSI.CAdES.detached}; the signature is a DER-encoded CMS SignedData over the file's byte range
 * (everything but the signature itself), SHA-256, with the signed attributes content-type, message-digest and
 * signing-certificate-v2 and without signing-time: the time of signing is the signature dictionary's {@code /M}, as
 * PAdES requires. No timestamp (B-T) and no validation data (B-LT): docs/adr/0008-pdf-documents.md.
 *
 * <p>The key comes from {@link SigningConfig}; without one, the packaged application refuses to start, and dev mode and
 * the tests generate a self-signed development signer at start.
 */
@ApplicationScoped
public class PdfSigner {

    /** The PAdES sub-filter (PDF 2.0, ETSI EN 319 142-1). */
    static final String SUB_FILTER = "ETSI.CAdES.detached";

    private static final Logger LOG = Logger.getLogger(PdfSigner.class);
    /**
     * Bytes reserved for the CMS beyond the certificates it carries: the signature, the signer info and its attributes
     * take about 1.2 KiB with an RSA 4096 key (PDFBox's default reserve, 9 KiB, written as hex, would double that).
     */
    private static final int SIGNATURE_MARGIN = 4096;

    private final SigningConfig config;
    private final Clock clock;
    private volatile SigningKey key;

    public PdfSigner(SigningConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Loads (or, in dev mode and tests, generates) the key at start: a packaged application without one stops here. */
    void onStart(@Observes StartupEvent event) {
        key();
    }

    /** The certificate that the signatures carry. */
    public X509Certificate certificate() {
        return key().certificate();
    }

    /**
     * The PDF with a PAdES B-B signature added as an incremental update: the input bytes are the start of the output.
     *
     * @param when the signing time, written as the signature's {@code /M}
     */
    byte[] sign(byte[] pdf, Instant when) {
        SigningKey signing = key();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(signing.certificate()));
            signature.setSignDate(GregorianCalendar.from(when.atZone(ClockProducer.ROME)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(reservedSize(signing));
                doc.addSignature(signature, content -> cms(content, signing), options);
                doc.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not sign a document", e);
        }
    }

    /** The DER-encoded detached CMS SignedData over the content (the PDF's byte range). */
    static byte[] cms(InputStream content, SigningKey signing) throws IOException {
        try {
            X509Certificate certificate = signing.certificate();
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(new PadesAttributes(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder(signing.algorithm()).build(signing.key()), certificate));
            generator.addCertificates(new JcaCertStore(signing.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IOException("could not make the CMS signature", e);
        }
    }

    /**
     * The signed attributes of a CAdES baseline signature: BouncyCastle's defaults (content-type, message-digest,
     * CMS algorithm protection) plus signing-certificate-v2, minus signing-time, which PAdES forbids.
     */
    private static final class PadesAttributes implements CMSAttributeTableGenerator {

        private final DefaultSignedAttributeTableGenerator defaults;

        PadesAttributes(X509Certificate certificate) throws CertificateEncodingException {
            this.defaults = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(signingCertificateV2(certificate)));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }

    /** The ESS signing-certificate-v2 attribute: the SHA-256 of the signer's certificate, its issuer and serial. */
    static Attribute signingCertificateV2(X509Certificate certificate) throws CertificateEncodingException {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        // SHA-256 is ESSCertIDv2's default hash algorithm, so it is left out of the encoding
        ESSCertIDv2 id = new ESSCertIDv2(hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    private SigningKey key() {
        SigningKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = load(config, LaunchMode.current(), clock.instant());
                    key = k;
                }
            }
        }
        return k;
    }

    /**
     * The configured key; the development signer when none is configured in dev mode or tests.
     *
     * @throws IllegalStateException in the packaged application without a configured keystore, or when the keystore
     *         cannot be read
     */
    static SigningKey load(SigningConfig config, LaunchMode mode, Instant now) {
        Optional<String> keystore = config.keystore().filter(k -> !k.isBlank());
        if (keystore.isEmpty()) {
            if (mode == LaunchMode.NORMAL) {
                throw new IllegalStateException("Set OPENBANDO_SIGNING_KEYSTORE (a PKCS#12 file with the key and"
                        + " certificate that sign the ranking acts, funding decisions and revocations) and"
                        + " OPENBANDO_SIGNING_PASSWORD: the packaged application does not sign with a made-up key");
            }
            SigningKey development = SigningKey.development(now);
            LOG.warnf("No signing keystore configured: the acts are signed by a self-signed '%s' generated at start"
                    + " (dev mode and tests only)", SigningKey.DEVELOPMENT_NAME);
            return development;
        }
        SigningKey loaded = SigningKey.load(Path.of(keystore.get()),
                config.password().orElse("").toCharArray(), config.alias().orElse(null));
        X509Certificate certificate = loaded.certificate();
        try {
            certificate.checkValidity(java.util.Date.from(now));
        } catch (java.security.cert.CertificateException e) {
            LOG.warnf("The signing certificate '%s' is not valid now (%s): verifiers will reject the signatures",
                    certificate.getSubjectX500Principal().getName(), e.getMessage());
        }
        LOG.infof("Signing the acts as '%s' (serial %s, valid until %s)", certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant());
        return loaded;
    }

    /** The space reserved for the signature: the certificates it carries plus a margin for the rest. */
    private static int reservedSize(SigningKey signing) {
        int certificates = 0;
        for (X509Certificate c : signing.chain()) {
            try {
                certificates += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return certificates + SIGNATURE_MARGIN;
    }

    private static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var cn = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cn.length == 0 ? name.toString()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
