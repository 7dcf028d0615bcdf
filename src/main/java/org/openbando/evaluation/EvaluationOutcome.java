package org.openbando.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The outcome of a concluded evaluation, as the ranking reads it ({@link Consensus#outcomes}): the total out of 100 of
 * the consensus' final scores, whether the proposal is fundable and, if not, why; when the report was released to
 * the applicant (null until the ranking releases it).
 */
@PublicApi
public record EvaluationOutcome(long submissionId, long proposalId, long callId, String line, BigDecimal total,
        boolean fundable, List<Fundability.Reason> reasons, Instant concludedAt, Instant releasedAt) {

    public EvaluationOutcome {
        reasons = List.copyOf(reasons);
    }
}
