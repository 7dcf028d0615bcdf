package org.openbando.submission;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/** The acknowledgement of a submission: given only once the submission is durably stored. */
@PublicApi
public record SubmissionReceipt(long proposalId, long submissionId, String callCode, long protocolNumber,
        Instant receivedAt, String sha256, Instant withdrawnAt) {

    static SubmissionReceipt of(Submission s, String callCode) {
        return new SubmissionReceipt(s.proposalId, s.id, callCode, s.protocolNumber, s.receivedAt, s.sha256,
                s.withdrawnAt);
    }
}
