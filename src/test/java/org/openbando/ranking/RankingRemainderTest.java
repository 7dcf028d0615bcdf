package org.openbando.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.call.Line;

/**
 * A call that moves a line's remainder to the other line, without partial funding: Line A is exhausted and hands what
 * is left to Line B, whose reserve list moves; a tie on every score is decided by the arrival. VAT seeds
 * 111000-111099.
 */
@QuarkusTest
class RankingRemainderTest {

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    Rankings rankings;
    @Inject
    RankingSteps steps;

    @Test
    void anExhaustedLineMovesItsRemainderAndATieOfEveryScoreIsDecidedByTheArrival() {
        EvaluatedCall.Built call = evaluatedCall.build("RK-REST", 111000, EvaluatedCall.spec()
                .budgets("400000.00", "500000.00").partial(false, null).remainderToOtherLine(true)
                .a("70").b("80", "25").b("80", "25"));
        steps.draft(call.callId());
        RankingView a = rankings.view(call.callId(), Line.A);
        RankingView b = rankings.view(call.callId(), Line.B);
        assertThat(a.list(RankingList.FUNDED)).extracting(RankingView.Entry::submissionId)
                .containsExactly(call.get(0).submissionId());
        assertThat(a.toOtherLine()).isEqualByComparingTo("129000.00");
        assertThat(a.remainder()).isEqualByComparingTo("0");
        assertThat(b.fromOtherLine()).isEqualByComparingTo("129000.00");
        // 500,000 funds one (229,000 left, not enough without partial funding); with A's 129,000 the second too
        assertThat(b.list(RankingList.FUNDED)).extracting(RankingView.Entry::submissionId, RankingView.Entry::grant,
                RankingView.Entry::partial).containsExactly(
                        tuple(call.get(1).submissionId(), new BigDecimal("271000.00"), false),
                        tuple(call.get(2).submissionId(), new BigDecimal("271000.00"), false));
        assertThat(b.allocated()).isEqualByComparingTo("542000.00");
        assertThat(b.remainder()).isEqualByComparingTo("87000.00");
        RankingView.Entry second = b.list(RankingList.FUNDED).get(1);
        assertThat(second.tie().brokenBy()).isEqualTo("ARRIVAL");
        assertThat(second.tie().explanation()).contains("INNOVATIVENESS equal at 25.00").contains("placed after it");
        assertThat(second.arrivedAt()).isAfter(b.list(RankingList.FUNDED).get(0).arrivedAt());
    }
}
