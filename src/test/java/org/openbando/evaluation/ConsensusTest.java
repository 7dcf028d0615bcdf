package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openbando.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbando.RawSql;
import org.openbando.TestFixtures;
import org.openbando.document.PdfA;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The consensus: the aggregation with its divergences, the rapporteur's report with the minority's views, the outcome
 * with its reasons, the reopening that makes it wait, and the Evaluation Summary Report with its release.
 */
@QuarkusTest
class ConsensusTest {

    @Inject
    PanelFixture fixture;
    @Inject
    EvaluationSteps steps;
    @Inject
    Consensus consensus;
    @Inject
    AgroalDataSource dataSource;

    static String consensusOf(PanelFixture.Panel p) {
        return "/api/evaluations/" + p.submission() + "/consensus";
    }

    /** A consensus form with these final scores; {@code notAgreed} criteria carry the minority's view or not. */
    static Map<String, Object> report(List<String> scores, String notAgreed, boolean withMinorityView,
            boolean startCredible, boolean targetReachable) {
        List<Map<String, Object>> list = new ArrayList<>();
        int i = 0;
        for (String code : PanelFixture.CRITERIA.keySet()) {
            boolean agreed = !code.equals(notAgreed);
            Map<String, Object> s = new java.util.HashMap<>(Map.of("criterion", code, "score", scores.get(i++),
                    "comment", "The panel agreed on " + code.toLowerCase(), "agreed", agreed));
            if (!agreed && withMinorityView) {
                s.put("minorityView", "Expert 2 finds it less innovative");
            }
            list.add(s);
        }
        return Map.of("scores", list, "trl", Map.of("startCredible", startCredible, "targetReachable",
                targetReachable, "reason", "the plan is credible except where said", "agreed", true));
    }

    static long version(PanelFixture.Panel p) {
        JsonPath view = as(p.expert(1)).get(consensusOf(p)).then().statusCode(200).extract().jsonPath();
        return view.get("report") == null ? 0 : view.getLong("report.version");
    }

