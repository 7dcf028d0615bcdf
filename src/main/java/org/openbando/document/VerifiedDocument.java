package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * What the public verification says about an authentic document, and nothing else: which act it is, its reference,
 * when it was issued, the SHA-256 of its bytes and whether it is signed. No content of the act, no applicant's name, no
 * person who issued it: a proposal's document is named by its call and protocol number only (what the document itself
 * prints), a call's document by its call and line, a reading (the funding report of a call) by its call.
 *
 * @param kind the act's kind, a {@link DocumentKind}'s name, or {@link ReportDocuments#FUNDING_REPORT} for a reading
 * @param verificationCode null for a document issued before verification codes existed (found by its file)
 * @param callCode the call's code; null for a document issued before verification codes existed
 * @param protocolNumber the submission's protocol number (a proposal's document); null for a call's document
 * @param line the line ("A" or "B") of a call's document; null for a proposal's document
 * @param signed whether the stored file carries the managing authority's PAdES signature
 */
@PublicApi
public record VerifiedDocument(String verificationCode, String kind, String callCode, Long protocolNumber,
        String line, Instant issuedAt, String sha256, boolean signed) {

    /** Whether this is a reading of data at an instant (the funding report of a call), not an issued act. */
    public boolean reading() {
        return ReportDocuments.FUNDING_REPORT.equals(kind);
    }
}
