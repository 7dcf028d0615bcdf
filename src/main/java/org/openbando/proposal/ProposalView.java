package org.openbando.proposal;

import java.time.Instant;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/** A proposal as the API shows it. */
@PublicApi
public record ProposalView(long id, long callId, String callCode, Line line, long leadOrganizationId,
        String leadOrganizationName, ProposalStatus status, ProposalContent content, String updatedBy,
        Instant updatedAt, long version) {
}
