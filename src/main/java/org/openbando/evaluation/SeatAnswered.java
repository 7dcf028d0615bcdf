package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The expert of a seat accepted (with the declaration signed) or declined. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record SeatAnswered(long submissionId, int seat, boolean accepted, String by) {
}
