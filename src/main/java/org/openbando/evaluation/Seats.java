package org.openbando.evaluation;

import java.time.Instant;
import java.util.List;

/** The seats of panels as the evaluation package reads and ends them (helpers of {@link EvaluationAssignment}). */
final class Seats {

    private Seats() {
    }

    /** The assignment in force on a seat, or null when the seat is empty. */
    static EvaluationAssignment onSeat(long evaluationId, int seat) {
        return EvaluationAssignment.find("evaluationId = ?1 and seat = ?2 and endedAt is null", evaluationId, seat)
                .firstResult();
    }

    /** Every assignment of an evaluation, ended ones too, by seat then time. */
    static List<EvaluationAssignment> all(long evaluationId) {
        return EvaluationAssignment.list("evaluationId = ?1 order by seat, id", evaluationId);
    }

    /** Whether the expert of the assignment still has to answer or to submit (not ended, not submitted). */
    static boolean working(EvaluationAssignment a) {
        return a.endedAt == null && (a.status == AssignmentStatus.ASSIGNED || a.status == AssignmentStatus.ACCEPTED);
    }

    /** Ends the assignment: its seat is empty until the officer gives it to another expert. */
    static void end(EvaluationAssignment a, AssignmentStatus status, EndReason reason, String note, String by,
            Instant at) {
        a.status = status;
        a.endReason = reason;
        a.endNote = note;
        a.endedAt = at;
        a.endedBy = by;
    }
}
