package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.shared.AuditEvent;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Sha256;
import org.openbando.submission.Submission;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * Finding M5: the eligibility checks judge the facts frozen in the snapshot at submission (each member's type, size
 * computation, clusters on the day), so that an organisation edited after submission changes nothing judged; the
 * change itself is audited with before and after, and the dossier shows the frozen computation.
 */
@QuarkusTest
class FrozenFactsTest {

    private static final String OFFICER = TestFixtures.OFFICER;
    private static final int SEED = 7710; // VAT numbers 7710..7712 and 12710 (the lab)

    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    ManagementService management;
    @Inject
    AuditTrail audit;

    record Submitted(long proposal, String lead, long leadOrganization, long partner) {
    }

    @Test
    void editingTheLeadAfterSubmissionChangesNothingJudged() throws Exception {
        Submitted s = submit("FROZEN-M5");

        // after submission the lead leaves its cluster and declares the figures of a large enterprise
        Map<String, Object> large = new HashMap<>(Api.enterprise("Capofila FROZEN-M5", Api.vat(SEED), "300",
                "60000000", "50000000"));
        large.put("memberships", List.of());
        large.put("version", as(s.lead).get("/api/organizations/" + s.leadOrganization).then().statusCode(200)
                .extract().jsonPath().getLong("version"));
        as(s.lead).body(large).put("/api/organizations/" + s.leadOrganization).then().statusCode(200)
                .body("size.sizeClass", equalTo("LARGE")).body("lineAEligible", equalTo(false));

        while (starter.startPending() > 0) {
            // every waiting submission gets its process
        }
        runJobs(QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>find(
                "proposalId = ?1 and withdrawnAt is null", s.proposal).firstResult().processInstanceId));
        Map<String, Object> smes = as(OFFICER).get("/api/proposals/" + s.proposal + "/eligibility").then()
                .statusCode(200).body("state", equalTo("CHECKED")).body("eligible", equalTo(true))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.outcome", equalTo("PASS"))
                .body("results.find { it.rule == 'ENTERPRISES_ARE_SMES' }.outcome", equalTo("PASS"))
                .extract().jsonPath().getMap("results.find { it.rule == 'ENTERPRISES_ARE_SMES' }.inputs");
        assertThat(smes).containsEntry("Capofila FROZEN-M5 (" + Api.vat(SEED) + ")", "SMALL");

