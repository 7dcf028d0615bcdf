package org.openbando.proposal;

/**
 * A submission was stored. Observers that act after the commit (the process starter) must not do work on the
 * acknowledgement path: the submission row itself is the outbox entry of its process.
 */
public record ProposalSubmitted(long proposalId, long submissionId) {
}
