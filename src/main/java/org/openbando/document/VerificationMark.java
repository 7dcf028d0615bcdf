package org.openbando.document;

/**
 * What a document prints so that anyone can verify it: its verification code, the public address of its verification
 * page and that address as a QR code (a PNG {@code data:} URI, the only resource the renderer accepts). Built by
 * {@link VerificationMarks} for the code of the document being issued.
 *
 * @param code the verification code, {@code XXXX-XXXX-XXXX-XXXX}
 * @param url {@code <openbando.public-url>/verify/<code>}
 * @param qrDataUri the QR code of {@code url}, {@code data:image/png;base64,...}
 */
public record VerificationMark(String code, String url, String qrDataUri) {
}
