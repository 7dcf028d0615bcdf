package org.openbando.funding;

import org.openbando.shared.PublicApi;

/** The officer completed the concession checklist and ordered the funding decision; the funding process leaves Task_Concession. Fired in the transaction of the act. */
@PublicApi
public record ConcessionCompleted(long submissionId, String by) {
}
