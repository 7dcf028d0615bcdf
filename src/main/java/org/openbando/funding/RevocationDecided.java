package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The officer decided after the observations: revoke, or the obligation is met after all (Task_DecideRevocation). Fired in the transaction of the act. */
@PublicApi
public record RevocationDecided(long submissionId, boolean revoke, String by) {
}
