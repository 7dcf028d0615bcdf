package org.openbando.evaluation;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;

/**
 * An admitted proposal under evaluation whose panel of three experts has accepted, through the assignment's API as an
 * officer and the experts do it (the first expert is the rapporteur); its process (if the model has the evaluation)
 * follows. What the tests of the scoring and the consensus start from; and the bodies they send.
 */
@ApplicationScoped
public class PanelFixture {

    /** The default call's criteria, in order, with their maxima. */
    static final Map<String, String> CRITERIA = criteria();

    @Inject
    AdmittedProposal admitted;

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
        List<String> experts = List.of(Experts.expert(prefix + "1", null), Experts.expert(prefix + "2", null),
                Experts.expert(prefix + "3", null));
        as(TestFixtures.OFFICER).body(Map.of("experts", experts, "rapporteur", experts.get(0)))
                .post("/api/evaluations/" + s.submission() + "/panel").then().statusCode(200);
        List<Long> assignments = new ArrayList<>();
        for (String expert : experts) {
            long id = as(expert).get("/api/evaluations/assignments").then().statusCode(200).extract().jsonPath()
                    .getLong("find { it.submissionId == " + s.submission() + " }.id");
            as(expert).body(Map.of("language", "it")).post("/api/evaluations/assignments/" + id + "/accept").then()
                    .statusCode(200);
            assignments.add(id);
        }
        long evaluationId = QuarkusTransaction.requiringNew().call(() -> Evaluation.bySubmission(s.submission()).id);
        return new Panel(s, evaluationId, experts, assignments);
    }

    /** The process's asynchronous steps (e.g. the consensus' start, the report) run, as the job executor would. */
    void runJobs(Panel p) {
        admitted.runJobs(admitted.process(p.submission()));
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
