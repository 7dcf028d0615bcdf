package org.openbando.submission;

import org.openbando.shared.PublicApi;

/** A submission was withdrawn, in the withdrawing transaction; its process (if already started) must end. */
@PublicApi
public record SubmissionWithdrawn(long proposalId, long submissionId) {
}
