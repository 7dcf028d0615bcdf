package org.openbando.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.document.DocumentOwners;

/** The proposal is the owner of its documents: issuing one takes the proposal's lock ({@link ProposalStatuses#lock}). */
@ApplicationScoped
class ProposalDocumentOwners implements DocumentOwners {

    private final ProposalStatuses statuses;

    ProposalDocumentOwners(ProposalStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public void lock(long proposalId) {
        statuses.lock(proposalId);
    }
}
