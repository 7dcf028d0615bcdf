package org.openbando.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

@QuarkusTest
class ExpertProfilesTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void officersManageProfilesAndExpertsReadTheirOwn() {
        String expert = Experts.user("xp-ada");
        as(TestFixtures.OFFICER).get("/api/experts/" + expert).then().statusCode(200).body("profiled", is(false));

        Map<String, Object> profile = Experts.profile(" IT " + Api.vat(30900), List.of("MECH", "MECH"),
                List.of("GREENTECH-STORAGE"));
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + expert).then().statusCode(200)
                .body("profiled", is(true)).body("affiliationVat", equalTo(Api.vat(30900)))
                .body("clusterCodes", contains("MECH")).body("version", is(0))
                .body("maxProposalsPerCall", is(10)).body("active", is(true));

        as(expert).get("/api/experts/me").then().statusCode(200).body("affiliationName",
                equalTo("Università di prova"));
        as(expert).get("/api/experts/" + expert).then().statusCode(200);
        as(TestFixtures.AUDITOR).get("/api/experts").then().statusCode(200).body("username", hasItem(expert));

        // a change needs the version read: an outdated one is refused
        profile.put("maxProposalsPerCall", 3);
        as(TestFixtures.ADMIN).body(profile).put("/api/experts/" + expert).then().statusCode(409)
                .contentType("application/problem+json");
        profile.put("version", 0);
        as(TestFixtures.ADMIN).body(profile).put("/api/experts/" + expert).then().statusCode(200)
                .body("maxProposalsPerCall", is(3)).body("version", is(1)).body("updatedBy", equalTo("root"));
    }

    @Test
    void nobodyElseReadsOrWritesAProfile() {
        String expert = Experts.expert("xp-bea", null);
        String other = Experts.expert("xp-carlo", null);
        as(other).get("/api/experts/" + expert).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/api/experts").then().statusCode(403);
        as(other).body(Experts.profile(null, List.of(), List.of())).put("/api/experts/" + other).then()
                .statusCode(403);
        as(TestFixtures.AUDITOR).body(Experts.profile(null, List.of(), List.of())).put("/api/experts/" + expert)
                .then().statusCode(403);
        String applicant = fixtures.applicant("xp-applicant");
        as(applicant).get("/api/experts/" + expert).then().statusCode(403);
    }

    @Test
    void onlyAnEvaluatorWhoIsNoOfficerHasAProfile() {
        as(TestFixtures.OFFICER).body(Experts.profile(null, List.of(), List.of())).put("/api/experts/"
                + TestFixtures.AUDITOR).then().statusCode(404).contentType("application/problem+json");
        as(TestFixtures.ADMIN).body(Map.of("username", "xp-officer-expert", "password", TestFixtures.PASSWORD,
                "displayName", "Both", "roles", List.of("EVALUATOR", "OFFICER"), "locale", "it")).post("/api/users")
                .then().statusCode(201);
        as(TestFixtures.OFFICER).body(Experts.profile(null, List.of(), List.of())).put("/api/experts/"
                + "xp-officer-expert").then().statusCode(409).body("type", equalTo(
                        "https://openbando.org/problems/officer-not-expert"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String expert = Experts.user("xp-dino");
        Map<String, Object> profile = Experts.profile("12345678901", List.of("NOPE"), List.of("MECH-ROBOTICS",
                "NOWHERE"));
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + expert).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("affiliationVat", "clusterCodes[0]", "areaCodes[1]"));

        profile = Experts.profile(null, List.of(), List.of());
        profile.put("languages", List.of("xx"));
        profile.put("maxProposalsPerCall", 51);
        profile.put("affiliationName", "x".repeat(301));
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + expert).then().statusCode(400)
                .body("errors.field", hasItems("affiliationName", "maxProposalsPerCall"))
                .body("errors.field", hasItem(startsWith("languages")));

        as(TestFixtures.OFFICER).body(Map.of()).put("/api/experts/" + expert).then().statusCode(400)
                .contentType("application/problem+json");
        as(TestFixtures.OFFICER).get("/api/experts/" + expert).then().statusCode(200).body("profiled", is(false));
    }
}
