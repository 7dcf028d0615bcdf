package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.workflow.Panel;

/**
 * The officer's panel page drives an evaluation from the proposal of the panel to the report: assign (a wrong panel
 * is refused field by field), remove an expert for a conflict, give the empty seat to another, see the individual
 * scores with their fingerprints and the divergent criteria, reopen one with a reason, see the consensus, the outcome
 * and the reports in both languages; the auditor reads every step and may do none. VAT seeds 34100-34199.
 */
@QuarkusTest
class PanelPagesTest {

    static final String OFFICER = TestFixtures.OFFICER;
    static final String AUDITOR = TestFixtures.AUDITOR;

    @Inject
    AdmittedProposal admitted;
    @Inject
    Panel panel;
    @Inject
    Assignments assignments;
    @Inject
    Consensus consensus;
    @Inject
    TestFixtures fixtures;

    @Test
    void theOfficerDrivesThePanelFromTheProposalToTheReportAndTheAuditorOnlyReads() {
        List<String> experts = panel.experts("d2p", 4);
        SubmittedProposal s = admitted.admit("PANEL-PAGE", 34100);
        ProcessInstance process = admitted.process(s.submission());
        admitted.runJobs(process);
        String url = "/officer/evaluations/" + s.submission();

        // the proposal of the panel: every expert free of conflicts, three seats to fill
        page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-status=\"PANEL_PENDING\""))
                .body(containsString("id=\"assign-form\""))
                .body(containsString("<option value=\"d2p-1\""))
                .body(containsString("data-expert=\"d2p-4\""));
        page(AUDITOR).get(url).then().statusCode(200)
                .body(containsString("id=\"panel-readonly\"")).body(not(containsString("id=\"assign-form\"")));
        form(AUDITOR).formParam("seat1", "d2p-1").post(url + "/panel").then().statusCode(403);

        // a panel of one for three seats is refused, and nothing is assigned
        form(OFFICER).formParam("seat1", "d2p-1").formParam("seat2", "").formParam("seat3", "")
                .post(url + "/panel").then().statusCode(400)
                .body(containsString("data-action=\"assign\""))
                .body(containsString("data-field=\"experts\""));
        form(OFFICER).formParam("seat1", "d2p-1").formParam("seat2", "d2p-2").formParam("seat3", "d2p-3")
                .formParam("rapporteur", "d2p-1").post(url + "/panel").then().statusCode(303)
                .header("Location", containsString(url + "?done=assigned"));
        admitted.runJobs(process);
        page(OFFICER).queryParam("done", "assigned").get(url).then().statusCode(200)
                .body(containsString("id=\"panel-done\""))
                .body(containsString("data-seat=\"3\" data-assignment="))
                .body(containsString("data-seat-status=\"ASSIGNED\""))
                .body(containsString("<strong id=\"rapporteur\">d2p-1</strong>"))
                .body(not(containsString("id=\"assign-form\"")));

        // a conflict found later: the removal needs its reason and a note; the seat is empty, then given to another
        long third = panel.assignment(s.submission(), "d2p-3").id();
        form(OFFICER).formParam("reason", "CONFLICT").post(url + "/assignments/" + third + "/removal").then()
                .statusCode(400).body(containsString("data-action=\"remove-" + third + "\""))
                .body(containsString("data-field=\"note\""));
        form(AUDITOR).formParam("reason", "CONFLICT").formParam("note", "consulente del capofila")
                .post(url + "/assignments/" + third + "/removal").then().statusCode(403);
        form(OFFICER).formParam("reason", "CONFLICT").formParam("note", "consulente del capofila nel 2025")
                .post(url + "/assignments/" + third + "/removal").then().statusCode(303);
        admitted.runJobs(process);
        page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-seat=\"3\" data-seat-status=\"EMPTY\""))
                .body(containsString("id=\"reassign-3\""))
                .body(containsString("Conflitto di interessi"))
                .body(containsString("consulente del capofila nel 2025"));
        form(OFFICER).formParam("expert", "d2p-4").post(url + "/seats/3").then().statusCode(303);
        admitted.runJobs(process);

        // the experts answer and score: two high, one low, so every criterion diverges
        for (String expert : List.of("d2p-1", "d2p-2", "d2p-4")) {
            panel.accept(s.submission(), expert);
        }
        admitted.runJobs(process);
        panel.score(s.submission(), "d2p-1", true);
        panel.score(s.submission(), "d2p-2", false);
        panel.score(s.submission(), "d2p-4", true);
        admitted.runJobs(process);
        String withScores = page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("id=\"individual-scores\""))
                .body(containsString("class=\"table-danger divergent\""))
                .body(containsString("data-count=\"5\""))
                .extract().asString();
        assertThat(withScores).containsPattern("class=\"small text-break individual-hash\">[0-9a-f]{64}<");
        page(OFFICER).cookie("lang", "en").get(url).then().statusCode(200)
                .body(containsString("5 divergent criteria")).body(containsString("Divergent"));

        page(OFFICER).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body(containsString("class=\"text-danger divergences\" data-count=\"5\""));

        // the officer reopens the low evaluation, with a reason; the expert submits it again
        long second = panel.assignment(s.submission(), "d2p-2").id();
        form(OFFICER).formParam("reason", "").post(url + "/assignments/" + second + "/reopen").then()
                .statusCode(400).body(containsString("data-field=\"reason\""));
        form(OFFICER).formParam("reason", "I commenti non motivano i punteggi nulli")
                .post(url + "/assignments/" + second + "/reopen").then().statusCode(303);
        page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-assignment=\"" + second + "\" data-seat-status=\"ACCEPTED\""));
        panel.score(s.submission(), "d2p-2", false);
        admitted.runJobs(process);

        // the rapporteur's consensus: the outcome and the reports
        panel.consensus(s.submission(), "d2p-1", true);
        admitted.runJobs(process);
        page(AUDITOR).get(url).then().statusCode(200)
                .body(containsString("id=\"consensus-scores\""))
                .body(containsString("data-fundable=\"true\""))
                .body(containsString("id=\"report-en\""))
                .body(not(containsString("reopen-form")));
        page(OFFICER).get(url + "/report?lang=en").then().statusCode(200).contentType("application/pdf");
        page(AUDITOR).get(url + "/report?lang=it").then().statusCode(200).contentType("application/pdf");
        page(OFFICER).get(url + "/report?lang=de").then().statusCode(400);
        page(s.lead()).get(url).then().statusCode(403);

        // the applicant reads only "evaluated": no report, not even among the proposal's documents, until the
        // ranking releases it; then the link on the proposal's page gives it
        page(s.lead()).get("/proposals/" + s.proposal()).then().statusCode(200)
                .body(containsString("data-status=\"EVALUATED\""))
                .body(not(containsString("id=\"evaluation-report\"")))
                .body(not(containsString("data-kind=\"EVALUATION_SUMMARY\"")));
        as(s.lead()).get("/api/proposals/" + s.proposal() + "/documents").then().statusCode(200)
                .body(not(containsString("EVALUATION_SUMMARY")));
        page(s.lead()).get("/proposals/" + s.proposal() + "/evaluation-report?lang=it").then().statusCode(404);
        consensus.release(s.call(), OFFICER);
        page(s.lead()).get("/proposals/" + s.proposal()).then().statusCode(200)
                .body(containsString("id=\"evaluation-report\""));
        page(s.lead()).get("/proposals/" + s.proposal() + "/evaluation-report?lang=en").then().statusCode(200)
                .contentType("application/pdf");
        page(fixtures.applicant("d2p-stranger")).get("/proposals/" + s.proposal() + "/evaluation-report").then()
                .statusCode(404);

        // the board shows the outcome to officers
        page(OFFICER).get("/officer/calls/" + s.call() + "/evaluation").then().statusCode(200)
                .body(containsString("data-status=\"EVALUATED_FUNDABLE\""))
                .body(containsString("Relazione di consenso inviata"))
                .body(containsString("class=\"outcome-total\""));
    }
}
