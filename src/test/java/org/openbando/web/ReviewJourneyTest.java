package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * The admissibility journey in Chromium: the officer opens the queue and the dossier, requests the completion of
 * documents; the applicant sees the request and answers within the term; the checks run again and the officer admits.
 */
@QuarkusTest
class ReviewJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    ManagementService management;

    @Test
    void officerRequestsCompletionApplicantAnswersOfficerAdmits() {
        long proposal = submittedProposal();
        runEngine();

        Page officer = loggedIn(TestFixtures.OFFICER);
        officer.navigate(url("/officer/proposals"));
        assertThat(officer.locator("#queue-awaiting tr[data-proposal='" + proposal + "']")).containsText("WEB-REVIEW/1");
        shot(officer, "41-officer-queue");
        officer.click("#queue-awaiting tr[data-proposal='" + proposal + "'] .open-dossier");
        assertThat(officer.locator("#proposal-status")).hasAttribute("data-status", "UNDER_REVIEW");
        assertThat(officer.locator("#eligibility-results tr[data-rule='LINE_A_CLUSTER_MEMBERS']"))
                .hasAttribute("data-outcome", "PASS");
        assertThat(officer.locator("#eligibility-results tr[data-rule='SUBMITTED_IN_TIME']")) // the page's language
                .containsText("ricevuta mentre il bando era aperto");
        shot(officer, "42-officer-dossier");

        officer.click("label[for='decision-REQUEST_COMPLETION']");
        officer.click("#record-decision");
        assertThat(officer.locator("#decision-error")).containsText("missing");
        officer.fill("#missing", "Dichiarazione firmata del legale rappresentante");
        officer.click("#record-decision");
        assertThat(officer.locator("#decision-recorded")).isVisible();
        assertThat(officer.locator("#proposal-status")).hasAttribute("data-status", "COMPLETION_REQUESTED");
        runEngine();

        Page applicant = loggedIn("web-review-lead");
        applicant.navigate(url("/proposals/" + proposal));
        assertThat(applicant.locator("#review-steps li[data-kind='COMPLETION_REQUESTED']"))
                .containsText("Dichiarazione firmata");
        assertThat(applicant.locator("#review-steps li[data-kind='COMPLETION_REQUESTED']")) // its last day, not 00:00
                .containsText(java.util.regex.Pattern.compile("Il termine scade alla fine del \\d{1,2} \\S+ \\d{4} "
                        + "\\(ora di Roma\\)"));
        shot(applicant, "43-applicant-completion-requested");
        com.microsoft.playwright.Download receipt = applicant.waitForDownload(() ->
                applicant.click("#documents li[data-kind='RECEIPT'] a"));
        try {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(receipt.path()))
                    .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(applicant.locator("#documents li[data-kind='COMPLETION_REQUEST']")).isVisible();
        applicant.fill("#answer-text", "Allegata la dichiarazione firmata");
        applicant.click("#send-answer");
        assertThat(applicant.locator("#page-notice")).isVisible();
        assertThat(applicant.locator("#proposal-status")).hasAttribute("data-status", "SUBMITTED");
        runEngine();

        officer.navigate(url("/officer/proposals/" + proposal));
        assertThat(officer.locator("#review-steps li[data-kind='COMPLETION_SENT']")).containsText("Allegata");
        officer.click("label[for='decision-ADMIT']");
        officer.click("#record-decision");
        assertThat(officer.locator("#proposal-status")).hasAttribute("data-status", "ADMITTED");
        runEngine();
        officer.reload();
        assertThat(officer.locator("#timeline tr[data-activity='Task_IssueAdmission']")).isVisible();
        shot(officer, "44-officer-admitted");

        applicant.reload(); // admitted, and its evaluation opened in the same job
        assertThat(applicant.locator("#proposal-status")).hasAttribute("data-status", "UNDER_EVALUATION");
        assertThat(applicant.locator("#timeline tr[data-activity='Task_ReviewAdmissibility']").last())
                .containsText(TestFixtures.OFFICER);
        shot(applicant, "45-applicant-admitted");
    }

    private long submittedProposal() {
        String lead = fixtures.applicant("web-review-lead");
        as(lead).body(member(Api.enterprise("Revisione Web S.r.l.", Api.vat(1490), "25", "4000000", "3000000")))
                .post("/api/organizations").then().statusCode(201);
        long partner = as(fixtures.applicant("web-review-partner")).body(member(Api.enterprise("Partner Revisione S.r.l.",
                Api.vat(1491), "10", "1000000", "900000"))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("web-review-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab Revisione", "vatNumber", Api.vat(1492))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call("WEB-REVIEW", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long proposal = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200);
        return proposal;
    }

    private static Map<String, Object> member(Map<String, Object> organisation) {
        Map<String, Object> body = new HashMap<>(organisation);
        body.put("memberships", List.of(Map.of("clusterCode", "MECH", "since", "2020-01-01", "status", "ACTIVE")));
        return body;
    }

    /** What the starter and the job executor do in production: start waiting processes, run their async steps. */
    private void runEngine() {
        while (starter.startPending() > 0) {
            // next batch
        }
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
