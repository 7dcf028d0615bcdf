package org.openbando.proposal;

import org.openbando.shared.PublicApi;

/**
 * A port through which a later feature lets a user read a submitted proposal that the roles alone would hide: the
 * evaluation lets an expert read (never change) the proposals assigned to them once they accepted with the
 * declaration of absence of conflict of interest. {@link ProposalService} asks every implementation when the caller
 * is neither a reader of everything nor the lead: one that grants makes the proposal, its attachments and its
 * eligibility results readable to the caller. Writes still need the caller to act for the lead.
 */
@PublicApi
public interface ProposalReadGrant {

    /** Whether the user may read the proposal. */
    boolean grants(String username, long proposalId);
}
