package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The officer removed the expert in force on a seat (a conflict found later): the seat's work stops. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record ExpertRemoved(long submissionId, int seat, String by) {
}
