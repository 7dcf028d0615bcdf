package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The officer confirmed the Line B beneficiary's cluster membership; Task_ProveMembership (or Task_DecideRevocation) completes. Fired in the transaction of the act. */
@PublicApi
public record MembershipConfirmed(long submissionId, String by) {
}
