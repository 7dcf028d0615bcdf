package org.openbando.funding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.identity.UserService;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.submission.Submissions;

/**
 * The funding pages' copy of {@link FundedCall} on their own VAT seeds: a call evaluated and ranked with its ranking
 * approved, built once per test run:
 * Line A (budget 406,500.00): A1 (80) funded in full (271,000.00, anti-mafia required), A2 (75) funded partially with
 * 135,500.00 (50% of its grant: anti-mafia not required); Line B (542,000.00): B1 (70) and B2 (65) funded in full. Each
 * consortium: the lead and a small partner (two enterprises) and a contracted lab. VAT seeds 140000-140007 (labs at
 * +5000).
 */
@ApplicationScoped
public class FundingPagesCall {

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
            built = fund("FP-14", 140000, EvaluatedCall.spec().budgets("406500", "542000").partial(true, "50")
                    .a("80").a("75").b("70").b("65"));
        }
        return built;
    }

    /**
     * Another call evaluated, ranked, approved, with a concession opened for each funded proposal (the browser
     * journeys start from it, on their own VAT seeds).
     */
    public EvaluatedCall.Built fund(String code, int seedBase, EvaluatedCall.Spec spec) {
        EvaluatedCall.Built call = evaluatedCall.build(code, seedBase, spec);
        QuarkusTransaction.requiringNew().run(() -> rankingSteps.draft(call.callId()));
        long version = QuarkusTransaction.requiringNew().call(() -> rankings.views(call.callId())).get(0).version();
        QuarkusTransaction.requiringNew().run(() -> rankings.approve(call.callId(), version, TestFixtures.OFFICER));
        for (EvaluatedCall.Proposal p : call.proposals()) {
            if (QuarkusTransaction.requiringNew().call(() -> rankings.allocation(p.submissionId())).isPresent()) {
                QuarkusTransaction.requiringNew().run(() -> steps.open(p.submissionId()));
            }
        }
        return call;
    }

    /** A user acting for the partner (the second member) of a proposal: the one who registered it, or a new one. */
    public String partnerUser(EvaluatedCall.Proposal p) {
        long partner = submissions.get(p.submissionId()).members().get(1);
        List<String> acting = QuarkusTransaction.requiringNew().call(() -> users.actingFor(partner));
        if (!acting.isEmpty()) {
            return acting.get(0);
        }
        String username = fixtures.applicant("fp-partner-" + p.index());
        QuarkusTransaction.requiringNew().run(() -> users.actFor(username, partner));
        return username;
    }

    /** The organisations of the consortium as submitted, the lead first. */
    public List<Long> members(EvaluatedCall.Proposal p) {
        return submissions.get(p.submissionId()).members();
    }

}
