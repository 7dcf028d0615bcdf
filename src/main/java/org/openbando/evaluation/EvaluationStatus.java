package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** Where the evaluation of an admitted proposal stands. */
@PublicApi
public enum EvaluationStatus {
    /** Admitted: the officer has not assigned the whole panel yet. */
    PANEL_PENDING,
    /** The experts respond, read and score. */
    IN_PROGRESS,
    /** Every expert has submitted: the rapporteur writes the consensus report. */
    CONSENSUS,
    EVALUATED_FUNDABLE,
    EVALUATED_NOT_FUNDABLE,
    /** Ended without an outcome (the submission was withdrawn). */
    CLOSED;

    public boolean concluded() {
        return this == EVALUATED_FUNDABLE || this == EVALUATED_NOT_FUNDABLE || this == CLOSED;
    }
}
