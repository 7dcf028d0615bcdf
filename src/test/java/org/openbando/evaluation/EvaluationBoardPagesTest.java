package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;

/**
 * The officers' evaluation board of a call: each admitted proposal with its panel (late experts in red, empty seats),
 * in both languages, for officers and auditors only, a bounded page at a time whatever the call's size; the call
 * form sets the evaluation's rules and the call page states them; the applicant's page says only that the proposal is
 * under evaluation or evaluated. VAT seeds 34000-34099.
 */
@QuarkusTest
class EvaluationBoardPagesTest {

    static final String OFFICER = TestFixtures.OFFICER;
    static final String AUDITOR = TestFixtures.AUDITOR;

    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;

    /**
     * A submitted proposal whose evaluation this class writes in SQL: its process is marked started so that no later
     * test's starter runs it against the statuses written here.
     */
    private SubmittedProposal withoutProcess(String code, int seed) throws SQLException {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, code, seed);
        sql.update("update openbando.submission set process_started_at = now() where id = ?", s.submission());
        return s;
    }

    @Test
    void theBoardShowsEachPanelWithLateExpertsAndEmptySeatsInBothLanguages() throws SQLException {
        SubmittedProposal s = withoutProcess("BOARD-ONE", 34000);
        String e1 = fixtures.applicant("board-expert-1");
        String e2 = fixtures.applicant("board-expert-2");
        String e3 = fixtures.applicant("board-expert-3");
        long evaluation = evaluation(s, "IN_PROGRESS");
        Instant now = Instant.now();
        seat(evaluation, 1, e1, "SUBMITTED", now.plus(5, ChronoUnit.DAYS), null);
        seat(evaluation, 2, e2, "ACCEPTED", now.minus(1, ChronoUnit.DAYS), null); // its term has passed: late
        seat(evaluation, 3, e3, "LAPSED", now.minus(2, ChronoUnit.DAYS), "TERM_LAPSED"); // ended: an empty seat

        page(OFFICER).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body(containsString("Valutazione del bando BOARD-ONE"))
                .body(containsString("data-submission=\"" + s.submission() + "\" data-status=\"IN_PROGRESS\""))
                .body(containsString("In valutazione"))
                .body(containsString("1 di 3 valutazioni inviate"))
                .body(containsString("class=\"seat text-danger fw-semibold late\" data-seat=\"2\" data-seat-status=\"ACCEPTED\""))
                .body(containsString("data-seat=\"3\" data-seat-status=\"EMPTY\""))
                .body(containsString("Posto vacante"))
                .body(containsString("board-expert-1"))
                .body(containsString("href=\"/officer/evaluations/" + s.submission() + "\""))
                .body(containsString("Esperti in ritardo: 1"))
                .body(containsString("class=\"text-danger\" data-submission=\"" + s.submission() + "\" data-seat=\"2\""))
                .body(containsString("Esperti al lavoro: 1"))
                .body(not(containsString("board-readonly")));
        page(OFFICER).cookie("lang", "en").get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body(containsString("Evaluation of call BOARD-ONE"))
                .body(containsString("Under evaluation"))
                .body(containsString("1 of 3 evaluations submitted"))
                .body(containsString("1 late"))
                .body(containsString("Empty seat"));
        // the auditor reads it, without actions; nobody else does
        page(AUDITOR).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body(containsString("id=\"board-readonly\""));
        // the auditor finds it from the call's page
        page(AUDITOR).get("/calls/" + s.call()).then().statusCode(200)
                .body(containsString("href=\"/officer/calls/" + s.call() + "/evaluation\""));
        page(s.lead()).get("/calls/" + s.call()).then().statusCode(200)
                .body(not(containsString("id=\"call-evaluation-board\"")));
        page(s.lead()).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(403);
        page(TestFixtures.EVALUATOR).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(403);
        // the officers' list of calls leads to it
        page(OFFICER).get("/officer/calls").then().statusCode(200)
                .body(containsString("href=\"/officer/calls/" + s.call() + "/evaluation\""));

        // the API says the same
        as(AUDITOR).get("/api/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body("callCode", equalTo("BOARD-ONE")).body("total", equalTo(1))
                .body("byStatus.IN_PROGRESS", equalTo(1))
                .body("lines[0].protocolNumber", equalTo((int) s.stored().protocolNumber))
                .body("lines[0].acronym", equalTo("COBOT-SB"))
                .body("lines[0].late", equalTo(1)).body("lines[0].submitted", equalTo(1))
                .body("lines[0].seats", hasSize(3))
                .body("lines[0].seats[1].late", equalTo(true))
                .body("lines[0].seats[2].assignmentId", equalTo(null))
                .body("phase.lateCount", equalTo(1)).body("phase.late[0].expert", equalTo("board-expert-2"))
                .body("phase.waitingExperts", equalTo(1));
        as(s.lead()).get("/api/calls/" + s.call() + "/evaluation").then().statusCode(403);
        as(OFFICER).get("/api/calls/999999/evaluation").then().statusCode(404);
    }

    @Test
    void aWrongFilterIsAProblemNamingTheFieldAndAnEmptyCallHasAnEmptyBoard() {
        long call = SubmittedProposal.openCall("BOARD-EMPTY");
        as(OFFICER).queryParam("status", "DONE").get("/api/calls/" + call + "/evaluation").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        page(OFFICER).queryParam("status", "DONE").get("/officer/calls/" + call + "/evaluation").then()
                .statusCode(400);
        page(OFFICER).get("/officer/calls/" + call + "/evaluation").then().statusCode(200)
                .body(containsString("id=\"board-empty\"")).body(containsString("id=\"phase-none\""));
        as(OFFICER).queryParam("size", 100000).queryParam("page", -3).get("/api/calls/" + call + "/evaluation")
                .then().statusCode(200).body("pageSize", equalTo(EvaluationBoard.MAX_PAGE_SIZE))
                .body("page", equalTo(1)).body("total", equalTo(0));
    }

    @Test
    void aCallOfTwoThousandProposalsShowsABoundedPage() throws SQLException {
        SubmittedProposal s = withoutProcess("BOARD-BIG", 34010);
        String[] experts = {fixtures.applicant("big-expert-1"), fixtures.applicant("big-expert-2"),
                fixtures.applicant("big-expert-3")};
        // 1,999 more submissions of the call (copies of the first: the board reads their headings only), each with
        // an evaluation of three seats
        sql.update("insert into openbando.submission (proposal_id, call_id, protocol_number, received_at, arrived_at, "
                + "snapshot, sha256, submitted_by, process_started_at) select proposal_id, call_id, protocol_number + g, "
                + "received_at, arrived_at, snapshot, sha256, submitted_by, now() from openbando.submission s, "
                + "generate_series(1, 1999) g where s.id = ?", s.submission());
        sql.update("insert into openbando.evaluation (submission_id, proposal_id, call_id, line, status, opened_at) "
                + "select id, proposal_id, call_id, 'A', case when id % 4 = 0 then 'CONSENSUS' else 'IN_PROGRESS' end, "
                + "now() from openbando.submission where call_id = ?", s.call());
        sql.update("insert into openbando.evaluation_assignment (evaluation_id, seat, expert, status, assigned_at, "
                + "assigned_by, due_at, remind_at) select e.id, g, (array[cast(? as varchar), cast(? as varchar), cast(? as varchar)])[g], 'ACCEPTED', now(), 'olga', "
                + "now() + interval '10 days', now() + interval '7 days' from openbando.evaluation e, "
                + "generate_series(1, 3) g where e.call_id = ?", experts[0], experts[1], experts[2], s.call());

        String board = "/officer/calls/" + s.call() + "/evaluation";
        // how long a page takes is measured by src/bench/evaluation.sh (docs/benchmarks.md), never by a test
        page(OFFICER).queryParam("page", 20).get(board).then().statusCode(200)
                .body(containsString("Pagina 20 di 40 (2000 proposte)"));
        as(OFFICER).queryParam("status", "CONSENSUS").get("/api/calls/" + s.call() + "/evaluation").then()
                .statusCode(200).body("total", equalTo(500)).body("lines", hasSize(50))
                .body("byStatus.IN_PROGRESS", equalTo(1500)).body("lines[0].seats", hasSize(3));
        // the last page is partial; a page beyond it shows the last
        as(OFFICER).queryParam("page", 41).get("/api/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body("page", equalTo(40)).body("lines", hasSize(50));
    }

    @Test
    void theCallFormSetsTheEvaluationRulesAndTheCallPageStatesThem() {
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        int id = 0;
        form(OFFICER).formParam("code", "BOARD-RULES").formParam("title", "Bando con regole di valutazione")
                .formParam("s3PriorityArea", "S3").formParam("publicationAt", now.plusDays(1).toString())
                .formParam("opensAt", now.plusDays(2).toString()).formParam("deadlineAt", now.plusDays(30).toString())
                .formParam("budgetLineA", "1.000.000").formParam("budgetLineB", "500.000")
                .formParam("clusterCodes", "MECH")
                .formParam("rules.evaluatorsPerProposal", "5").formParam("rules.evaluationThreshold", "65")
                .formParam("rules.scoreAggregation", "MEDIAN").formParam("rules.evaluationTermDays", "20")
                .formParam("rules.evaluationReminderDays", "4").formParam("rules.scoreStep", "0,5")
                .formParam("rules.divergencePercent", "25")
                .post("/officer/calls").then().statusCode(303);
        id = as(OFFICER).get("/api/calls").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.code == 'BOARD-RULES' }.id");
        as(OFFICER).get("/api/calls/" + id).then().statusCode(200)
                .body("rules.evaluatorsPerProposal", equalTo(5)).body("rules.scoreAggregation", equalTo("MEDIAN"))
                .body("rules.evaluationTermDays", equalTo(20)).body("rules.evaluationReminderDays", equalTo(4))
                .body("rules.divergencePercent", equalTo(25.0f)).body("rules.evaluationThreshold", equalTo(65.0f));
        page(OFFICER).get("/calls/" + id).then().statusCode(200)
                .body(containsString("5 valutatori indipendenti per proposta; soglia minima 65/100"))
                .body(containsString("aggregati per mediana, con passo 0,5"))
                .body(containsString("entro 20 giorni")).body(containsString("con un promemoria 4 giorni prima"));
        page(OFFICER).cookie("lang", "en").get("/calls/" + id).then().statusCode(200)
                .body(containsString("aggregated by their median, in steps of 0.5"))
                .body(containsString("exceeds 25% of its maximum"));

        // each wrong value is shown under its own input, and nothing is created
        form(OFFICER).formParam("code", "BOARD-RULES-BAD").formParam("title", "Bando errato")
                .formParam("s3PriorityArea", "S3").formParam("publicationAt", now.plusDays(1).toString())
                .formParam("opensAt", now.plusDays(2).toString()).formParam("deadlineAt", now.plusDays(30).toString())
                .formParam("budgetLineA", "1000000").formParam("budgetLineB", "0").formParam("clusterCodes", "MECH")
                .formParam("rules.evaluatorsPerProposal", "9").formParam("rules.evaluationTermDays", "10")
                .formParam("rules.evaluationReminderDays", "10").formParam("rules.scoreStep", "abc")
                .formParam("rules.scoreAggregation", "MODE")
                .post("/officer/calls").then().statusCode(400)
                .body(containsString("data-field=\"rules.scoreStep\">is not a number"))
                .body(containsString("data-field=\"rules.scoreAggregation\""));
        form(OFFICER).formParam("code", "BOARD-RULES-BAD").formParam("title", "Bando errato")
                .formParam("s3PriorityArea", "S3").formParam("publicationAt", now.plusDays(1).toString())
                .formParam("opensAt", now.plusDays(2).toString()).formParam("deadlineAt", now.plusDays(30).toString())
                .formParam("budgetLineA", "1000000").formParam("budgetLineB", "0").formParam("clusterCodes", "MECH")
                .formParam("rules.evaluatorsPerProposal", "9").formParam("rules.evaluationTermDays", "10")
                .formParam("rules.evaluationReminderDays", "10")
                .post("/officer/calls").then().statusCode(400)
                .body(containsString("data-field=\"rules.evaluatorsPerProposal\""))
                .body(containsString("value=\"9\""));
        form(OFFICER).formParam("code", "BOARD-RULES-BAD").formParam("title", "Bando errato")
                .formParam("s3PriorityArea", "S3").formParam("publicationAt", now.plusDays(1).toString())
                .formParam("opensAt", now.plusDays(2).toString()).formParam("deadlineAt", now.plusDays(30).toString())
                .formParam("budgetLineA", "1000000").formParam("budgetLineB", "0").formParam("clusterCodes", "MECH")
                .formParam("rules.evaluationTermDays", "10").formParam("rules.evaluationReminderDays", "10")
                .formParam("rules.scoreStep", "7")
                .post("/officer/calls").then().statusCode(400)
                .body(containsString("data-field=\"rules.evaluationReminderDays\">must be shorter than the evaluation term"))
                .body(containsString("criteria[0].maxScore: must be a multiple of the score step"));
        as(OFFICER).get("/api/calls").then().statusCode(200).body("code", not(org.hamcrest.Matchers.hasItem(
                "BOARD-RULES-BAD")));
    }

    @Test
    void theApplicantReadsOnlyThatTheProposalIsUnderEvaluationThenEvaluated() throws SQLException {
        SubmittedProposal s = withoutProcess("BOARD-APPLICANT", 34020);
        sql.update("update openbando.proposal set status = 'UNDER_EVALUATION' where id = ?", s.proposal());
        page(s.lead()).get("/proposals/" + s.proposal()).then().statusCode(200)
                .body(containsString("id=\"evaluation-status\" data-status=\"UNDER_EVALUATION\""))
                .body(containsString("in valutazione presso un panel di esperti indipendenti"));
        sql.update("update openbando.proposal set status = 'EVALUATED' where id = ?", s.proposal());
        page(s.lead()).cookie("lang", "en").get("/proposals/" + s.proposal()).then().statusCode(200)
                .body(containsString("id=\"evaluation-status\" data-status=\"EVALUATED\""))
                .body(containsString("the outcome is published with the ranking"))
                .body(not(containsString("Fundable"))).body(not(containsString("fundable")));
    }

    // -------------------------------------------------------------------------------------------------------------

    /** An evaluation of the submission in the status, as the process and the panel would have left it. */
    long evaluation(SubmittedProposal s, String status) throws SQLException {
        sql.update("insert into openbando.evaluation (submission_id, proposal_id, call_id, line, status, opened_at) "
                + "values (?, ?, ?, 'A', ?, now())", s.submission(), s.proposal(), s.call(), status);
        return sql.queryLong("select id from openbando.evaluation where submission_id = ?", s.submission());
    }

    /** An assignment of a seat; ended (with the reason) when {@code endReason} is given. */
    void seat(long evaluation, int seat, String expert, String status, Instant dueAt, String endReason)
            throws SQLException {
        sql.update("insert into openbando.evaluation_assignment (evaluation_id, seat, expert, status, assigned_at, "
                + "assigned_by, due_at, remind_at, end_reason, ended_at, ended_by) values (?, ?, ?, ?, now(), 'olga', "
                + "?, ?, ?, case when cast(? as varchar) is null then null else now() end, case when cast(? as varchar) is null "
                + "then null else 'olga' end)", evaluation, seat, expert, status, java.sql.Timestamp.from(dueAt),
                java.sql.Timestamp.from(dueAt.minus(3, ChronoUnit.DAYS)), endReason, endReason, endReason);
    }
}
