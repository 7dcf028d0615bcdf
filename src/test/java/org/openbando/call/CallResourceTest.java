package org.openbando.call;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;

@QuarkusTest
class CallResourceTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void officerCreatesADraftWithTheDefaultRulesOfTheDomain() {
        as(TestFixtures.OFFICER).body(Api.call("CALL-DEFAULTS", 1, 30)).post("/api/calls").then()
                .statusCode(201)
                .header("Location", containsString("/api/calls/"))
                .body("status", equalTo("DRAFT"))
                .body("lines.line", equalTo(List.of("A", "B")))
                .body("lines[0].budget", equalTo(35000000.00f))
                .body("totalBudget", equalTo(50000000.00f))
                .body("rules.minStartTrl", equalTo(4))
                .body("rules.minTargetTrl", equalTo(7))
                .body("rules.maxTargetTrl", equalTo(8))
                .body("rules.researchMustPrevail", equalTo(true))
                .body("rules.evaluatorsPerProposal", equalTo(3))
                .body("rules.evaluationThreshold", equalTo(60))
                .body("rules.completionTermDays", equalTo(10))
                .body("rules.noticeBeforeRejection", equalTo(true))
                .body("rules.observationsTermDays", equalTo(10))
                .body("rules.clusterJoiningTermDays", equalTo(60))
                .body("rules.aidIntensityCap", nullValue())
                .body("criteria", hasSize(5))
                .body("criteria.maxScore.sum()", equalTo(100))
                .body("clusters.code", equalTo(List.of("GREENTECH", "MECH")))
                .body("thematicAreas.code", hasItem("MECH-ROBOTICS"))
                .body("aidIntensities", hasSize(24))
                .body("aidIntensities.find { it.category == 'INDUSTRIAL_RESEARCH' && it.size == 'SMALL' && it.collaboration }.maxIntensity",
                        equalTo(80.00f));
    }

    @Test
    void callCapLowersTheGberIntensities() {
        Map<String, Object> body = Api.call("CALL-CAPPED", 1, 30);
        body.put("rules", Map.of("aidIntensityCap", 60));
        as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .body("rules.aidIntensityCap", equalTo(60))
                .body("aidIntensities.maxIntensity.max()", equalTo(60.00f))
                .body("aidIntensities.find { it.category == 'EXPERIMENTAL_DEVELOPMENT' && it.size == 'SMALL' && !it.collaboration }.maxIntensity",
                        equalTo(45.00f));
    }

    @Test
    void rejectsInconsistentRulesNamingEveryField() {
        Map<String, Object> body = Api.call("CALL-BAD", 10, 5);
        body.put("rules", Map.of("minStartTrl", 4, "minTargetTrl", 3, "maxTargetTrl", 9));
        body.put("criteria", List.of(Map.of("code", "INNOVATIVENESS", "name", "Innovativeness", "maxScore", 50),
                Map.of("code", "IMPACT", "name", "Impact", "maxScore", 30)));
        body.put("thematicAreaCodes", List.of("AGRIFOOD-TRACE"));
        as(TestFixtures.OFFICER).body(body).post("/api/calls").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/validation"))
                .body("errors.field", hasItem("deadlineAt"))
                .body("errors.field", hasItem("rules.minTargetTrl"))
                .body("errors.field", hasItem("rules.maxTargetTrl"))
                .body("errors.field", hasItem("criteria"))
                .body("errors.field", hasItem("thematicAreaCodes[0]"))
                .body("errors.find { it.field == 'criteria' }.message", containsString("sum to 100"));
        anonymous().get("/api/calls").then().body("code", not(hasItem("CALL-BAD")));
        as(TestFixtures.OFFICER).get("/api/calls").then().body("code", not(hasItem("CALL-BAD")));
    }

    @Test
    void rejectsMissingAndMalformedFieldsAsProblems() {
        as(TestFixtures.OFFICER).body(Map.of("title", "No code")).post("/api/calls").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("deadlineAt"))
                .body("errors.field", hasItem("clusterCodes"));
        Map<String, Object> body = Api.call("CALL-TYPO", 1, 30);
        body.put("budgetLineA", "a lot");
        as(TestFixtures.OFFICER).body(body).post("/api/calls").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("budgetLineA"));
        as(TestFixtures.OFFICER).body("{\"code\": ").post("/api/calls").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/malformed-json"));
    }

    @Test
    void draftsAreHiddenFromThePublicUntilPublished() {
        long id = as(TestFixtures.OFFICER).body(Api.call("CALL-HIDDEN", 1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        anonymous().get("/api/calls/" + id).then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/calls").then().statusCode(200).body("code", not(hasItem("CALL-HIDDEN")));
        as(TestFixtures.AUDITOR).get("/api/calls/" + id).then().statusCode(200);

        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        anonymous().get("/api/calls/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        anonymous().get("/api/calls").then().body("code", hasItem("CALL-HIDDEN"));
    }

    @Test
    void onlyADraftCanBeEditedAndOnlyFromTheCurrentVersion() {
        Map<String, Object> body = Api.call("CALL-EDIT", 1, 30);
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body.put("title", "Edited title");
        body.put("version", 0);
        int edited = as(TestFixtures.OFFICER).body(body).put("/api/calls/" + id).then().statusCode(200)
                .body("title", equalTo("Edited title")).extract().jsonPath().getInt("version");

        body.put("title", "Lost update"); // still version 0: someone else's edit came first
        as(TestFixtures.OFFICER).body(body).put("/api/calls/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/stale-version"));
        anonymous().get("/api/calls/" + id).then().statusCode(404);
        as(TestFixtures.AUDITOR).get("/api/calls/" + id).then().body("title", equalTo("Edited title"));

        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish?version=" + edited).then().statusCode(200);
        body.put("version", edited + 1);
        as(TestFixtures.OFFICER).body(body).put("/api/calls/" + id).then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/call-not-draft"));
    }

    @Test
    void aCallWhoseDeadlineHasPassedCannotBePublished() {
        Map<String, Object> body = Api.call("CALL-LATE", 1, 3);
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        clock.moveTo(java.time.OffsetDateTime.parse((String) body.get("deadlineAt")).toInstant());
        try {
            as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(400)
                    .body("errors[0].field", equalTo("deadlineAt"));
        } finally {
            clock.reset();
        }
        as(TestFixtures.OFFICER).get("/api/calls/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void callCodesAreUnique() {
        as(TestFixtures.OFFICER).body(Api.call("CALL-TWICE", 1, 30)).post("/api/calls").then().statusCode(201);
        as(TestFixtures.OFFICER).body(Api.call("CALL-TWICE", 1, 30)).post("/api/calls").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/call-code-taken"));
    }

    @Test
    void onlyOfficersWriteCalls() {
        String applicant = "call-applicant";
        fixtures.applicant(applicant);
        as(applicant).body(Api.call("CALL-APPLICANT", 1, 30)).post("/api/calls").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestFixtures.AUDITOR).body(Api.call("CALL-AUDITOR", 1, 30)).post("/api/calls").then().statusCode(403);
        anonymous().body(Api.call("CALL-ANON", 1, 30)).post("/api/calls").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void clustersArePublic() {
        anonymous().get("/api/clusters").then().statusCode(200)
                .body("code", equalTo(List.of("AGRIFOOD", "GREENTECH", "MECH")))
                .body("find { it.code == 'MECH' }.thematicAreas.code", equalTo(List.of("MECH-ADDITIVE", "MECH-ROBOTICS")));
    }
}
