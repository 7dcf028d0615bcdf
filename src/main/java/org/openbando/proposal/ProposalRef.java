package org.openbando.proposal;

import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/** A proposal as other features refer to it: which call and line, which lead, where it stands. */
@PublicApi
public record ProposalRef(long id, long callId, Line line, long leadOrganizationId, ProposalStatus status,
        long version) {

    static ProposalRef of(Proposal p) {
        return new ProposalRef(p.id, p.callId, p.line, p.leadOrganizationId, p.status, p.version);
    }
}
