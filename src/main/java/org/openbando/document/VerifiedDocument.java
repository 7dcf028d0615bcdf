package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * What the public verification says about an authentic document, and nothing else: which act it is, its reference,
 * when it was issued, the SHA-256 of its bytes and whether it is signed. No content of the act, no applicant's name, no
 * person who issued it: a proposal's document is named by its call and protocol number only (what the document itself
 * prints), a call's document by its call and line.
 *
 * @param verificationCode null for a document issued before verification codes existed (found by its file)
 * @param callCode the call's code; null for a document issued before verification codes existed
 * @param protocolNumber the submission's protocol number (a proposal's document); null for a call's document
 * @param line the line ("A" or "B") of a call's document; null for a proposal's document
 * @param signed whether the stored file carries the managing authority's PAdES signature
 */
@PublicApi
public record VerifiedDocument(String verificationCode, DocumentKind kind, String callCode, Long protocolNumber,
        String line, Instant issuedAt, String sha256, boolean signed) {
}
