package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The beneficiary accepted the funding decision within the term; Task_AcceptGrant completes. Fired in the transaction of the act. */
@PublicApi
public record GrantAccepted(long submissionId, String by) {
}