    @Test
    void theRapporteurTurnsTheAggregationIntoAFundableOutcomeAndTheReportIsIssued() throws Exception {
        PanelFixture.Panel p = fixture.panel("CON-FUND", 31100);
        PanelFixture.score(p, 1, List.of("25", "20", "12", "12", "12.5"), true, true);
        PanelFixture.score(p, 2, List.of("15", "20", "12", "12", "12.5"), true, false);
        PanelFixture.score(p, 3, List.of("20", "21", "13", "12", "12"), true, true);
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.consensusStarted(p.submission())))
                .isEqualTo(p.expert(1));
        // idempotent
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.consensusStarted(p.submission())))
                .isEqualTo(p.expert(1));

        JsonPath view = as(p.expert(1)).get(consensusOf(p)).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("status")).isEqualTo("CONSENSUS");
        // INNOVATIVENESS: 25, 15, 20: mean 20, spread 10 > 30% of 30: divergent, proposed not agreed
        assertThat(view.getList("criteria[0].aggregate.scores", Float.class)).containsExactly(25f, 15f, 20f);
        assertThat(view.getDouble("criteria[0].aggregate.aggregated")).isEqualTo(20.0);
        assertThat(view.getDouble("criteria[0].aggregate.spread")).isEqualTo(10.0);
        assertThat(view.getBoolean("criteria[0].aggregate.divergent")).isTrue();
        assertThat(view.getBoolean("proposed.scores[0].agreed")).isFalse();
        // TEAM: 12, 12, 13: mean 12.33, proposed rounded down to the step 0.5: 12
        assertThat(view.getDouble("criteria[2].aggregate.aggregated")).isEqualTo(12.33);
        assertThat(view.getBoolean("criteria[2].aggregate.divergent")).isFalse();
        assertThat(view.getDouble("proposed.scores[2].score")).isEqualTo(12.0);
        assertThat(view.getList("targetNotReachableSeats")).containsExactly(2);
        assertThat(view.getBoolean("proposed.trl.targetReachable")).isFalse();

        Map<String, Object> draft = report(List.of("20", "20", "12", "12", "12.5"), "INNOVATIVENESS", false, true,
                true);
        // only the rapporteur writes
        as(p.expert(2)).body(Map.of("version", 0, "form", draft)).put(consensusOf(p)).then().statusCode(403);
        as(TestFixtures.EVALUATOR).body(Map.of("version", 0, "form", draft)).put(consensusOf(p)).then()
                .statusCode(404);
        as(TestFixtures.OFFICER).body(Map.of("version", 0, "form", draft)).put(consensusOf(p)).then()
                .statusCode(403);
        as(p.expert(1)).body(Map.of("version", 0, "form", Map.of("scores", List.of(Map.of("criterion", "TEAM",
                "score", 15.5))))).put(consensusOf(p)).then().statusCode(400).body("errors.field",
                        hasItem("scores[0].score"));
        as(p.expert(1)).body(Map.of("version", 0, "form", draft)).put(consensusOf(p)).then().statusCode(200)
                .body("report.status", equalTo("DRAFT"));
        // not agreed without the minority's view: refused
        as(p.expert(1)).post(consensusOf(p) + "/submit").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field",
                        hasItem("scores.INNOVATIVENESS.minorityView"));
        as(p.expert(1)).body(Map.of("version", version(p), "form", report(List.of("20", "20", "12", "12", "12.5"),
                "INNOVATIVENESS", true, true, true))).put(consensusOf(p)).then().statusCode(200);
        as(p.expert(2)).post(consensusOf(p) + "/submit").then().statusCode(403);
        JsonPath submitted = as(p.expert(1)).post(consensusOf(p) + "/submit").then().statusCode(200).extract()
                .jsonPath();
        assertThat(submitted.getString("report.status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getDouble("report.total")).isEqualTo(76.5);
        assertThat(submitted.getBoolean("report.fundable")).isTrue();
        assertThat(submitted.getList("report.reasons")).isEmpty();
        assertThat(submitted.getString("report.sha256")).hasSize(64);
        // the panel overturned seat 2's "not reachable", with the reason: recorded
        assertThat(submitted.getList("report.targetNotReachableSeats")).containsExactly(2);
        as(p.expert(1)).post(consensusOf(p) + "/submit").then().statusCode(409);
        as(TestFixtures.OFFICER).body(Map.of("reason", "too late")).post("/api/evaluations/assignments/"
                + p.assignment(1) + "/reopen").then().statusCode(409).body("type",
                        containsString("consensus-submitted"));
        RawSql sql = new RawSql(dataSource);
        assertThatThrownBy(() -> sql.update("update openbando.consensus_report set total = 99 where evaluation_id = ?",
                p.evaluationId())).isInstanceOf(SQLException.class).hasMessageContaining("is refused");

        // the process concludes: fundable, the proposal EVALUATED (it does not say fundable to the applicant)
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.conclude(p.submission()))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.conclude(p.submission()))).isTrue();
        as(TestFixtures.OFFICER).get("/api/evaluations/" + p.submission()).then().statusCode(200)
                .body("status", equalTo("EVALUATED_FUNDABLE"));
        as(p.proposal().lead()).get("/api/proposals/" + p.proposal().proposal()).then().statusCode(200)
                .body("status", equalTo("EVALUATED"));
        assertThat(consensus.outcomes(p.proposal().call())).singleElement().satisfies(o -> {
            assertThat(o.fundable()).isTrue();
            assertThat(o.total()).isEqualByComparingTo("76.5");
            assertThat(o.releasedAt()).isNull();
        });

        // the Evaluation Summary Report, in Italian and in English, PDF/A, experts by seat only
        QuarkusTransaction.requiringNew().run(() -> steps.issueReport(p.submission()));
        QuarkusTransaction.requiringNew().run(() -> steps.issueReport(p.submission())); // once
        String reportPath = "/api/evaluations/" + p.submission() + "/report";
        byte[] it = as(TestFixtures.OFFICER).accept("application/pdf").get(reportPath + "?lang=it").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        byte[] en = as(TestFixtures.AUDITOR).accept("application/pdf").get(reportPath + "?lang=en").then()
                .statusCode(200).extract().asByteArray();
        assertThat(PdfA.validate(it, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        assertThat(PdfA.validate(en, PDFAFlavour.PDFA_2_A).compliant()).isTrue();
        String textIt = text(it);
        assertThat(textIt).contains("Sintesi della valutazione").contains("76,5 su 100")
                .contains("dall'Esperto 1").contains("Parere di minoranza").contains("è finanziabile");
        String textEn = text(en);
        assertThat(textEn).contains("Evaluation Summary Report").contains("76.5 out of 100").contains("Expert 1")
                .contains("it is fundable");
        for (String expert : p.experts()) {
            assertThat(textIt).doesNotContain(expert);
            assertThat(textEn).doesNotContain(expert);
        }
        as(TestFixtures.OFFICER).accept("application/pdf").get(reportPath + "?lang=xx").then().statusCode(400);
        // the applicant reads it only once released with the ranking
        as(p.proposal().lead()).accept("application/pdf").get(reportPath + "?lang=it").then().statusCode(404);
        as(p.expert(1)).accept("application/pdf").get(reportPath).then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> consensus.release(p.proposal().call(),
                TestFixtures.OFFICER))).isEqualTo(1);
        byte[] released = as(p.proposal().lead()).accept("application/pdf").get(reportPath + "?lang=it").then()
                .statusCode(200).extract().asByteArray();
        assertThat(released).isEqualTo(it);
        assertThat(QuarkusTransaction.requiringNew().call(() -> consensus.release(p.proposal().call(),
                TestFixtures.OFFICER))).isZero();
    }

    @Test
    void aReopenedEvaluationMakesTheConsensusWaitAndAWeakProposalIsNotFundableWithItsReasons() throws Exception {
        PanelFixture.Panel p = fixture.panel("CON-WAIT", 31110);
        PanelFixture.score(p, 1, List.of("10", "10", "8", "8", "8"), false, true);
        PanelFixture.score(p, 2, List.of("12", "10", "8", "8", "8"), false, true);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> steps.consensusStarted(
                p.submission()))).hasMessageContaining("[3]");
        // before the consensus the rapporteur cannot write
        as(p.expert(1)).body(Map.of("version", 0, "form", report(List.of("10", "10", "8", "8", "8"), null, false,
                false, true))).put(consensusOf(p)).then().statusCode(409).body("type",
                        containsString("not-in-consensus"));
        PanelFixture.score(p, 3, List.of("11", "10", "8", "8", "8"), true, true);
        QuarkusTransaction.requiringNew().call(() -> steps.consensusStarted(p.submission()));

        as(TestFixtures.OFFICER).body(Map.of("reason", "Seat 3 judged the TRL without reading WP1"))
                .post("/api/evaluations/assignments/" + p.assignment(3) + "/reopen").then().statusCode(204);
        as(p.expert(1)).body(Map.of("version", 0, "form", report(List.of("10", "10", "8", "8", "8"), null, false,
                false, true))).put(consensusOf(p)).then().statusCode(200);
        as(p.expert(1)).post(consensusOf(p) + "/submit").then().statusCode(409)
                .body("type", containsString("seat-not-submitted")).body("detail", containsString("seat 3"));
        as(p.expert(1)).get(consensusOf(p)).then().body("waitingSeats", org.hamcrest.Matchers.contains(3));
        // seat 3 is blind again until it submits again
        as(p.expert(3)).get(consensusOf(p)).then().statusCode(200).body("blind", equalTo(true));
        as(p.expert(3)).post("/api/evaluations/assignments/" + p.assignment(3) + "/submit").then().statusCode(200);

        JsonPath submitted = as(p.expert(1)).post(consensusOf(p) + "/submit").then().statusCode(200).extract()
                .jsonPath();
        assertThat(submitted.getDouble("report.total")).isEqualTo(44.0);
        assertThat(submitted.getBoolean("report.fundable")).isFalse();
        assertThat(submitted.getList("report.reasons.code")).containsExactly("TOTAL_BELOW_THRESHOLD",
                "TRL_START_NOT_CREDIBLE");
        assertThat(submitted.getDouble("report.reasons[0].value")).isEqualTo(44.0);
        assertThat(submitted.getDouble("report.reasons[0].limit")).isEqualTo(60.0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.conclude(p.submission()))).isFalse();
        as(TestFixtures.AUDITOR).get("/api/evaluations/" + p.submission()).then()
                .body("status", equalTo("EVALUATED_NOT_FUNDABLE"));
        assertThat(consensus.outcome(p.submission())).get().satisfies(o -> {
            assertThat(o.fundable()).isFalse();
            assertThat(o.reasons()).extracting(Fundability.Reason::code).containsExactly(
                    Fundability.ReasonCode.TOTAL_BELOW_THRESHOLD, Fundability.ReasonCode.TRL_START_NOT_CREDIBLE);
        });
        // the report is issued on demand if the process has not issued it yet
        byte[] pdf = as(TestFixtures.OFFICER).accept("application/pdf").get("/api/evaluations/" + p.submission()
                + "/report?lang=en").then().statusCode(200).extract().asByteArray();
        assertThat(text(pdf)).contains("is not fundable").contains("the total score, 44, is below the threshold "
                + "of 60").contains("the TRL declared at the start is not credible");
    }

    static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
