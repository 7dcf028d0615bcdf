package org.openbando.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The one immutable view of what the evaluation of a call's proposals is judged by: the criteria (maxima summing to
 * 100, weights, optional minima), the score step, how individual scores are aggregated, when a criterion's scores
 * diverge, the threshold of the total, the number of experts and their terms. Read it with
 * {@link CallService#evaluationRules(long)}.
 */
@PublicApi
public record EvaluationRules(long callId, String callCode, int evaluatorsPerProposal, int termDays, int reminderDays,
        BigDecimal scoreStep, ScoreAggregation aggregation, BigDecimal divergencePercent, BigDecimal threshold,
        List<Criterion> criteria) {

    /** A criterion: {@code minScore} is null when the call sets no minimum. */
    @PublicApi
    public record Criterion(String code, String name, BigDecimal maxScore, BigDecimal weight, BigDecimal minScore) {
    }

    public EvaluationRules {
        criteria = List.copyOf(criteria);
    }

    /** The criterion of this code, or null. */
    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** Whether {@code score} is a multiple of {@code step} (0 always is). */
    public static boolean onStep(BigDecimal score, BigDecimal step) {
        return score.remainder(step).signum() == 0;
    }

    /** Whether a score fits the criterion: from 0 to its maximum, in the call's step. */
    public boolean fits(Criterion criterion, BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(criterion.maxScore()) <= 0 && onStep(score, scoreStep);
    }

    /**
     * The total out of 100 of the scores given per criterion (in the order of {@link #criteria}): the weighted sum
     * scaled to the weighted maxima, {@code 100 * sum(score * weight) / sum(max * weight)}, rounded half-up to two
     * decimals. With every weight 1 (the default) it is the plain sum of the scores.
     */
    public BigDecimal total(List<BigDecimal> scores) {
        if (scores.size() != criteria.size()) {
            throw new IllegalArgumentException("One score per criterion: " + criteria.size() + " expected");
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            sum = sum.add(scores.get(i).multiply(c.weight()));
            max = max.add(c.maxScore().multiply(c.weight()));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }

    static EvaluationRules of(GrantCall c) {
        RuleSettings r = c.rules;
        return new EvaluationRules(c.id, c.code, r.evaluatorsPerProposal, r.evaluationTermDays,
                r.evaluationReminderDays, r.scoreStep, r.scoreAggregation, r.divergencePercent,
                r.evaluationThreshold, c.criteria.stream().sorted(Comparator.comparingInt(k -> k.position))
                        .map(k -> new Criterion(k.code, k.name, k.maxScore, k.weight, k.minScore)).toList());
    }
}
