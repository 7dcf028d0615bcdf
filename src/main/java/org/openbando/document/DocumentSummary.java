package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * What is known about an issued document without its bytes: for lists of a proposal's or a call's documents.
 *
 * @param proposalId null for a call's document
 * @param callId null for a proposal's document
 * @param verificationCode the code printed on it ({@code XXXX-XXXX-XXXX-XXXX}), which anyone can check at
 *        {@code /verify/{code}}; null for a document issued before verification codes existed (V24)
 */
@PublicApi
public record DocumentSummary(long id, Long proposalId, Long callId, DocumentKind kind, String reference, String language,
        String fileName, int sizeBytes, String sha256, String issuedBy, Instant issuedAt,
        String verificationCode) {
}
