package org.openbando.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * The money a project is given by the approved ranking or by moving up the reserve list: what the funding feature
 * turns into a concession.
 *
 * @param fullGrant the project's grant as computed from its submission
 * @param grant the grant allocated: the full grant, or less when partial
 * @param origin RANKING (approved ranking) or MOVE_UP (reserve list, with the movement's id)
 */
@PublicApi
public record Allocation(long submissionId, long proposalId, long callId, Line line, BigDecimal fullGrant,
        BigDecimal grant, boolean partial, Origin origin, Long movementId, Instant allocatedAt) {

    @PublicApi
    public enum Origin {
        RANKING, MOVE_UP
    }
}
