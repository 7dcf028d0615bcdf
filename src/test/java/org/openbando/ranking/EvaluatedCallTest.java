package org.openbando.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.EvaluationOutcome;

/** The shared fixture of issue 14 does what it says: totals, outcomes, lines, the closed call. VAT seeds 110000-110099. */
@QuarkusTest
class EvaluatedCallTest {

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    Consensus consensus;

    @Test
    void buildsAClosedCallWithEvaluatedProposalsOnBothLinesAndAnInadmissibleOne() {
        EvaluatedCall.Built call = evaluatedCall.build("RK-FIXTURE", 110000, EvaluatedCall.spec()
                .a("80", "25").b("70").a("50").inadmissible());
        assertThat(call.proposals()).extracting(EvaluatedCall.Proposal::line).containsExactly(Line.A, Line.B, Line.A);
        assertThat(consensus.outcomes(call.callId())).extracting(EvaluationOutcome::submissionId,
                EvaluationOutcome::total, EvaluationOutcome::fundable).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(call.get(0).submissionId(), new BigDecimal("80.00"), true),
                        org.assertj.core.groups.Tuple.tuple(call.get(1).submissionId(), new BigDecimal("70.00"), true),
                        org.assertj.core.groups.Tuple.tuple(call.get(2).submissionId(), new BigDecimal("50.00"), false));
        as(TestFixtures.OFFICER).get("/api/calls/" + call.callId()).then().body("status", equalTo("CLOSED"));
        as(TestFixtures.OFFICER).get("/api/proposals/" + call.inadmissible().proposalId()).then()
                .body("status", equalTo("INADMISSIBLE"));
    }
}
