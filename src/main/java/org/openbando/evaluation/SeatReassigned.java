package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The officer gave an empty seat (declined, lapsed, removed) to a new expert. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record SeatReassigned(long submissionId, int seat, String expert, String by) {
}
