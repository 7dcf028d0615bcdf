package org.openbando.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Jobs;
import org.openbando.Metrics;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.submission.Submission;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * Failures that someone sees (M13, L13): a job that fails every retry of its cycle becomes an incident that only an
 * administrator sees, with its cause, and retries; a submission whose process cannot start holds back no other, is
 * listed, and starts when retried once its data is fixed.
 */
@QuarkusTest
class IncidentsTest {

    private static final String ADMIN = TestFixtures.ADMIN;

    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    ManagementService management;
    @Inject
    RuntimeService runtime;

    @Test
    void aJobThatFailsEveryRetryBecomesAnIncidentThatAnAdministratorRetries() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "INC-JOB", 13400);
        startAll();
        String process = s.stored().processInstanceId;
        String original = s.stored().snapshot;
        // the receipt cannot be issued from a snapshot that no longer has its hash
        sql.tamper("update openbando.submission set snapshot = replace(snapshot, 'COBOT-SB', 'FAKE-SB') "
                + "where id = ?", s.submission());

        Job job = receiptJob(process);
        assertThatThrownBy(() -> management.executeJob(job.getId()));
        assertThat(receiptJob(process).getRetries()).as("R5/PT1M: four attempts left, a minute apart").isEqualTo(4);
        assertThat(receiptJob(process).getDuedate()).isAfter(new java.util.Date());
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isZero();
            assertThatThrownBy(() -> management.executeJob(receiptJob(process).getId()));
        }
        assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isEqualTo(1);

        Map<String, Object> incident = open("engine-", s.proposal());
        assertThat(incident).containsEntry("kind", "FAILED_JOB").containsEntry("activityId", "Task_IssueReceipt")
                .containsEntry("retryable", true).containsEntry("closable", false);
        assertThat((String) incident.get("subject")).isEqualTo("ProposalProcess submission-" + s.submission());
        assertThat((String) incident.get("message")).contains("snapshot of submission " + s.submission());
        String id = (String) incident.get("id");
        // administrators only
        as(s.lead()).get("/api/admin/incidents").then().statusCode(403);
        as(TestFixtures.OFFICER).get("/api/admin/incidents").then().statusCode(403);
        as(TestFixtures.OFFICER).post("/api/admin/incidents/" + id + "/retry").then().statusCode(403);
        Api.anonymous().get("/api/admin/incidents").then().statusCode(401);
        Api.page(ADMIN).get("/admin/incidents")
                .then().statusCode(200).body(containsString(id)).body(containsString("Passo del processo fallito"))
                .body(containsString("Task_IssueReceipt"));
        assertThat(Metrics.value("openbando_incidents", "failed_job")).isGreaterThanOrEqualTo(1);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Incidents' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Incidents' }.data.open", org.hamcrest.Matchers.greaterThan(0));
        as(ADMIN).post("/api/admin/incidents/" + id + "/close").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/not-closable"));

        // the operator restores the snapshot, then retries: the job runs again at once, and the receipt is issued
        sql.tamper("update openbando.submission set snapshot = ? where id = ?", original, s.submission());
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(200)
                .body("outcome", equalTo("SCHEDULED"));
        assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isZero();
        assertThat(receiptJob(process).getRetries()).isEqualTo(1);
        as(ADMIN).get("/api/admin/incidents").then().body("id", not(hasItem(id)));
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(404);
        Jobs.runAll(management, process);
        as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/receipt").then()
                .statusCode(200);
    }

    @Test
    void aSubmissionWhoseProcessCannotStartHoldsBackNoOther() throws java.sql.SQLException {
        long call = SubmittedProposal.openCall("INC-START");
        SubmittedProposal broken = SubmittedProposal.submit(fixtures, "INC-START", 13410, call);
        SubmittedProposal next = SubmittedProposal.submit(fixtures, "INC-START", 13420, call);
        long lead = sql.queryLong("select organization_id from openbando.submission_member where submission_id = ? "
                + "and lead", broken.submission());
        sql.tamper("delete from openbando.submission_member where submission_id = ? and lead", broken.submission());

        startAll();
        assertThat(next.stored().processStartedAt).as("the next submission's process").isNotNull();
        Submission failed = broken.stored();
        assertThat(failed.processStartedAt).isNull();
        assertThat(failed.startAttempts).isEqualTo(1);
        assertThat(failed.startRetryAt).isAfter(failed.startFailedAt);
        String id = "start-" + broken.submission();
        Map<String, Object> incident = open("start-", broken.proposal());
        assertThat(incident).containsEntry("id", id).containsEntry("kind", "PROCESS_START")
                .containsEntry("occurrences", 1).containsEntry("retryable", true);
        assertThat((String) incident.get("message")).contains("no lead");
        assertThat(incident.get("nextAttempt")).isNotNull();
        assertThat(Metrics.value("openbando_incidents", "process_start")).isGreaterThanOrEqualTo(1);

        // retried while still broken: it fails again, with its cause, and waits longer
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(200)
                .body("outcome", equalTo("FAILED_AGAIN")).body("detail", containsString("no lead"));
        assertThat(broken.stored().startAttempts).isEqualTo(2);

        // fixed: the starter waits for the pause, an administrator's retry starts it at once
        sql.update("insert into openbando.submission_member (submission_id, organization_id, lead) values (?, ?, true)",
                broken.submission(), lead);
        startAll();
        assertThat(broken.stored().processStartedAt).as("started before its pause ended").isNull();
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(200)
                .body("outcome", equalTo("STARTED"));
        assertThat(broken.stored().processStartedAt).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("submission-" + broken.submission())
                .count()).isEqualTo(1);
        as(ADMIN).get("/api/admin/incidents").then().body("id", not(hasItem(id)));
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(404);
    }

    @Test
    void longMemberNamesNoLongerMakeTheChecksFail() {
        // M13: eight partners with 300-character names that are not cluster members fail a rule of Line A; the reason
        // names each of them (about 2,500 characters) and once overflowed eligibility_result.reason varchar(2000)
        long call = SubmittedProposal.openCall("INC-NAMES");
        List<Long> partners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = fixtures.applicant("inc-names-partner-" + i);
            String name = ("Impresa partner numero " + i + " con una ragione sociale molto lunga ").repeat(10)
                    .substring(0, 300);
            partners.add(as(user).body(Api.enterprise(name, Api.vat(13440 + i), "20", "3000000", "2000000"))
                    .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        String lead = fixtures.applicant("inc-names-lead");
        as(lead).body(Api.member(Api.enterprise("Capofila INC-NAMES", Api.vat(13430), "20", "3000000", "2000000")))
                .post("/api/organizations").then().statusCode(201);
        long lab = as(fixtures.applicant("inc-names-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab INC-NAMES", "vatNumber", Api.vat(13430 + 5000))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long proposal = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> content = new HashMap<>(Api.completeProposal(partners.get(0), lab));
        content.put("partners", partners.stream().map(p -> Map.of("organizationId", p)).toList());
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + proposal).then()
                .statusCode(200);
        fixtures.confirmAll(proposal);
        long submission = as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200).extract()
                .jsonPath().getLong("submissionId");

        startAll();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("submission-" + submission)
                .singleResult();
        assertThat(instance).as("the process of submission " + submission).isNotNull();
        String process = instance.getId();
        Jobs.runAll(management, process);
        assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isZero();
        String reason = as(TestFixtures.OFFICER).header("Accept-Language", "en").get("/api/proposals/" + proposal
                + "/eligibility").then().statusCode(200).body("state", equalTo("CHECKED")).extract().jsonPath()
                .getString("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.reason");
        assertThat(reason.length()).isGreaterThan(2000);
    }

    /** Starts the processes of every waiting submission, as the starter does after a commit. */
    private void startAll() {
        for (int batch = 0; batch < 20 && starter.startPending() > 0; batch++) {
            // next batch
        }
    }

    private Job receiptJob(String process) {
        return management.createJobQuery().processInstanceId(process).activityId("Task_IssueReceipt").singleResult();
    }

    /** The one open incident of this kind (id prefix) about the proposal. */
    private static Map<String, Object> open(String prefix, long proposal) {
        List<Map<String, Object>> open = as(ADMIN).get("/api/admin/incidents").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.id.startsWith('" + prefix + "') && it.proposalId == " + proposal
                        + " }");
        assertThat(open).as("open incidents " + prefix + " of proposal " + proposal).hasSize(1);
        return open.get(0);
    }
}
