package org.openbando.funding;

import java.math.BigDecimal;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * Money of a line freed by a project (in the transaction that frees it): the workflow correlates the call process's
 * message MoneyFreed, so that the reserve list moves up while valid.
 *
 * @param cause REVOCATION, RENUNCIATION, FORFEITURE, PARTIAL_RENUNCIATION
 */
@PublicApi
public record MoneyFreed(long callId, Line line, long submissionId, BigDecimal amount, String cause) {
}
