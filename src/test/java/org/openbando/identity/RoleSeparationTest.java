package org.openbando.identity;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/** One person never decides on their own proposal, whatever roles they were given (finding L6). */
@QuarkusTest
class RoleSeparationTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void anApplicantHasNoOtherRole() {
        for (String other : List.of(Role.OFFICER, Role.EVALUATOR, Role.AUDITOR, Role.ADMIN)) {
            as(TestFixtures.ADMIN).body(Map.of("username", "dual." + other.toLowerCase(), "password",
                    "a-long-password", "displayName", "Dual", "roles", List.of(Role.APPLICANT, other)))
                    .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        }
        as(TestFixtures.ADMIN).body(Map.of("username", "officer.auditor", "password", "a-long-password",
                "displayName", "Two hats", "roles", List.of(Role.OFFICER, Role.AUDITOR))).post("/api/users").then()
                .statusCode(201);
    }

    @Test
    void passwordsFollowTheRule() {
        as(TestFixtures.ADMIN).body(Map.of("username", "same.as.password", "password", "same.as.password",
                "displayName", "S", "roles", List.of(Role.OFFICER))).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        as(TestFixtures.ADMIN).body(Map.of("username", "multibyte", "password", "è".repeat(37),
                "displayName", "M", "roles", List.of(Role.OFFICER))).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void anOfficerLinkedToTheConsortiumDoesNotDecide() {
        String lead = fixtures.applicant("own-lead");
        long leadOrg = as(lead).body(Api.member(Api.enterprise("Propria S.r.l.", Api.vat(3717), "20", "3000000",
                "2000000"))).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long partner = as(fixtures.applicant("own-partner")).body(Api.enterprise("Partner Propria S.r.l.",
                Api.vat(3718), "20", "3000000", "2000000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("own-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab Propria",
                "vatNumber", Api.vat(3719))).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call("OWN-1", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long proposal = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200);

        // an officer created before roles were separated, who still acts for the partner enterprise
        as(TestFixtures.ADMIN).body(Map.of("username", "own.officer", "password", TestFixtures.PASSWORD,
                "displayName", "Own officer", "roles", List.of(Role.OFFICER))).post("/api/users").then()
                .statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> AppUser.findByUsername("own.officer").orElseThrow()
                .organizationId = partner);

        as("own.officer").body(Map.of("decision", "ADMIT")).post("/api/proposals/" + proposal + "/admissibility")
                .then().statusCode(403).body("type", endsWith("/own-proposal"));
        // any other officer passes this check (the proposal is not yet waiting for a decision: its process has not
        // started)
        as(TestFixtures.OFFICER).body(Map.of("decision", "ADMIT"))
                .post("/api/proposals/" + proposal + "/admissibility").then().statusCode(409);
    }
}
