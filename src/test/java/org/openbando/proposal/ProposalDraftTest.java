package org.openbando.proposal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

@QuarkusTest
class ProposalDraftTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void anApplicantDraftsUntilNothingBlocksTheSubmission() {
        String lead = fixtures.applicant("draft-lead");
        long leadOrg = organisation(lead, "Capofila S.r.l.", 601, "ENTERPRISE");
        long partnerOrg = organisation(fixtures.applicant("draft-partner"), "Partner S.r.l.", 602, "ENTERPRISE");
        long lab = organisation(fixtures.applicant("draft-lab"), "Laboratorio di Ricerca", 603, "ACCREDITED_LAB");
        long call = publishedCall("DRAFT-CALL");

        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("leadOrganizationId", equalTo((int) leadOrg))
                .body("callCode", equalTo("DRAFT-CALL")).body("version", equalTo(0))
                .extract().jsonPath().getLong("id");
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200)
                .body("field", hasItems("title", "acronym", "summary", "thematicAreaCode", "plannedStart",
                        "durationMonths", "partners", "budget", "trl", "workPackages"));

        Map<String, Object> content = Api.completeProposal(partnerOrg, lab);
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + id).then().statusCode(200)
                .body("content.acronym", equalTo("COBOT-SB")).body("updatedBy", equalTo(lead));
        fixtures.confirmAll(id);
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200).body("$", empty());

        // a second user of the same organisation sees the draft; another applicant does not
        as(lead).get("/api/proposals").then().body("id", hasItem((int) id));
        as("draft-partner").get("/api/proposals/" + id).then().statusCode(404);
        as("draft-partner").get("/api/proposals").then().body("id", not(hasItem((int) id)));
        as(TestFixtures.AUDITOR).get("/api/proposals/" + id).then().statusCode(200);
        as(TestFixtures.AUDITOR).get("/api/proposals/" + id + "/validation").then().statusCode(200);
    }

    @Test
    void theValidationListExplainsWhatBreaksTheCallsRules() {
        String lead = fixtures.applicant("rules-lead");
        organisation(lead, "Regole S.r.l.", 611, "ENTERPRISE");
        long lab = organisation(fixtures.applicant("rules-lab"), "Centro Regole", 612, "RESEARCH_CENTRE");
        long call = publishedCall("RULES-CALL");
        long id = as(lead).body(Map.of("callId", call, "line", "B")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> content = Api.completeProposal(lab, lab);
        content.put("thematicAreaCode", "AGRIFOOD-TRACE");
        content.put("plannedStart", LocalDate.now().minusDays(1).toString());
        content.put("trl", Map.of("start", 3, "target", 9, "justification", "lab tests"));
        content.put("budget", List.of(
                Map.of("organizationId", lab, "costCategory", "PERSONNEL", "researchCategory", "INDUSTRIAL_RESEARCH",
                        "amount", 100000),
                Map.of("organizationId", lab, "costCategory", "PERSONNEL", "researchCategory",
                        "EXPERIMENTAL_DEVELOPMENT", "amount", 120000)));
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200)
                .body("field", hasItems("thematicAreaCode", "plannedStart", "trl.start", "trl.target", "partners",
                        "budget", "attachments.attestation"))
                .body("find { it.field == 'plannedStart' }.message", containsString("incentive effect"))
                .body("find { it.field == 'partners' }.message", containsString("at least 2 enterprises"))
                .body("findAll { it.field == 'budget' }.message", hasItem(containsString("must exceed")));
    }

    @Test
    void concurrentSavesNeverSilentlyOverwriteEachOther() {
        String lead = fixtures.applicant("stale-lead");
        organisation(lead, "Concorrente S.r.l.", 621, "ENTERPRISE");
        long id = as(lead).body(Map.of("callId", publishedCall("STALE-CALL"), "line", "A")).post("/api/proposals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Map.of("title", "First"))).put("/api/proposals/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        as(lead).body(Map.of("version", 0, "content", Map.of("title", "Second"))).put("/api/proposals/" + id)
                .then().statusCode(409).body("type", equalTo("https://openbando.org/problems/stale-version"));
        as(lead).get("/api/proposals/" + id).then().body("content.title", equalTo("First"));
        as(lead).body(Map.of("version", 1, "content", Map.of("durationMonths", 99))).put("/api/proposals/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("content.durationMonths"));
    }

    @Test
    void draftingNeedsAnEnterpriseAndAnOpenCall() {
        String nobody = fixtures.applicant("no-org-lead");
        long call = publishedCall("NEEDS-CALL");
        as(nobody).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/no-organization"));
        String university = fixtures.applicant("uni-lead");
        organisation(university, "Università Capofila", 631, "UNIVERSITY");
        as(university).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/lead-not-enterprise"));
        String lead = fixtures.applicant("closed-lead");
        organisation(lead, "Ritardataria S.r.l.", 632, "ENTERPRISE");
        long draftCall = as(TestFixtures.OFFICER).body(Api.call("NOT-PUBLISHED", 1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("callId", draftCall, "line", "A")).post("/api/proposals").then().statusCode(400)
                .body("errors[0].field", equalTo("callId"));
        as(lead).body(Map.of("line", "C")).post("/api/proposals").then().statusCode(400);
        as(TestFixtures.OFFICER).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(403);
    }

    private long organisation(String applicant, String name, int vatSeed, String type) {
        Map<String, Object> body = type.equals("ENTERPRISE")
                ? Api.enterprise(name, Api.vat(vatSeed), "20", "3000000", "2000000")
                : Map.of("type", type, "name", name, "vatNumber", Api.vat(vatSeed));
        return as(applicant).body(body).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long publishedCall(String code) {
        long id = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
