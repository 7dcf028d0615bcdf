package org.openbando.document;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Reads and verifies the signatures of a PDF as a verifier would, from the bytes alone (BouncyCastle CMS). */
final class Signatures {

    /**
     * What one signature of a PDF says.
     *
     * @param coversWholeFile the byte range is [0, a, b, end of file - b] and the gap is exactly the /Contents string
     * @param valid the CMS signature verifies over the byte range with the certificate it carries
     * @param certificate the signer's certificate, DER
     * @param signedAttributes the OIDs of the signed attributes
     * @param certificateHashMatches the signing-certificate-v2 attribute holds the SHA-256 of the signer's certificate
     */
    record Verdict(String subFilter, Calendar signDate, boolean coversWholeFile, boolean valid, byte[] certificate,
            List<ASN1ObjectIdentifier> signedAttributes, boolean certificateHashMatches, int signers) {

        boolean hasSigningTime() {
            return signedAttributes.contains(CMSAttributes.signingTime);
        }

        boolean hasSigningCertificateV2() {
            return signedAttributes.contains(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        }
    }

    private Signatures() {
    }

    /** Every signature of the PDF, verified. */
    static List<Verdict> of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            java.util.ArrayList<Verdict> verdicts = new java.util.ArrayList<>();
            for (PDSignature signature : signatures) {
                verdicts.add(verify(signature, pdf));
            }
            return verdicts;
        }
    }

    private static Verdict verify(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        boolean covers = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length
                && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
        if (covers) { // the gap holds nothing but the hex digits of /Contents
            for (int i = range[1] + 1; i < range[2] - 1; i++) {
                if (Character.digit(pdf[i], 16) < 0) {
                    covers = false;
                    break;
                }
            }
        }
        byte[] signedContent = signature.getSignedContent(pdf);
        byte[] contents = signature.getContents(pdf);
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
            List<SignerInformation> signers = List.copyOf(cms.getSignerInfos().getSigners());
            SignerInformation signer = signers.get(0);
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSException e) { // e.g. the message digest does not match
                valid = false;
            }
            AttributeTable attributes = signer.getSignedAttributes();
            List<ASN1ObjectIdentifier> oids = new java.util.ArrayList<>();
            for (Attribute a : attributes.toASN1Structure().getAttributes()) {
                oids.add(a.getAttrType());
            }
            boolean hashMatches = false;
            Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                byte[] expected = MessageDigest.getInstance("SHA-256").digest(holder.getEncoded());
                hashMatches = java.util.Arrays.equals(id.getCertHash(), expected)
                        && id.getHashAlgorithm().getAlgorithm().getId().equals("2.16.840.1.101.3.4.2.1");
            }
            return new Verdict(signature.getSubFilter(), signature.getSignDate(), covers, valid, holder.getEncoded(),
                    oids, hashMatches, signers.size());
        } catch (Exception e) {
            throw new IOException("the signature cannot be read", e);
        }
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
