package org.openbando.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.shared.AuditTrail;

/** Finding M6: a company whose VAT number was registered by someone else gets it back through a verified claim. */
@QuarkusTest
class VatClaimTest {

    static final String PROBLEMS = "https://openbando.org/problems/";

    @Inject
    TestFixtures fixtures;
    @Inject
    AuditTrail audit;

    @Test
    void anApprovedClaimHandsTheOrganisationOverToTheClaimant() {
        String squatter = fixtures.applicant("claim-squatter");
        String victim = fixtures.applicant("claim-victim");
        String vat = Api.vat(7151);
        long org = as(squatter).body(Api.enterprise("Vittima S.p.A.", vat, "40", "9000000", "8000000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        as(victim).body(Api.enterprise("Vittima S.p.A.", vat, "40", "9000000", "8000000"))
                .post("/api/organizations").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "vat-number-registered"));

        // the claim: the VAT number typed as people do, a statement and where the evidence is
        long claim = as(victim).body(Map.of("vatNumber", "IT " + vat, "statement", "I am the legal representative "
                + "of Vittima S.p.A.", "documentReference", "Visura camerale 2026-11-20, PEC prot. 123"))
                .post("/api/organization-claims").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("organizationId", equalTo((int) org))
                .body("vatNumber", equalTo(vat)).extract().jsonPath().getLong("id");
        as(victim).body(Map.of("vatNumber", vat, "statement", "again")).post("/api/organization-claims").then()
                .statusCode(409).body("type", equalTo(PROBLEMS + "claim-pending"));
        as(victim).body(Map.of("vatNumber", Api.vat(7152), "statement", "nobody has it"))
                .post("/api/organization-claims").then().statusCode(400).body("errors[0].field", equalTo("vatNumber"));
        as(victim).body(Map.of("vatNumber", vat)).post("/api/organization-claims").then().statusCode(400)
                .body("errors[0].field", equalTo("statement"));
        as(squatter).get("/api/organization-claims/" + claim).then().statusCode(404);
        as(squatter).get("/api/organization-claims").then().statusCode(200).body("id", not(hasItem((int) claim)));
        as(victim).get("/api/organization-claims").then().statusCode(200).body("id", hasItem((int) claim));

        // only an officer or administrator decides, always with a reason
        as(victim).body(Map.of("reason", "mine")).post("/api/organization-claims/" + claim + "/approve").then()
                .statusCode(403);
        as(TestFixtures.AUDITOR).body(Map.of("reason", "ok")).post("/api/organization-claims/" + claim + "/approve")
                .then().statusCode(403);
        as(TestFixtures.OFFICER).body(Map.of()).post("/api/organization-claims/" + claim + "/approve").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.page(TestFixtures.OFFICER).get("/officer/claims").then().statusCode(200)
                .body(containsString("data-id=\"" + claim + "\"")).body(containsString("Visura camerale"));
        as(TestFixtures.OFFICER).body(Map.of("reason", "Chamber of commerce extract checked: claimant is the legal "
                + "representative")).post("/api/organization-claims/" + claim + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(TestFixtures.OFFICER));
        as(TestFixtures.OFFICER).body(Map.of("reason", "twice")).post("/api/organization-claims/" + claim + "/reject")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "claim-decided"));

        // the claimant now acts for the organisation; the squatter no longer does
        as(victim).get("/api/organizations/" + org).then().statusCode(200)
                .body("legalRepresentative", equalTo(victim));
        int version = as(victim).get("/api/organizations/" + org).then().extract().jsonPath().getInt("version");
        Map<String, Object> update = Api.enterprise("Vittima S.p.A.", vat, "41", "9000000", "8000000");
        update.put("version", version);
        as(victim).body(update).put("/api/organizations/" + org).then().statusCode(200);
        as(victim).get("/api/organizations").then().body("id", equalTo(List.of((int) org)));
        as(squatter).get("/api/organizations/" + org).then().statusCode(404);
        update.put("version", version + 1);
        as(squatter).body(update).put("/api/organizations/" + org).then().statusCode(404);
        as(squatter).get("/api/organizations").then().body("id", equalTo(List.of()));

        List<String> trail = QuarkusTransaction.requiringNew().call(() -> audit.of("organization", org).stream()
                .map(e -> e.action + ":" + e.fromState + ">" + e.toState).toList());
        assertThat(trail).contains("handed-over:" + squatter + ">" + victim);
    }

    @Test
    void aRejectedClaimChangesNothingButItsOwnState() {
        String holder = fixtures.applicant("claim-holder");
        String claimant = fixtures.applicant("claim-pretender");
        String vat = Api.vat(7155);
        long org = as(holder).body(Api.enterprise("Legittima S.r.l.", vat, "10", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        as(holder).body(Map.of("vatNumber", vat, "statement", "mine already")).post("/api/organization-claims")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "already-acting"));

        // through the applicant's page
        Api.page(claimant).get("/organization/claim").then().statusCode(200).body(containsString("id=\"claim-form\""));
        Api.form(claimant)
                .formParams(Map.of("vatNumber", vat, "statement", "I want it")).post("/organization/claim").then()
                .statusCode(303);
        long claim = as(claimant).get("/api/organization-claims").then().extract().jsonPath()
                .getLong("find { it.vatNumber == '" + vat + "' }.id");
        Api.form(TestFixtures.ADMIN)
                .formParams(Map.of("reason", "No evidence: the company register names the current representative"))
                .post("/officer/claims/" + claim + "/reject").then().statusCode(303);
        as(claimant).get("/api/organization-claims/" + claim).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decidedBy", equalTo(TestFixtures.ADMIN));
        as(holder).get("/api/organizations/" + org).then().statusCode(200)
                .body("legalRepresentative", equalTo(holder));
        as(claimant).get("/api/organizations/" + org).then().statusCode(404);
    }
}
