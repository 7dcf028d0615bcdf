package org.openbando.submission;

import org.openbando.shared.PublicApi;

/**
 * A submission was stored. Observers that act after the commit (the process starter) must not do work on the
 * acknowledgement path: the submission row itself is the outbox entry of its process.
 */
@PublicApi
public record ProposalSubmitted(long proposalId, long submissionId) {
}
