package org.openbando.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openbando.call.EvaluationRules;
import org.openbando.shared.PublicApi;

/**
 * Whether a proposal is fundable from its consensus: the total out of 100 ({@link EvaluationRules#total}) reaches the
 * call's threshold, every criterion with a minimum reaches it, the TRL at start is credible and the target reachable.
 * Every failed condition is a {@link Reason} with its code and values, so that a page or a document says it in either
 * language. A pure rule.
 */
@PublicApi
public final class Fundability {

    /** Why a proposal is not fundable. */
    @PublicApi
    public enum ReasonCode {
        /** {@code value} the total, {@code limit} the threshold. */
        TOTAL_BELOW_THRESHOLD,
        /** {@code criterion} its code, {@code value} its final score, {@code limit} its minimum. */
        CRITERION_BELOW_MINIMUM,
        TRL_START_NOT_CREDIBLE,
        TRL_TARGET_NOT_REACHABLE
    }

    /** One reason: the values are null where the code has none. */
    @PublicApi
    public record Reason(ReasonCode code, String criterion, BigDecimal value, BigDecimal limit) {
    }

    /** The outcome: fundable when there is no reason against it. */
    @PublicApi
    public record Outcome(boolean fundable, BigDecimal total, List<Reason> reasons) {

        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }

    private Fundability() {
    }

    /**
     * @param finalScores the consensus' final score of each criterion, in the order of the call's criteria
     * @param trl the consensus' TRL verdict
     */
    public static Outcome judge(EvaluationRules rules, List<BigDecimal> finalScores, ConsensusForm.TrlVerdict trl) {
        BigDecimal total = rules.total(finalScores);
        List<Reason> reasons = new ArrayList<>();
        if (total.compareTo(rules.threshold()) < 0) {
            reasons.add(new Reason(ReasonCode.TOTAL_BELOW_THRESHOLD, null, total, rules.threshold()));
        }
        for (int i = 0; i < rules.criteria().size(); i++) {
            EvaluationRules.Criterion c = rules.criteria().get(i);
            if (c.minScore() != null && finalScores.get(i).compareTo(c.minScore()) < 0) {
                reasons.add(new Reason(ReasonCode.CRITERION_BELOW_MINIMUM, c.code(), finalScores.get(i),
                        c.minScore()));
            }
        }
        if (!trl.startCredible()) {
            reasons.add(new Reason(ReasonCode.TRL_START_NOT_CREDIBLE, null, null, null));
        }
        if (!trl.targetReachable()) {
            reasons.add(new Reason(ReasonCode.TRL_TARGET_NOT_REACHABLE, null, null, null));
        }
        return new Outcome(reasons.isEmpty(), total, reasons);
    }
}
