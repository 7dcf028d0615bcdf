package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.as;
import static org.openbando.evaluation.PanelFixture.form;
import static org.openbando.evaluation.PanelFixture.save;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.RawSql;
import org.openbando.TestFixtures;
import org.openbando.shared.AuditEvent;
import org.openbando.shared.Sha256;

/** The expert's individual evaluation: drafts with versions, bounds, submission frozen with its hash, reopening, blindness. */
@QuarkusTest
class ScoringTest {

    static final List<String> GOOD = List.of("25", "20", "12", "12", "12.5");

    @Inject
    PanelFixture fixture;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    static String scores(PanelFixture.Panel p, int seat) {
        return "/api/evaluations/assignments/" + p.assignment(seat) + "/scores";
    }

    @Test
    void theExpertSavesAsTheyGoWithTheVersionTheyRead() {
        PanelFixture.Panel p = fixture.panel("SCO-SAVE", 31000);
        JsonPath empty = as(p.expert(1)).get(scores(p, 1)).then().statusCode(200).extract().jsonPath();
        assertThat(empty.getInt("revision")).isZero();
        assertThat(empty.getLong("version")).isZero();
        assertThat(empty.getList("criteria.code")).containsExactlyElementsOf(PanelFixture.CRITERIA.keySet());
        assertThat(empty.getList("trlPlan.workPackages.code")).containsExactly("WP1");
        assertThat(empty.getList("missing.field")).contains("scores.INNOVATIVENESS.score", "trl.startCredible",
                "trl.workPackages.0.reason");

        Map<String, Object> partial = Map.of("scores", List.of(Map.of("criterion", "TEAM", "score", 10.5,
                "comment", "a first thought")));
        JsonPath saved = as(p.expert(1)).body(save(0, partial)).put(scores(p, 1)).then().statusCode(200).extract()
                .jsonPath();
        assertThat(saved.getInt("revision")).isEqualTo(1);
        assertThat(saved.getString("status")).isEqualTo("DRAFT");
        assertThat(saved.getDouble("form.scores[0].score")).isEqualTo(10.5);
        long version = saved.getLong("version");

        as(p.expert(1)).body(save(version, form(GOOD, true, true))).put(scores(p, 1)).then().statusCode(200)
                .body("version", equalTo((int) version + 1)).body("missing", org.hamcrest.Matchers.empty());
        // the version read before the last save is stale: nothing is written
        as(p.expert(1)).body(save(version, partial)).put(scores(p, 1)).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("stale-version"));
        as(p.expert(1)).get(scores(p, 1)).then().body("form.scores.size()", equalTo(5));
    }

    @Test
    void scoresOffTheirRangeOrStepAndOverlongCommentsAreRefusedNamingTheField() {
        PanelFixture.Panel p = fixture.panel("SCO-BOUNDS", 31010);
        refused(p, Map.of("scores", List.of(Map.of("criterion", "INNOVATIVENESS", "score", 30.5))), "scores[0].score");
        refused(p, Map.of("scores", List.of(Map.of("criterion", "TEAM", "score", 7.3))), "scores[0].score");
        refused(p, Map.of("scores", List.of(Map.of("criterion", "TEAM", "score", -1))), "scores[0].score");
        refused(p, Map.of("scores", List.of(Map.of("criterion", "NOPE", "score", 1))), "scores[0].criterion");
        refused(p, Map.of("scores", List.of(Map.of("criterion", "TEAM", "score", 1), Map.of("criterion", "TEAM",
                "score", 2))), "scores[1].criterion");
        refused(p, Map.of("scores", List.of(Map.of("criterion", "TEAM", "comment", "x".repeat(5001)))),
                "scores[0].comment");
        refused(p, Map.of("trl", Map.of("workPackages", List.of(Map.of("index", 1, "reachable", true)))),
                "trl.workPackages[0].index");
        as(p.expert(1)).get(scores(p, 1)).then().statusCode(200).body("revision", equalTo(0));
    }

    private void refused(PanelFixture.Panel p, Map<String, Object> form, String field) {
        as(p.expert(1)).body(save(0, form)).put(scores(p, 1)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void aSubmissionIsCompleteAndFrozenWithTheHashOfItsCanonicalJson() throws Exception {
        PanelFixture.Panel p = fixture.panel("SCO-SUBMIT", 31020);
        as(p.expert(1)).body(save(0, Map.of("scores", List.of(Map.of("criterion", "TEAM", "score", 10,
                "comment", "too short"))))).put(scores(p, 1)).then().statusCode(200);
        as(p.expert(1)).post("/api/evaluations/assignments/" + p.assignment(1) + "/submit").then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("incomplete-evaluation"))
                .body("errors.field", hasItems("scores.TEAM.comment", "scores.INNOVATIVENESS.score",
                        "trl.targetReason", "trl.workPackages.0.reachable"));

        PanelFixture.score(p, 1, GOOD, true, true);
        JsonPath submitted = as(p.expert(1)).get(scores(p, 1)).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("assignmentStatus")).isEqualTo("SUBMITTED");
        String sha256 = submitted.getString("sha256");
        // the hash is the SHA-256 of the canonical JSON of the form as stored
        IndividualEvaluation stored = QuarkusTransaction.requiringNew().call(() -> IndividualEvaluation.current(
                p.assignment(1)));
        ScoringForm form = json.readValue(stored.content, ScoringForm.class);
        assertThat(Sha256.of(json.writeValueAsString(form))).isEqualTo(sha256);
        assertThat(form.scores()).extracting(ScoringForm.CriterionScore::criterion)
                .containsExactlyElementsOf(PanelFixture.CRITERIA.keySet());

        as(p.expert(1)).body(save(submitted.getLong("version"), form(GOOD, false, false))).put(scores(p, 1)).then()
                .statusCode(409).body("type", containsString("already-submitted"));
        as(p.expert(1)).post("/api/evaluations/assignments/" + p.assignment(1) + "/submit").then().statusCode(409);
        assertThat(audit(p.evaluationId())).contains("individual-evaluation-submitted");

        // the database itself refuses to rewrite it
        RawSql sql = new RawSql(dataSource);
        refused(sql, "update openbando.individual_evaluation set content = cast('{}' as jsonb) where id = ?",
                stored.id);
        refused(sql, "update openbando.individual_evaluation set sha256 = 'x' where id = ?", stored.id);
        refused(sql, "update openbando.individual_evaluation set status = 'DRAFT', submitted_at = null, "
                + "sha256 = null where id = ?", stored.id);
        refused(sql, "delete from openbando.individual_evaluation where id = ?", stored.id);
        refused(sql, "truncate openbando.individual_evaluation");
    }

    private static void refused(RawSql sql, String statement, Object... parameters) {
        assertThatThrownBy(() -> sql.update(statement, parameters)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining("is refused");
    }

    private static List<String> audit(long evaluationId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = 'evaluation' and entityId = ?1 order by id", evaluationId).stream()
                .map(e -> e.action).toList());
    }

    @Test
    void anOfficerReopensWithAReasonAndTheSubmittedRevisionIsKept() {
        PanelFixture.Panel p = fixture.panel("SCO-REOPEN", 31030);
        PanelFixture.score(p, 2, GOOD, true, true);
        String reopen = "/api/evaluations/assignments/" + p.assignment(2) + "/reopen";
        as(TestFixtures.OFFICER).body(Map.of()).post(reopen).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(p.expert(2)).body(Map.of("reason", "mine")).post(reopen).then().statusCode(403);
        as(TestFixtures.AUDITOR).body(Map.of("reason", "audit")).post(reopen).then().statusCode(403);
        as(TestFixtures.OFFICER).body(Map.of("reason", "The comment on TEAM contradicts the score"))
                .post(reopen).then().statusCode(204);

        JsonPath reopened = as(p.expert(2)).get(scores(p, 2)).then().statusCode(200).extract().jsonPath();
        assertThat(reopened.getInt("revision")).isEqualTo(2);
        assertThat(reopened.getString("status")).isEqualTo("DRAFT");
        assertThat(reopened.getString("assignmentStatus")).isEqualTo("ACCEPTED");
        assertThat(reopened.getList("form.scores.score")).hasSize(5);
        // the submitted revision is kept, marked with who, when and why
        JsonPath all = as(TestFixtures.OFFICER).get("/api/evaluations/" + p.submission()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("individuals.findAll { it.seat == 2 }.status")).containsExactly("REOPENED", "DRAFT");
        assertThat(all.getString("individuals.find { it.status == 'REOPENED' }.reopenedBy"))
                .isEqualTo(TestFixtures.OFFICER);
        assertThat(all.getString("individuals.find { it.status == 'REOPENED' }.reopenedReason"))
                .isEqualTo("The comment on TEAM contradicts the score");
        assertThat(all.getString("individuals.find { it.status == 'REOPENED' }.sha256")).hasSize(64);
        assertThat(audit(p.evaluationId())).contains("individual-evaluation-reopened");
        // a draft cannot be reopened; the expert submits again
        as(TestFixtures.OFFICER).body(Map.of("reason", "again")).post(reopen).then().statusCode(409);
        as(p.expert(2)).post("/api/evaluations/assignments/" + p.assignment(2) + "/submit").then().statusCode(200)
                .body("revision", equalTo(2)).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anExpertReadsTheOtherSeatsScoresOnlyAfterSubmittingAndNeverTheirNames() {
        PanelFixture.Panel p = fixture.panel("SCO-BLIND", 31040);
        PanelFixture.score(p, 1, GOOD, true, true);
        String evaluation = "/api/evaluations/" + p.submission();
        // seat 2 has not submitted: blind
        as(p.expert(2)).get(evaluation).then().statusCode(200).body("blind", equalTo(true))
                .body("individuals.size()", equalTo(0)).body("criteria[0].aggregate", nullValue())
                .body("seats.find { it.seat == 1 }.expert", nullValue());
        // nor through seat 1's assignment
        as(p.expert(2)).get(scores(p, 1)).then().statusCode(404);
        as(p.expert(2)).body(save(0, form(GOOD, true, true))).put(scores(p, 1)).then().statusCode(404);

        PanelFixture.score(p, 2, List.of("20", "15", "10", "10", "10"), true, false);
        JsonPath seen = as(p.expert(2)).get(evaluation).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getBoolean("blind")).isFalse();
        assertThat(seen.getList("individuals.seat")).containsExactly(1, 2);
        assertThat(seen.getString("individuals.find { it.seat == 1 }.expert")).isNull();
        assertThat(seen.getString("individuals.find { it.seat == 2 }.expert")).isEqualTo(p.expert(2));
        assertThat(seen.getString("seats.find { it.seat == 1 }.expert")).isNull();
        assertThat(seen.getDouble("criteria[0].aggregate.aggregated")).isEqualTo(22.5);
        assertThat(seen.toString()).doesNotContain(p.expert(1));

        // an expert not on the panel, an applicant, an anonymous caller
        as(TestFixtures.EVALUATOR).get(evaluation).then().statusCode(404);
        as(TestFixtures.EVALUATOR).get(scores(p, 1)).then().statusCode(404);
        as(p.proposal().lead()).get(evaluation).then().statusCode(403);
        org.openbando.Api.anonymous().get(evaluation).then().statusCode(401);
        // auditors read everything with the names, and change nothing
        as(TestFixtures.AUDITOR).get(evaluation).then().statusCode(200)
                .body("seats.expert", org.hamcrest.Matchers.contains(p.expert(1), p.expert(2), p.expert(3)));
        as(TestFixtures.AUDITOR).get(scores(p, 1)).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(TestFixtures.AUDITOR).body(save(0, form(GOOD, true, true))).put(scores(p, 3)).then().statusCode(403);
        as(TestFixtures.OFFICER).body(save(0, form(GOOD, true, true))).put(scores(p, 3)).then().statusCode(403);
    }
}
