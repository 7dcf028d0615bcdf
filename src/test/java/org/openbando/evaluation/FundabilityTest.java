package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.evaluation.AggregationTest.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbando.call.EvaluationRules;
import org.openbando.call.ScoreAggregation;
import org.openbando.evaluation.Fundability.Reason;
import org.openbando.evaluation.Fundability.ReasonCode;

class FundabilityTest {

    static final EvaluationRules RULES = AggregationTest.rules(ScoreAggregation.MEAN, "30");
    static final ConsensusForm.TrlVerdict TRL_OK = new ConsensusForm.TrlVerdict(true, true, "credible plan", true,
            null);

    @Test
    void aTotalAtTheThresholdWithEveryMinimumAndAGoodTrlIsFundable() {
        Fundability.Outcome outcome = Fundability.judge(RULES, List.of(d("25"), d("15"), d("20")), TRL_OK);
        assertThat(outcome.total()).isEqualTo(d("60.00"));
        assertThat(outcome.fundable()).isTrue();
        assertThat(outcome.reasons()).isEmpty();
    }

    @Test
    void aTotalBelowTheThresholdIsNotFundableWithTheTotalAndTheThreshold() {
        Fundability.Outcome outcome = Fundability.judge(RULES, List.of(d("25"), d("15"), d("19.5")), TRL_OK);
        assertThat(outcome.fundable()).isFalse();
        assertThat(outcome.reasons()).containsExactly(new Reason(ReasonCode.TOTAL_BELOW_THRESHOLD, null,
                d("59.50"), d("60")));
    }

    @Test
    void aCriterionBelowItsMinimumIsNotFundableEvenAboveTheThreshold() {
        Fundability.Outcome outcome = Fundability.judge(RULES, List.of(d("40"), d("14.5"), d("30")), TRL_OK);
        assertThat(outcome.total()).isEqualTo(d("84.50"));
        assertThat(outcome.fundable()).isFalse();
        assertThat(outcome.reasons()).containsExactly(new Reason(ReasonCode.CRITERION_BELOW_MINIMUM, "IMP",
                d("14.5"), d("15")));
    }

    @Test
    void trlVerdictsAgainstTheProposalAreReasons() {
        Fundability.Outcome outcome = Fundability.judge(RULES, List.of(d("40"), d("30"), d("30")),
                new ConsensusForm.TrlVerdict(false, false, "TRL 4 is not shown", true, null));
        assertThat(outcome.fundable()).isFalse();
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(ReasonCode.TRL_START_NOT_CREDIBLE,
                ReasonCode.TRL_TARGET_NOT_REACHABLE);
    }

    @Test
    void everyFailedConditionIsListed() {
        Fundability.Outcome outcome = Fundability.judge(RULES, List.of(d("10"), d("5"), d("10")),
                new ConsensusForm.TrlVerdict(true, false, "too ambitious", false, "reachable with a partner"));
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(ReasonCode.TOTAL_BELOW_THRESHOLD,
                ReasonCode.CRITERION_BELOW_MINIMUM, ReasonCode.TRL_TARGET_NOT_REACHABLE);
    }

    @Test
    void weightsCountThroughTheCallsOneRuleForTheTotal() {
        EvaluationRules weighted = new EvaluationRules(1, "C", 3, 15, 3, d("0.5"), ScoreAggregation.MEAN, d("30"),
                d("60"), List.of(new EvaluationRules.Criterion("A", "A", d("50"), d("2"), null),
                        new EvaluationRules.Criterion("B", "B", d("50"), BigDecimal.ONE, null)));
        // 100 * (40*2 + 10*1) / (50*2 + 50*1) = 60
        Fundability.Outcome outcome = Fundability.judge(weighted, List.of(d("40"), d("10")), TRL_OK);
        assertThat(outcome.total()).isEqualTo(d("60.00"));
        assertThat(outcome.fundable()).isTrue();
    }
}
