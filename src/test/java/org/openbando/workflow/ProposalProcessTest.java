package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.shared.Sha256;
import org.openbando.submission.Submission;

/**
 * Every path of the proposal process (bpmn/proposal.bpmn), through the API as applicants and officers use it: the
 * starter is driven by calling it, asynchronous steps and timers by executing their jobs, terms by moving the clock.
 */
@QuarkusTest
class ProposalProcessTest {

    private static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    ProcessEngine engine;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEligibleProposalIsCheckedReviewedAdmittedAndWaitsForItsPanel() {
        Submitted s = submit("PP-ADMIT", 1400, true, true);
        ProcessInstance process = process(s);
        assertThat(process).isStarted().isWaitingAt("Task_IssueReceipt");
        as(s.lead).get("/api/proposals/" + s.proposal + "/eligibility").then().statusCode(200)
                .body("state", equalTo("PENDING"));
        runJobs(process);
        byte[] receipt = as(s.lead).accept("application/pdf").get("/api/proposals/" + s.proposal + "/receipt").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String etag = as(s.lead).accept("application/pdf").get("/api/proposals/" + s.proposal + "/receipt").then()
                .extract().header("ETag");
        assertThat(etag).contains(Sha256.of(receipt));
        assertThat(as(OFFICER).accept("application/pdf").get("/api/proposals/" + s.proposal + "/receipt").then()
                .statusCode(200).extract().asByteArray()).isEqualTo(receipt);
        as(s.other).accept("application/pdf").get("/api/proposals/" + s.proposal + "/receipt").then().statusCode(404);
        assertThat(org.openbando.document.PdfA.validate(receipt,
                org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        String text = pdfText(receipt);
        String snapshotHash = as(s.lead).get("/api/proposals/" + s.proposal + "/submission").then().extract()
                .path("sha256");
        assertThat(text).contains("PP-ADMIT").contains("COBOT-SB").contains("Capofila PP-ADMIT");
        assertThat(text.replaceAll("\\s", "")).contains(snapshotHash);
        assertThat(process).hasPassed("Task_IssueReceipt", "Task_CheckEligibility").isWaitingAt("Task_ReviewAdmissibility");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("OFFICER").count()).isEqualTo(1);
        as(s.lead).get("/api/proposals/" + s.proposal).then().body("status", equalTo("UNDER_REVIEW"));
        as(s.lead).get("/api/proposals/" + s.proposal + "/eligibility").then().statusCode(200)
                .body("state", equalTo("CHECKED")).body("round", equalTo(1)).body("eligible", equalTo(true))
                .body("results", hasSize(12))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.outcome", equalTo("PASS"))
                .body("results.find { it.rule == 'LINE_B_ATTESTATION' }.outcome", equalTo("NOT_APPLICABLE"))
                .body("results.find { it.rule == 'TOTAL_COST_RANGE' }.inputs.totalCost", equalTo(430000));

        as(OFFICER).get("/api/proposals/queue").then().statusCode(200)
                .body("awaitingDecision.find { it.proposalId == " + s.proposal + " }.failedRules", equalTo(0))
                .body("awaitingDecision.find { it.proposalId == " + s.proposal + " }.protocolNumber", equalTo(1));
        decide(s, Map.of("decision", "ADMIT", "notes", "complete and eligible")).statusCode(200)
                .body("status", equalTo("ADMITTED")).body("steps[0].kind", equalTo("ADMITTED"))
                .body("steps[0].takenBy", equalTo(OFFICER));
        runJobs(process);
        assertThat(process).hasPassed("Task_IssueAdmission", "Task_OpenEvaluation").isWaitingAt("Task_AssignPanel");
        as(s.lead).get("/api/proposals/" + s.proposal).then().body("status", equalTo("UNDER_EVALUATION"));
        as(s.lead).get("/api/proposals/" + s.proposal + "/documents").then().statusCode(200)
                .body("kind", equalTo(List.of("RECEIPT", "ADMISSION")))
                .body("find { it.kind == 'ADMISSION' }.issuedBy", equalTo(OFFICER));
        as(s.lead).get("/api/proposals/" + s.proposal + "/timeline").then().statusCode(200)
                .body("step[0]", org.hamcrest.Matchers.startsWith("Submission stored with protocol number 1"))
                .body("by[0]", equalTo(s.lead))
                .body("find { it.activityId == 'Task_ReviewAdmissibility' }.by", equalTo(OFFICER))
                .body("find { it.activityId == 'Task_CheckEligibility' }.by", equalTo("system"))
                .body("activityId", org.hamcrest.Matchers.hasItems("StartEvent_Submitted", "Task_IssueReceipt",
                        "Task_IssueAdmission"));
        as(OFFICER).get("/api/proposals/queue").then()
                .body("awaitingDecision.proposalId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        (int) s.proposal)));
        // the evaluation's own paths: EvaluationProcessTest
    }

    @Test
    void anIneligibleProposalGetsANoticeBeforeRejectionObservationsAndAReasonedRejection() {
        Submitted s = submit("PP-NOTICE", 1410, false, true); // Line A, but the lead is no cluster member
        ProcessInstance process = process(s);
        runJobs(process);
        as(OFFICER).get("/api/proposals/" + s.proposal + "/eligibility").then()
                .body("eligible", equalTo(false))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.outcome", equalTo("FAIL"))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.reason",
                        org.hamcrest.Matchers.containsString("Capofila PP-NOTICE"));
        as(OFFICER).header("Accept-Language", "it").get("/api/proposals/" + s.proposal + "/eligibility").then()
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.reason",
                        org.hamcrest.Matchers.startsWith("non socie di un cluster il "))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.checks",
                        org.hamcrest.Matchers.startsWith("Linea A: il capofila"));

