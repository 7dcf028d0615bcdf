package org.openbando.funding;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.identity.UserService;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.submission.Submissions;

/**
 * A call evaluated and ranked with its ranking approved (the funding tests start from it), built once per test run:
 * Line A (budget 406,500.00): A1 (80) funded in full (271,000.00, anti-mafia required), A2 (75) funded partially with
 * 135,500.00 (50% of its grant: anti-mafia not required); Line B (813,000.00): B1 (70), B2 (65) and B3 (60) funded in
 * full. Each consortium: the lead and a small partner (two enterprises) and a contracted lab. VAT seeds 130000-130009
 * (labs at +5000).
 */
@ApplicationScoped
public class FundedCall {

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps steps;
    @Inject
    Submissions submissions;
    @Inject
    UserService users;
    @Inject
    TestFixtures fixtures;

    private EvaluatedCall.Built built;

    public synchronized EvaluatedCall.Built get() {
        if (built == null) {
            built = evaluatedCall.build("FU-14", 130000, EvaluatedCall.spec().budgets("406500", "813000")
                    .partial(true, "50").a("80").a("75").b("70").b("65").b("60"));
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

    /** A user acting for the partner (the second member) of a proposal: the one who registered it, or a new one. */
    public String partnerUser(EvaluatedCall.Proposal p) {
        long partner = submissions.get(p.submissionId()).members().get(1);
        List<String> acting = QuarkusTransaction.requiringNew().call(() -> users.actingFor(partner));
        if (!acting.isEmpty()) {
            return acting.get(0);
        }
        String username = fixtures.applicant("fu-partner-" + p.index());
        QuarkusTransaction.requiringNew().run(() -> users.actFor(username, partner));
        return username;
    }

    /** The organisations of the consortium as submitted, the lead first. */
    public List<Long> members(EvaluatedCall.Proposal p) {
        return submissions.get(p.submissionId()).members();
    }

}
