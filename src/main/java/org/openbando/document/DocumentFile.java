package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;

/**
 * An issued document with its bytes, as stored when it was issued: served byte-identical, its SHA-256 the ETag.
 *
 * @param proposalId the proposal that owns it; null for a call's document
 * @param callId the call that owns it (a ranking act); null for a proposal's document
 * @param verificationCode the code printed on it ({@code XXXX-XXXX-XXXX-XXXX}), which anyone can check at
 *        {@code /verify/{code}}; null for a document issued before verification codes existed (V24)
 */
@PublicApi
public record DocumentFile(long id, Long proposalId, Long callId, DocumentKind kind, String reference,
        String language, String fileName, byte[] content, int sizeBytes, String sha256, String issuedBy, Instant issuedAt,
        String verificationCode) {

    static DocumentFile of(IssuedDocument d) {
        return new DocumentFile(d.id, d.proposalId, d.callId, d.kind, d.reference, d.language, d.fileName, d.content,
                d.sizeBytes, d.sha256, d.issuedBy, d.issuedAt, d.verificationCode);
    }

    /** Whether the stored bytes still have the stored hash. */
    public boolean intact() {
        return content != null && Sha256.of(content).equals(sha256);
    }
}
