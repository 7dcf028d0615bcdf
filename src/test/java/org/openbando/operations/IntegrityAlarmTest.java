package org.openbando.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Jobs;
import org.openbando.Metrics;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * Every stored hash is checked when its bytes are served: bytes altered in the database (with its triggers bypassed,
 * as only someone with the database's keys can) are an alarm, not a download: a 500 integrity-failure without the
 * bytes, the counter openbando_integrity_failures_total, and an incident for the administrators, which they close once
 * the bytes are restored.
 */
@QuarkusTest
class IntegrityAlarmTest {

    private static final String ADMIN = TestFixtures.ADMIN;
    private static final String FAILURES = "openbando_integrity_failures_total";

    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    ManagementService management;

    @Test
    void anAlteredSnapshotIsAnAlarmNotADownload() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "INT-SNAP", 6300);
        String path = "/api/proposals/" + s.proposal() + "/submission/snapshot";
        String original = s.stored().snapshot;
        double before = Metrics.value(FAILURES, "snapshot");

        sql.tamper("update openbando.submission set snapshot = replace(snapshot, 'COBOT-SB', 'FAKE-SB') "
                + "where id = ?", s.submission());
        refused(as(s.lead()).get(path).then()).body(not(containsString("FAKE-SB")));
        refused(as(TestFixtures.OFFICER).get(path).then());
        assertThat(Metrics.value(FAILURES, "snapshot")).isEqualTo(before + 2);
        Map<String, Object> incident = incident("snapshot:" + s.submission());
        assertThat(incident).containsEntry("kind", "INTEGRITY").containsEntry("proposalId", (int) s.proposal())
                .containsEntry("occurrences", 2).containsEntry("closable", true).containsEntry("retryable", false);
        assertThat((String) incident.get("message")).contains("restore it from a backup");
        String id = (String) incident.get("id");
        as(ADMIN).post("/api/admin/incidents/" + id + "/retry").then().statusCode(409)
                .body("type", endsWith("/not-retryable"));

        sql.tamper("update openbando.submission set snapshot = ? where id = ?", original, s.submission());
        as(s.lead()).get(path).then().statusCode(200).header("ETag", containsString(s.stored().sha256))
                .body("content.acronym", equalTo("COBOT-SB"));
        as(ADMIN).post("/api/admin/incidents/" + id + "/close").then().statusCode(200).body("id", equalTo(id));
        assertThat(openIds()).doesNotContain(id);
        as(ADMIN).post("/api/admin/incidents/" + id + "/close").then().statusCode(404);
    }

    @Test
    void anAlteredDocumentIsAnAlarmNotADownload() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "INT-DOC", 6310);
        starter.startPending();
        Jobs.runAll(management, s.stored().processInstanceId);
        long receipt = as(s.lead()).get("/api/proposals/" + s.proposal() + "/documents").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.kind == 'RECEIPT' }.id");
        double before = Metrics.value(FAILURES, "document");

        sql.tamper("update openbando.issued_document set content = set_byte(content, 200, "
                + "(get_byte(content, 200) + 1) % 256) where id = ?", receipt);
        refused(as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/receipt").then());
        refused(as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/documents/"
                + receipt).then());
        // the page's download too: an error page, no PDF
        Api.page(s.lead()).get("/proposals/" + s.proposal() + "/documents/" + receipt).then()
                .statusCode(500).contentType("text/html");
        assertThat(Metrics.value(FAILURES, "document")).isEqualTo(before + 3);
        assertThat(incident("document:" + receipt)).containsEntry("occurrences", 3);
        // the page lists it for the administrators, in their language (Italian here)
        Api.page(ADMIN).get("/admin/incidents").then().statusCode(200)
                .body(containsString("document:" + receipt)).body(containsString("Integrità violata"));
    }

    @Test
    void anAlteredAttachmentIsAnAlarmNotADownload() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "INT-ATT", 6320);
        String path = "/api/proposals/" + s.proposal() + "/attachments/" + s.attachment();
        double before = Metrics.value(FAILURES, "attachment");

        sql.tamper("update openbando.attachment set content = content || '%%EOF'::bytea where id = ?",
                s.attachment());
        refused(as(s.lead()).accept("application/pdf").get(path).then());
        assertThat(Metrics.value(FAILURES, "attachment")).isEqualTo(before + 1);
        assertThat(incident("attachment:" + s.attachment())).containsEntry("proposalId", (int) s.proposal());
    }

    /** A 500 integrity-failure problem, without the bytes. */
    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(500).contentType("application/problem+json")
                .body("type", endsWith("/integrity-failure")).body("detail", not(emptyOrNullString()));
    }

    /** The one open incident of the administrators about this subject. */
    private static Map<String, Object> incident(String subject) {
        List<Map<String, Object>> open = as(ADMIN).get("/api/admin/incidents").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.subject == '" + subject + "' }");
        assertThat(open).as("open incidents about " + subject).hasSize(1);
        return open.get(0);
    }

    private static List<String> openIds() {
        return as(ADMIN).get("/api/admin/incidents").then().statusCode(200).extract().jsonPath().getList("id");
    }
}