        decide(s, Map.of("decision", "REJECT")).statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        decide(s, Map.of("decision", "REJECT", "reasons", List.of("The lead is not a member of a cluster (Line A)")))
                .statusCode(200).body("status", equalTo("REJECTION_NOTIFIED"))
                .body("steps[0].kind", equalTo("REJECTION_NOTIFIED"))
                .body("openTermEndsAt", org.hamcrest.Matchers.notNullValue());
        runJobs(process);
        assertThat(process).hasPassed("Gateway_NoticeFirst", "Task_IssueNotice").isWaitingAt("Task_SendObservations");

        as(OFFICER).body(Map.of("text", "not mine to send")).post("/api/proposals/" + s.proposal + "/observations")
                .then().statusCode(403);
        as(s.lead).body(Map.of("text", "We joined the cluster in 2019; see the attached certificate"))
                .post("/api/proposals/" + s.proposal + "/observations").then().statusCode(200)
                .body("status", equalTo("FINAL_REVIEW"));
        assertThat(process).isWaitingAt("Task_FinalDecision");

        decide(s, Map.of("decision", "REJECT", "reasons", List.of("Not a member on the day of submission")))
                .statusCode(400).body("errors[0].field", equalTo("answerToObservations"));
        decide(s, Map.of("decision", "REQUEST_COMPLETION", "missing", List.of("x"))).statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        decide(s, Map.of("decision", "REJECT", "reasons", List.of("Not a member on the day of submission"),
                "answerToObservations", "The certificate shows a membership that ended in 2021")).statusCode(200)
                .body("status", equalTo("INADMISSIBLE"))
                .body("steps.kind", equalTo(List.of("REJECTION_NOTIFIED", "OBSERVATIONS_SENT", "INADMISSIBLE")));
        runJobs(process);
        assertThat(process).isEnded().hasPassed("Task_IssueInadmissibility", "End_Inadmissible");
        decide(s, Map.of("decision", "ADMIT")).statusCode(409);
        as(s.lead).get("/api/proposals/" + s.proposal + "/documents").then()
                .body("kind", equalTo(List.of("RECEIPT", "NOTICE_BEFORE_REJECTION", "INADMISSIBILITY")));
        int decision = as(s.lead).get("/api/proposals/" + s.proposal + "/documents").then().extract()
                .path("find { it.kind == 'INADMISSIBILITY' }.id");
        String decisionText = pdfText(as(s.lead).accept("application/pdf").get("/api/proposals/" + s.proposal
                + "/documents/" + decision).then().statusCode(200).extract().asByteArray());
        assertThat(decisionText).contains("Not a member on the day of submission")
                .contains("The certificate shows a membership that ended in 2021");
    }

    @Test
    void withoutObservationsInTheTermTheOfficerDecidesOnTheFileAsItIs() {
        Submitted s = submit("PP-SILENT", 1420, true, true);
        ProcessInstance process = process(s);
        runJobs(process);
        decide(s, Map.of("decision", "REJECT", "reasons", List.of("Budget not credible"))).statusCode(200);
        runJobs(process);
        Instant due = Instant.parse(as(OFFICER).get("/api/proposals/" + s.proposal + "/admissibility").then()
                .extract().path("openTermEndsAt"));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(due);
        assertThat(Duration.between(Instant.now(), due)).isBetween(Duration.ofDays(10), Duration.ofDays(11));

        clock.moveTo(due);
        as(s.lead).body(Map.of("text", "too late")).post("/api/proposals/" + s.proposal + "/observations").then()
                .statusCode(409).body("type", equalTo("https://openbando.org/problems/term-expired"));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(process).hasPassed("Timer_ObservationsTerm", "Task_ObservationsTermExpired")
                .isWaitingAt("Task_FinalDecision");
        as(s.lead).get("/api/proposals/" + s.proposal + "/admissibility").then()
                .body("status", equalTo("FINAL_REVIEW"))
                .body("steps[1].kind", equalTo("OBSERVATIONS_TERM_EXPIRED")).body("steps[1].takenBy", equalTo("system"));

        decide(s, Map.of("decision", "ADMIT", "notes", "on reflection the budget is credible")).statusCode(200)
                .body("status", equalTo("ADMITTED"));
        runJobs(process);
        assertThat(process).hasPassed("Gateway_FinalDecision", "Task_IssueAdmission").isWaitingAt("Task_AssignPanel");
    }

    @Test
    void aCompletionOfDocumentsRunsTheChecksAgainAndCanLeadToAdmission() {
        Submitted s = submit("PP-COMPLETE", 1430, true, true);
        ProcessInstance process = process(s);
        runJobs(process);
        decide(s, Map.of("decision", "REQUEST_COMPLETION")).statusCode(400).body("errors[0].field", equalTo("missing"));
        decide(s, Map.of("decision", "REQUEST_COMPLETION", "missing", List.of("Signed declaration of the legal "
                + "representative"))).statusCode(200).body("status", equalTo("COMPLETION_REQUESTED"));
        runJobs(process);
        assertThat(process).hasPassed("Task_IssueCompletionRequest").isWaitingAt("Task_CompleteDocuments");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("organization-" + s.leadOrganization).count()).isEqualTo(1);
        String term = as(OFFICER).get("/api/proposals/" + s.proposal + "/admissibility").then().extract()
                .path("openTermEndsAt");
        String item = "inProgress.find { it.proposalId == " + s.proposal + " }.";
        as(OFFICER).get("/api/proposals/queue").then().statusCode(200) // waits for the applicant, with its term
                .body(item + "status", equalTo("COMPLETION_REQUESTED"))
                .body(item + "openTermEndsAt", equalTo(term));
        assertThat(term).isNotNull();

        as(s.other).body(Map.of("text", "intruder")).post("/api/proposals/" + s.proposal + "/completion").then()
                .statusCode(404);
        as(s.lead).body(Map.of("text", "")).post("/api/proposals/" + s.proposal + "/completion").then()
                .statusCode(400).body("errors[0].field", equalTo("text"));
        org.openbando.Pdfs.upload(s.lead, s.proposal, "OTHER", "declaration.pdf",
                org.openbando.Pdfs.onePage("Signed declaration")).then().statusCode(201);
        as(s.lead).body(Map.of("text", "Declaration signed and attached")).post("/api/proposals/" + s.proposal
                + "/completion").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("steps[1].items[0]", org.hamcrest.Matchers.startsWith("declaration.pdf (OTHER, SHA-256 "));
        org.openbando.Pdfs.upload(s.lead, s.proposal, "OTHER", "late.pdf",
                org.openbando.Pdfs.onePage("Too late")).then().statusCode(409);
        assertThat(process).isWaitingAt("Task_CheckEligibility");
        runJobs(process);
        assertThat(process).isWaitingAt("Task_ReviewAdmissibility");
        as(OFFICER).get("/api/proposals/" + s.proposal + "/eligibility").then().body("round", equalTo(2));

        decide(s, Map.of("decision", "ADMIT")).statusCode(200).body("status", equalTo("ADMITTED"))
                .body("steps.kind", equalTo(List.of("COMPLETION_REQUESTED", "COMPLETION_SENT", "ADMITTED")));
    }

    @Test
    void withoutACompletionInTheTermTheProposalIsInadmissible() {
        Submitted s = submit("PP-LAPSE", 1440, true, true);
        ProcessInstance process = process(s);
        runJobs(process);
        decide(s, Map.of("decision", "REQUEST_COMPLETION", "missing", List.of("Attestation"))).statusCode(200);
        runJobs(process);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
        clock.moveTo(timer.getDuedate().toInstant().plusSeconds(1));
        // the term has ended though its timer has not run yet: no more files (L11)
        org.openbando.Pdfs.upload(s.lead, s.proposal, "OTHER", "late.pdf", org.openbando.Pdfs.onePage("Too late"))
                .then().statusCode(409).body("type", equalTo("https://openbando.org/problems/term-expired"));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(process).hasPassed("Timer_CompletionTerm", "Task_CompletionTermExpired")
                .isWaitingAt("Task_IssueInadmissibility");
        runJobs(process);
        assertThat(process).isEnded().hasPassed("End_Inadmissible");
        as(s.lead).get("/api/proposals/" + s.proposal + "/documents").then()
                .body("kind", equalTo(List.of("RECEIPT", "COMPLETION_REQUEST", "INADMISSIBILITY")))
                .body("issuedBy", equalTo(List.of("system", OFFICER, "system")));
        int lapse = as(s.lead).get("/api/proposals/" + s.proposal + "/documents").then().extract()
                .path("find { it.kind == 'INADMISSIBILITY' }.id");
        assertThat(pdfText(as(s.lead).accept("application/pdf").get("/api/proposals/" + s.proposal + "/documents/"
                + lapse).then().statusCode(200).extract().asByteArray()))
                .contains("not completed within the term").contains("Attestation");
        as(s.lead).get("/api/proposals/" + s.proposal + "/admissibility").then()
                .body("status", equalTo("INADMISSIBLE"))
                .body("steps[1].kind", equalTo("INADMISSIBLE")).body("steps[1].takenBy", equalTo("system"))
                .body("steps[1].items", equalTo(List.of("Attestation")));
    }

    @Test
    void whenTheCallHasNoNoticeBeforeRejectionARejectionIsFinalAtOnce() {
        Submitted s = submit("PP-DIRECT", 1450, true, false);
        ProcessInstance process = process(s);
        runJobs(process);
        decide(s, Map.of("decision", "REJECT", "reasons", List.of("Out of scope"))).statusCode(200)
                .body("status", equalTo("INADMISSIBLE"));
        runJobs(process);
        assertThat(process).isEnded().hasPassed("Gateway_NoticeFirst", "Task_IssueInadmissibility", "End_Inadmissible")
                .hasNotPassed("Task_IssueNotice");
    }

    @Test
    void aWithdrawalEndsTheProcessAndASecondSubmissionStartsANewOne() {
        Submitted s = submit("PP-WITHDRAW", 1460, true, true);
        ProcessInstance first = process(s);
        runJobs(first);
        as(s.lead).post("/api/proposals/" + s.proposal + "/withdraw").then().statusCode(200);
        assertThat(first).isEnded().hasPassed("End_Withdrawn");
        as(s.lead).get("/api/proposals/" + s.proposal).then().body("status", equalTo("DRAFT"));

        as(s.lead).post("/api/proposals/" + s.proposal + "/submit").then().statusCode(200);
        // withdrawn again before its process started: the starter never starts it
        as(s.lead).post("/api/proposals/" + s.proposal + "/withdraw").then().statusCode(200);
        startAll();
        assertThat(submissions(s.proposal)).extracting(sub -> sub.processInstanceId == null)
                .containsExactly(false, true);

        as(s.lead).post("/api/proposals/" + s.proposal + "/submit").then().statusCode(200);
        ProcessInstance third = process(s);
        assertThat(third.getId()).isNotEqualTo(first.getId());
        runJobs(third);
        assertThat(third).isWaitingAt("Task_ReviewAdmissibility");
        as(OFFICER).get("/api/proposals/" + s.proposal + "/eligibility").then().body("round", equalTo(1));
    }

    @Test
    void onlyOfficersDecideAndOnlyTheLeadsUsersAnswer() {
        Submitted s = submit("PP-ACCESS", 1470, true, true);
        runJobs(process(s));
        as(s.lead).body(Map.of("decision", "ADMIT")).post("/api/proposals/" + s.proposal + "/admissibility").then()
                .statusCode(403);
        as(TestFixtures.AUDITOR).body(Map.of("decision", "ADMIT")).post("/api/proposals/" + s.proposal
                + "/admissibility").then().statusCode(403);
        as(s.other).get("/api/proposals/" + s.proposal + "/eligibility").then().statusCode(404);
        as(s.other).get("/api/proposals/" + s.proposal + "/admissibility").then().statusCode(404);
        as(TestFixtures.AUDITOR).get("/api/proposals/" + s.proposal + "/eligibility").then().statusCode(200);
        as(s.lead).body(Map.of("text", "nothing was asked")).post("/api/proposals/" + s.proposal + "/completion")
                .then().statusCode(409).body("type", equalTo("https://openbando.org/problems/nothing-to-answer"));
        as(OFFICER).body(Map.of("decision", "MAYBE")).post("/api/proposals/" + s.proposal + "/admissibility").then()
                .statusCode(400);
    }

    @Test
    void theMaximumOfProposalsPerEnterpriseCountsActiveSubmissionsInProtocolOrder() {
        Submitted s = submit("PP-MAX", 1480, true, true); // the partner is in proposal 1
        long second = proposalWithPartner(s, "pp-max-lead2", 1485);
        as("pp-max-lead2").post("/api/proposals/" + second + "/submit").then().statusCode(200);
        long third = proposalWithPartner(s, "pp-max-lead3", 1486);
        as("pp-max-lead3").post("/api/proposals/" + third + "/submit").then().statusCode(200);
        startAll();
        for (long proposal : List.of(s.proposal, second, third)) {
            runJobs(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(active(proposal).processInstanceId).singleResult());
        }
        as(OFFICER).get("/api/proposals/" + second + "/eligibility").then()
                .body("results.find { it.rule == 'MAX_PROPOSALS_PER_ENTERPRISE' }.outcome", equalTo("PASS"));
        as(OFFICER).get("/api/proposals/" + third + "/eligibility").then().body("eligible", equalTo(false))
                .body("results.find { it.rule == 'MAX_PROPOSALS_PER_ENTERPRISE' }.outcome", equalTo("FAIL"))
                .body("results.find { it.rule == 'MAX_PROPOSALS_PER_ENTERPRISE' }.reason",
                        org.hamcrest.Matchers.containsString("Partner PP-MAX"));

        // the partner, leading a proposal of its own, is refused at submission: it is already in 3
        long own = startDraft(s, s.partnerUser);
        as(s.partnerUser).body(Map.of("version", 0, "content", Api.completeProposal(s.leadOrganization, s.lab)))
                .put("/api/proposals/" + own).then().statusCode(200);
        fixtures.confirmAll(own);
        as(s.partnerUser).post("/api/proposals/" + own + "/submit").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/too-many-proposals"));
    }

    // ----------------------------------------------------------------------------------------------------------

    record Submitted(long call, long proposal, String lead, long leadOrganization, String partnerUser, long partner,
            long lab, String other) {
    }

    /** A published open call, a consortium (members of MECH when {@code members}), a complete draft, submitted. */
    private Submitted submit(String code, int seed, boolean members, boolean noticeBeforeRejection) {
        Map<String, Object> body = Api.call(code, -1, 30);
        body.put("rules", Map.of("noticeBeforeRejection", noticeBeforeRejection));
        long call = as(OFFICER).body(body).post("/api/calls").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        String partnerUser = fixtures.applicant(code.toLowerCase() + "-partner");
        long partner = organisation(partnerUser, "Partner " + code, seed + 1, true);
        long lab = as(fixtures.applicant(code.toLowerCase() + "-lab")).body(Map.of("type", "RESEARCH_CENTRE",
                "name", "Lab " + code, "vatNumber", Api.vat(seed + 5000))).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String lead = fixtures.applicant(code.toLowerCase() + "-lead");
        long leadOrganization = organisation(lead, "Capofila " + code, seed, members);
        String other = fixtures.applicant(code.toLowerCase() + "-other");
        organisation(other, "Other " + code, seed + 2, true);
        Submitted s = new Submitted(call, 0, lead, leadOrganization, partnerUser, partner, lab, other);
        long proposal = startDraft(s, lead);
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200);
        return new Submitted(call, proposal, lead, leadOrganization, partnerUser, partner, lab, other);
    }

    private long proposalWithPartner(Submitted s, String lead, int seed) {
        fixtures.applicant(lead);
        organisation(lead, "Capofila " + lead, seed, true);
        long proposal = startDraft(s, lead);
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(s.partner, s.lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        return proposal;
    }

    private long startDraft(Submitted s, String user) {
        return as(user).body(Map.of("callId", s.call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long organisation(String applicant, String name, int seed, boolean member) {
        Map<String, Object> body = new HashMap<>(Api.enterprise(name, Api.vat(seed), "20", "3000000", "2000000"));
        if (member) {
            body.put("memberships", List.of(Map.of("clusterCode", "MECH", "since", "2020-01-01", "status", "ACTIVE")));
        }
        return as(applicant).body(body).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private io.restassured.response.ValidatableResponse decide(Submitted s, Map<String, Object> decision) {
        return as(OFFICER).body(decision).post("/api/proposals/" + s.proposal + "/admissibility").then();
    }

    /** Starts the processes of every waiting submission, as the starter does after a commit. */
    private void startAll() {
        while (starter.startPending() > 0) {
            // next batch
        }
    }

    private ProcessInstance process(Submitted s) {
        startAll();
        String id = active(s.proposal).processInstanceId;
        assertThat(id).as("process of proposal " + s.proposal).isNotNull();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Executes the asynchronous continuations of the process until it waits for a person, a timer or a message. */
    private void runJobs(ProcessInstance process) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                    .messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Submission active(long proposal) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>find(
                "proposalId = ?1 and withdrawnAt is null", proposal).firstResult());
    }

    private static List<Submission> submissions(long proposal) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>list("proposalId = ?1 order by id",
                proposal));
    }
}
