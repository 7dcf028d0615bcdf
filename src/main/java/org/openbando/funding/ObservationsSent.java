package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The beneficiary sent observations after the notice before revocation; Task_SendObservations completes. Fired in the transaction of the act. */
@PublicApi
public record ObservationsSent(long submissionId, String by) {
}
