package org.openbando.evaluation;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.identity.AppUser;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;

/**
 * An admitted proposal under evaluation whose panel of three experts has accepted, made without the assignment's API
 * (helper A's, tested there): the seats are inserted as ACCEPTED, the first expert is the rapporteur. What the tests of
 * the scoring and the consensus start from; and the bodies they send.
 */
@ApplicationScoped
public class PanelFixture {

    /** The default call's criteria, in order, with their maxima. */
    static final Map<String, String> CRITERIA = criteria();

    @Inject
    AdmittedProposal admitted;
    @Inject
    UserService users;
    @Inject
    Clock clock;

    /** A panel: the proposal, its evaluation, the experts by seat (1..3) and their assignments. */
    public record Panel(SubmittedProposal proposal, long evaluationId, List<String> experts, List<Long> assignments) {

        long submission() {
            return proposal.submission();
        }

        String expert(int seat) {
            return experts.get(seat - 1);
        }

        long assignment(int seat) {
            return assignments.get(seat - 1);
        }
    }

    public Panel panel(String code, int seed) {
        SubmittedProposal s = admitted.admit(code, seed);
        String prefix = code.toLowerCase() + "-x";
        List<String> experts = List.of(prefix + "1", prefix + "2", prefix + "3");
        experts.forEach(this::expert);
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluation evaluation = Evaluation.bySubmission(s.submission());
            Instant now = clock.instant();
            List<Long> assignments = new ArrayList<>();
            for (int seat = 1; seat <= experts.size(); seat++) {
                EvaluationAssignment a = new EvaluationAssignment();
                a.evaluationId = evaluation.id;
                a.seat = seat;
                a.expert = experts.get(seat - 1);
                a.status = AssignmentStatus.ACCEPTED;
                a.assignedAt = now;
                a.assignedBy = TestFixtures.OFFICER;
                a.respondedAt = now;
                a.dueAt = now.plus(Duration.ofDays(15));
                a.remindAt = now.plus(Duration.ofDays(12));
                a.persist();
                assignments.add(a.id);
            }
            evaluation.status = EvaluationStatus.IN_PROGRESS;
            evaluation.rapporteur = experts.get(0);
            return new Panel(s, evaluation.id, experts, assignments);
        });
    }

    private void expert(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername(username).isEmpty()) {
                users.create(AuditTrail.SYSTEM, new UserService.NewUser(username, TestFixtures.PASSWORD,
                        "Expert " + username, username + "@test.openbando.org", Set.of(Role.EVALUATOR), "it"));
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // bodies

    private static Map<String, String> criteria() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("INNOVATIVENESS", "30");
        c.put("TECHNICAL_QUALITY", "25");
        c.put("TEAM", "15");
        c.put("IMPACT", "15");
        c.put("COOPERATION", "15");
        return c;
    }

    /** A complete form: the scores in the order of the criteria, every comment long enough, the TRL judged. */
    static Map<String, Object> form(List<String> scores, boolean startCredible, boolean targetReachable) {
        List<Map<String, Object>> list = new ArrayList<>();
        int i = 0;
        for (String code : CRITERIA.keySet()) {
            list.add(Map.of("criterion", code, "score", new BigDecimal(scores.get(i++)), "comment",
                    "Reasoned comment on " + code.toLowerCase()));
        }
        return Map.of("scores", list, "trl", Map.of("startCredible", startCredible, "startReason",
                "the lab prototype supports it", "targetReachable", targetReachable, "targetReason",
                "the pilot plan is realistic", "workPackages", List.of(Map.of("index", 0, "reachable", true,
                        "reason", "WP1 is well planned"))));
    }

    static Map<String, Object> save(long version, Map<String, Object> form) {
        return Map.of("version", version, "form", form);
    }

    /** The expert of a seat saves a complete form and submits it. */
    static void score(Panel p, int seat, List<String> scores, boolean startCredible, boolean targetReachable) {
        long version = as(p.expert(seat)).get("/api/evaluations/assignments/" + p.assignment(seat) + "/scores").then()
                .statusCode(200).extract().jsonPath().getLong("version");
        as(p.expert(seat)).body(save(version, form(scores, startCredible, targetReachable)))
                .put("/api/evaluations/assignments/" + p.assignment(seat) + "/scores").then().statusCode(200);
        as(p.expert(seat)).post("/api/evaluations/assignments/" + p.assignment(seat) + "/submit").then()
                .statusCode(200);
    }
}
