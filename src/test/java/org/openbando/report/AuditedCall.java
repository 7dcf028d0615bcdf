package org.openbando.report;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingSteps;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;

/**
 * A funded call for the audit trail's tests, built once per test run through the API and the processes' steps: Line
 * A (600,000.00) A1 (80) and A2 (75), Line B (813,000.00) B1 (70), all three funded in full, their concessions
 * opened. Each consortium: lead, partner, contracted lab. VAT seeds 230000-230005 (labs at +5000).
 */
@ApplicationScoped
public class AuditedCall {

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps steps;

    private EvaluatedCall.Built built;

    public synchronized EvaluatedCall.Built get() {
        if (built == null) {
            built = evaluatedCall.build("AU-15", 230000, EvaluatedCall.spec().budgets("600000", "813000")
                    .a("80").a("75").b("70"));
            rankingSteps.draft(built.callId());
            long version = rankings.views(built.callId()).get(0).version();
            as(TestFixtures.OFFICER).body(Map.of("version", version)).post("/api/rankings/calls/" + built.callId()
                    + "/approval").then().statusCode(200);
            for (EvaluatedCall.Proposal p : built.proposals()) {
                QuarkusTransaction.requiringNew().run(() -> steps.open(p.submissionId()));
            }
        }
        return built;
    }
}
