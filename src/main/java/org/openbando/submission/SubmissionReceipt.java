package org.openbando.submission;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * The acknowledgement of a submission: given only once the submission is durably stored.
 *
 * @param arrivedAt when the request arrived at the server: the instant judged against the call's deadline
 * @param receivedAt when the register stored it and gave its protocol number (numbers follow this order)
 */
@PublicApi
public record SubmissionReceipt(long proposalId, long submissionId, String callCode, long protocolNumber,
        Instant arrivedAt, Instant receivedAt, String sha256, Instant withdrawnAt) {

    static SubmissionReceipt of(Submission s, String callCode) {
        return new SubmissionReceipt(s.proposalId, s.id, callCode, s.protocolNumber, s.arrivedAt, s.receivedAt,
                s.sha256, s.withdrawnAt);
    }
}
