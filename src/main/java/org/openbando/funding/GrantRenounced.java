package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The beneficiary renounced the whole grant; before acceptance Task_AcceptGrant completes with it, after acceptance the message Renounced. Fired in the transaction of the act. */
@PublicApi
public record GrantRenounced(long submissionId, String by, String reason) {
}
