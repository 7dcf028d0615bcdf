package org.openbando.proposal;

/** A submission was withdrawn, in the withdrawing transaction; its process (if already started) must end. */
public record SubmissionWithdrawn(long proposalId, long submissionId, String processInstanceId) {
}
