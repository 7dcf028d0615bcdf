package org.openbando.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * Money freed on a line and what became of it: offered to the next fundable proposal of the valid reserve list (the
 * officer confirms), kept for later when the next one cannot be offered enough, or nothing when the list is spent or
 * past its validity.
 *
 * @param cause REVOCATION, RENUNCIATION, FORFEITURE, PARTIAL_RENUNCIATION
 * @param available the line's money free after this movement's freed amount (what can be offered)
 * @param offeredSubmissionId the next in line offered the money; null when nobody can be
 * @param status PROPOSED (awaiting the officer), CONFIRMED, KEPT (not enough for the next one: waits for more),
 *               NOBODY (reserve list spent), EXPIRED (reserve list past its validity)
 */
@PublicApi
public record Movement(long id, long callId, Line line, String cause, Long freedBySubmissionId, BigDecimal freed,
        BigDecimal available, Long offeredSubmissionId, String offeredAcronym, BigDecimal offeredGrant,
        boolean partial, String status, Instant createdAt, String confirmedBy, Instant confirmedAt) {
}