        // the snapshot, hashed as stored, carries the computation and the memberships of the day
        Response snapshot = as(OFFICER).get("/api/proposals/" + s.proposal + "/submission/snapshot");
        assertThat(snapshot.statusCode()).isEqualTo(200);
        assertThat(snapshot.header("ETag")).contains(Sha256.of(snapshot.asString()));
        JsonNode members = new ObjectMapper().readTree(snapshot.asString()).get("members");
        assertThat(members).hasSize(2);
        JsonNode lead = members.get(0);
        assertThat(lead.get("id").asLong()).isEqualTo(s.leadOrganization);
        assertThat(lead.get("type").asText()).isEqualTo("ENTERPRISE");
        assertThat(lead.get("size").get("sizeClass").asText()).isEqualTo("SMALL");
        assertThat(lead.get("size").get("own").get("staffAwu").decimalValue()).isEqualByComparingTo("20");
        assertThat(lead.get("size").get("aggregated").get("turnover").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(lead.get("clustersOnDay").toString()).isEqualTo("[\"MECH\"]");
        assertThat(lead.get("everClusterMember").asBoolean()).isTrue();
        assertThat(lead.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(members.get(1).get("id").asLong()).isEqualTo(s.partner);

        // who changed what, from what
        String detail = QuarkusTransaction.requiringNew().call(() -> audit.of("organization", s.leadOrganization)
                .stream().filter(e -> e.action.equals("updated")).map(e -> e.detail).findFirst().orElseThrow());
        JsonNode diff = new ObjectMapper().readTree(detail);
        assertThat(diff.get("staffAwu").toString()).isEqualTo("[\"20\",\"300\"]");
        assertThat(diff.get("turnover").toString()).isEqualTo("[\"3000000\",\"60000000\"]");
        assertThat(diff.get("memberships").get("removed").toString())
                .isEqualTo("[\"MECH 2020-01-01.. ACTIVE\"]");
        assertThat(diff.has("name")).as("unchanged fields are not repeated").isFalse();
        String registered = QuarkusTransaction.requiringNew().call(() -> audit.of("organization", s.leadOrganization)
                .stream().filter(e -> e.action.equals("registered")).map(e -> e.detail).findFirst().orElseThrow());
        assertThat(new ObjectMapper().readTree(registered).get("staffAwu").toString()).isEqualTo("[null,\"20\"]");

        // the officer's dossier shows the frozen computation, in Italian and in English
        page().cookie("lang", "en").get("/officer/proposals/" + s.proposal).then().statusCode(200)
                .body(containsString("id=\"frozen-facts\""))
                .body(containsString("data-organization=\"" + s.leadOrganization + "\" data-size-class=\"SMALL\" "
                        + "data-cluster-member=\"true\""))
                .body(containsString("The facts judged, frozen at submission"))
                .body(containsString("Small enterprise"))
                .body(containsString("Mechatronics and Motoristics Clust-ER (MECH)"))
                .body(not(containsString("Large enterprise")));
        page().cookie("lang", "it").get("/officer/proposals/" + s.proposal).then().statusCode(200)
                .body(containsString("I dati valutati, congelati alla presentazione"))
                .body(containsString("Piccola impresa"))
                .body(containsString("Clust-ER Meccatronica e Motoristica (MECH)"));
    }

    @Test
    void anUnchangedUpdateIsAuditedAsNoChange() {
        String user = fixtures.applicant("frozen-same");
        Map<String, Object> body = Api.member(Api.enterprise("Same FROZEN", Api.vat(SEED + 3), "20", "3000000",
                "2000000"));
        long id = as(user).body(body).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        body.put("version", 0);
        body.put("staffAwu", "20.00"); // the same figure, written otherwise
        as(user).body(body).put("/api/organizations/" + id).then().statusCode(200);
        List<AuditEvent> trail = QuarkusTransaction.requiringNew().call(() -> audit.of("organization", id));
        assertThat(trail).extracting(e -> e.action).containsExactly("registered", "updated");
        assertThat(trail.get(1).detail).isEqualTo("{}");
    }

    // ----------------------------------------------------------------------------------------------------------

    /** An open call, a Line A consortium of two small MECH members and a lab, a complete draft, submitted. */
    private Submitted submit(String code) {
        Map<String, Object> call = Api.call(code, -1, 30);
        long callId = as(OFFICER).body(call).post("/api/calls").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(OFFICER).post("/api/calls/" + callId + "/publish").then().statusCode(200);
        long partner = organisation(fixtures.applicant("frozen-partner"), "Partner " + code, SEED + 1);
        long lab = as(fixtures.applicant("frozen-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab " + code,
                "vatNumber", Api.vat(SEED + 5000))).post("/api/organizations").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String lead = fixtures.applicant("frozen-lead");
        long leadOrganization = organisation(lead, "Capofila " + code, SEED);
        long proposal = as(lead).body(Map.of("callId", callId, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200);
        return new Submitted(proposal, lead, leadOrganization, partner);
    }

    private static long organisation(String applicant, String name, int seed) {
        return as(applicant).body(Api.member(Api.enterprise(name, Api.vat(seed), "20", "3000000", "2000000")))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.RequestSpecification page() {
        return Api.page(OFFICER);
    }

    /** Executes the asynchronous continuations until the process waits for a person, a timer or a message. */
    private void runJobs(String processInstanceId) {
        assertThat(processInstanceId).as("the process was started").isNotNull();
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the processes keep creating jobs");
    }
}
