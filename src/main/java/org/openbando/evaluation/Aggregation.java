package org.openbando.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbando.call.EvaluationRules;
import org.openbando.call.ScoreAggregation;
import org.openbando.shared.PublicApi;

/**
 * How the individual scores of a panel become its figures before consensus, per criterion: the mean or the median
 * (the call's rule), the spread (highest minus lowest) and whether the scores diverge (a spread above the call's
 * divergence percentage of the criterion's maximum). Aggregated values are rounded half-up to two decimals; the spread
 * is exact. A pure rule: no database, no clock.
 */
@PublicApi
public final class Aggregation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A criterion's figures: {@code scores} in the order of the seats. */
    @PublicApi
    public record CriterionAggregate(String code, BigDecimal max, List<BigDecimal> scores, BigDecimal aggregated,
            BigDecimal spread, boolean divergent) {
    }

    private Aggregation() {
    }

    /**
     * The figures of every criterion of the call (in its order).
     *
     * @param scoresBySeat each seat's scores in the order of the call's criteria, one per criterion, none null
     * @throws IllegalArgumentException when there is no seat or a seat's scores do not match the criteria
     */
    public static List<CriterionAggregate> of(EvaluationRules rules, Map<Integer, List<BigDecimal>> scoresBySeat) {
        if (scoresBySeat.isEmpty()) {
            throw new IllegalArgumentException("No scores to aggregate");
        }
        Map<Integer, List<BigDecimal>> bySeat = new TreeMap<>(scoresBySeat);
        bySeat.forEach((seat, scores) -> {
            if (scores.size() != rules.criteria().size() || scores.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("Seat " + seat + " has not one score per criterion");
            }
        });
        List<CriterionAggregate> result = new ArrayList<>();
        for (int i = 0; i < rules.criteria().size(); i++) {
            EvaluationRules.Criterion c = rules.criteria().get(i);
            int k = i;
            List<BigDecimal> scores = bySeat.values().stream().map(s -> s.get(k)).toList();
            BigDecimal spread = spread(scores);
            result.add(new CriterionAggregate(c.code(), c.maxScore(), scores, aggregate(rules.aggregation(), scores),
                    spread, divergent(spread, c.maxScore(), rules.divergencePercent())));
        }
        return result;
    }

    /** The mean or the median of the scores, half-up to two decimals. */
    public static BigDecimal aggregate(ScoreAggregation how, List<BigDecimal> scores) {
        return switch (how) {
            case MEAN -> mean(scores);
            case MEDIAN -> median(scores);
        };
    }

    public static BigDecimal mean(List<BigDecimal> scores) {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** The middle score of an odd count; the mean of the two middle ones of an even count. */
    public static BigDecimal median(List<BigDecimal> scores) {
        List<BigDecimal> sorted = scores.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2).setScale(2, RoundingMode.HALF_UP);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    /** The highest score minus the lowest. */
    public static BigDecimal spread(List<BigDecimal> scores) {
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min);
    }

    /** Whether a spread is above {@code percent}% of the criterion's maximum (equal is not divergent). */
    public static boolean divergent(BigDecimal spread, BigDecimal max, BigDecimal percent) {
        return spread.multiply(HUNDRED).compareTo(max.multiply(percent)) > 0;
    }

    /** The value rounded down to a multiple of the step: what the consensus form proposes as the final score. */
    public static BigDecimal downToStep(BigDecimal value, BigDecimal step) {
        BigDecimal steps = value.divide(step, 0, RoundingMode.FLOOR);
        return steps.multiply(step).setScale(2, RoundingMode.UNNECESSARY);
    }
}
