package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.call.EvaluationRules;
import org.openbando.call.ScoreAggregation;

class AggregationTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static EvaluationRules rules(ScoreAggregation how, String divergencePercent) {
        return new EvaluationRules(1, "C", 3, 15, 3, d("0.5"), how, d(divergencePercent), d("60"), List.of(
                new EvaluationRules.Criterion("EXC", "Excellence", d("40"), BigDecimal.ONE, null),
                new EvaluationRules.Criterion("IMP", "Impact", d("30"), BigDecimal.ONE, d("15")),
                new EvaluationRules.Criterion("IMPL", "Implementation", d("30"), BigDecimal.ONE, null)));
    }

    @Test
    void meanIsRoundedHalfUpToTwoDecimals() {
        assertThat(Aggregation.mean(List.of(d("30"), d("31"), d("31")))).isEqualByComparingTo("30.67");
        assertThat(Aggregation.mean(List.of(d("10"), d("10.5"), d("10.5")))).isEqualTo(d("10.33"));
        // 10.125 -> 10.13 (half up)
        assertThat(Aggregation.mean(List.of(d("10"), d("10.25"), d("10"), d("10.25")))).isEqualTo(d("10.13"));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleScore() {
        assertThat(Aggregation.median(List.of(d("30"), d("10"), d("25")))).isEqualTo(d("25.00"));
        assertThat(Aggregation.median(List.of(d("7.5")))).isEqualTo(d("7.50"));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleScores() {
        assertThat(Aggregation.median(List.of(d("30"), d("10"), d("25"), d("12")))).isEqualTo(d("18.50"));
        assertThat(Aggregation.median(List.of(d("20"), d("20.5")))).isEqualTo(d("20.25"));
    }

    @Test
    void spreadIsHighestMinusLowestAndDivergenceIsStrictlyAboveThePercentOfTheMaximum() {
        assertThat(Aggregation.spread(List.of(d("30"), d("18"), d("25")))).isEqualByComparingTo("12");
        // 30% of 40 is 12: a spread of 12 is not divergent, 12.5 is
        assertThat(Aggregation.divergent(d("12"), d("40"), d("30"))).isFalse();
        assertThat(Aggregation.divergent(d("12.5"), d("40"), d("30"))).isTrue();
    }

    @Test
    void aggregatesEveryCriterionInTheCallsOrderWithScoresBySeat() {
        List<Aggregation.CriterionAggregate> result = Aggregation.of(rules(ScoreAggregation.MEAN, "30"), Map.of(
                2, List.of(d("20"), d("25"), d("20")),
                1, List.of(d("33"), d("24"), d("21")),
                3, List.of(d("35"), d("26"), d("22"))));
        assertThat(result).extracting(Aggregation.CriterionAggregate::code).containsExactly("EXC", "IMP", "IMPL");
        Aggregation.CriterionAggregate excellence = result.get(0);
        assertThat(excellence.scores()).containsExactly(d("33"), d("20"), d("35")); // seats 1, 2, 3
        assertThat(excellence.aggregated()).isEqualTo(d("29.33"));
        assertThat(excellence.spread()).isEqualByComparingTo("15");
        assertThat(excellence.divergent()).isTrue(); // 15 > 12
        assertThat(result.get(1).divergent()).isFalse(); // spread 2 of 30
        assertThat(result.get(1).aggregated()).isEqualTo(d("25.00"));
    }

    @Test
    void medianRuleOfTheCallIsApplied() {
        List<Aggregation.CriterionAggregate> result = Aggregation.of(rules(ScoreAggregation.MEDIAN, "30"), Map.of(
                1, List.of(d("10"), d("25"), d("20")), 2, List.of(d("38"), d("26"), d("21")),
                3, List.of(d("30"), d("24"), d("22")), 4, List.of(d("32"), d("27"), d("23"))));
        assertThat(result.get(0).aggregated()).isEqualTo(d("31.00"));
        assertThat(result.get(0).divergent()).isTrue(); // 28 > 12
        assertThat(result.get(2).aggregated()).isEqualTo(d("21.50"));
    }

    @Test
    void refusesSeatsWithoutOneScorePerCriterion() {
        assertThatThrownBy(() -> Aggregation.of(rules(ScoreAggregation.MEAN, "30"), Map.of(1, List.of(d("1")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregation.of(rules(ScoreAggregation.MEAN, "30"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proposesTheAggregatedValueRoundedDownToTheStep() {
        assertThat(Aggregation.downToStep(d("29.33"), d("0.5"))).isEqualTo(d("29.00"));
        assertThat(Aggregation.downToStep(d("29.50"), d("0.5"))).isEqualTo(d("29.50"));
        assertThat(Aggregation.downToStep(d("29.99"), d("1"))).isEqualTo(d("29.00"));
        assertThat(Aggregation.downToStep(d("7.74"), d("0.25"))).isEqualTo(d("7.50"));
    }
}
