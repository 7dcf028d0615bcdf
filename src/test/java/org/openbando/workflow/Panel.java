package org.openbando.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openbando.TestFixtures;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusForm;
import org.openbando.evaluation.ExpertProfileRequest;
import org.openbando.evaluation.ExpertProfiles;
import org.openbando.evaluation.Scoring;
import org.openbando.evaluation.ScoringForm;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;

/**
 * The people of an evaluation acting through the evaluation's services, as the API and the pages call them: new
 * experts with their profiles, the officer's panel, the experts' answers and scores, the rapporteur's consensus. What
 * the process tests drive the evaluation sub-process with.
 */
@ApplicationScoped
public class Panel {

    static final String OFFICER = TestFixtures.OFFICER;
    static final String COMMENT = "A reasoned comment of more than twenty characters.";

    @Inject
    UserService users;
    @Inject
    ExpertProfiles profiles;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
    @Inject
    Consensus consensus;

    /** {@code n} new experts ({@code prefix-1} ...), each an EVALUATOR with an active profile, free of conflicts. */
    public List<String> experts(String prefix, int n) {
        List<String> experts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String username = prefix + "-" + i;
            QuarkusTransaction.requiringNew().run(() -> users.create(AuditTrail.SYSTEM, new UserService.NewUser(
                    username, TestFixtures.PASSWORD, "Expert " + username, username + "@test.openbando.org",
                    Set.of(Role.EVALUATOR), "it")));
            profiles.save(username, new ExpertProfileRequest("Università " + username, null, List.of("MECH"),
                    List.of(), List.of("it", "en"), 10, true, null), OFFICER);
            experts.add(username);
        }
        return experts;
    }

    /** The officer assigns the panel, seat 1 .. n in order. */
    public void assign(long submissionId, List<String> experts, String rapporteur) {
        assignments.assign(submissionId, experts, rapporteur, OFFICER);
    }

    /** The expert's assignment in force for the submission. */
    public AssignmentView assignment(long submissionId, String expert) {
        return assignments.inbox(expert).stream().filter(a -> a.submissionId() == submissionId && a.endedAt() == null)
                .findFirst().orElseThrow(() -> new AssertionError(expert + " has no assignment of " + submissionId));
    }

    public void accept(long submissionId, String expert) {
        assignments.accept(assignment(submissionId, expert).id(), "it", expert);
    }

    /** The expert scores every criterion (each its maximum when {@code high}, else zero) and submits. */
    public void score(long submissionId, String expert, boolean high) {
        long id = assignment(submissionId, expert).id();
        Scoring.IndividualView view = scoring.form(id, expert);
        List<ScoringForm.CriterionScore> scores = view.criteria().stream().map(c -> new ScoringForm.CriterionScore(
                c.code(), high ? c.maxScore() : BigDecimal.ZERO, COMMENT)).toList();
        List<ScoringForm.WorkPackageTrl> packages = view.trlPlan() == null ? List.of() : view.trlPlan().workPackages()
                .stream().map(w -> new ScoringForm.WorkPackageTrl(w.index(), true, COMMENT)).toList();
        scoring.save(id, new ScoringForm(scores, new ScoringForm.TrlJudgement(true, COMMENT, true, COMMENT, packages)),
                view.version(), expert);
        scoring.submit(id, expert);
    }

    /** The rapporteur agrees the final scores (each its maximum when {@code high}, else zero) and submits. */
    public void consensus(long submissionId, String rapporteur, boolean high) {
        Consensus.ConsensusView view = consensus.view(submissionId, rapporteur);
        List<ConsensusForm.ConsensusScore> scores = view.criteria().stream().map(c -> new ConsensusForm.ConsensusScore(
                c.code(), high ? c.maxScore() : BigDecimal.ZERO, COMMENT, true, null)).toList();
        long version = view.report() == null ? 0 : view.report().version();
        consensus.save(submissionId, new ConsensusForm(scores, new ConsensusForm.TrlVerdict(true, true, COMMENT, true,
                null)), version, rapporteur);
        consensus.submit(submissionId, rapporteur);
    }
}
