package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The expert of a seat submitted the individual evaluation. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record EvaluationSubmitted(long submissionId, int seat, String by) {
}
