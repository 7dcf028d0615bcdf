package org.openbando.proposal;

import java.time.Instant;
import org.openbando.call.Line;

/** A proposal as the API shows it. */
public record ProposalView(long id, long callId, String callCode, Line line, long leadOrganizationId,
        String leadOrganizationName, ProposalStatus status, ProposalContent content, String updatedBy,
        Instant updatedAt, long version) {
}
