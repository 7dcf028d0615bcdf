package org.openbando.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;

/** Every error is RFC 9457 problem+json with its own status; none of them leaks a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

    @jakarta.inject.Inject
    TestFixtures fixtures;

    @Test
    void unknownIdIsANotFoundProblem() {
        anonymous().get("/api/calls/987654").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("987654"))
                .body("instance", equalTo("/api/calls/987654"));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        anonymous().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        anonymous().delete("/api/clusters").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aBrowserAskingForAMissingPageGetsAnHtmlPage() {
        given().accept("text/html,application/xhtml+xml").get("/calls/987654").then().statusCode(404)
                .contentType("text/html").body(containsString("id=\"error-title\">Not found"))
                .body(containsString("987654"));
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/api/calls/987654").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void nonNumericIdIsNotAServerError() {
        anonymous().get("/api/calls/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        as(TestFixtures.OFFICER).body("{ this is not json").post("/api/calls").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/malformed-json"))
                .body("detail", not(containsString("at org.")));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        as(fixtures.applicant("enum-typo")).body("{\"type\": \"SPACESHIP\", \"name\": \"X\", \"vatNumber\": \"00743110157\"}")
                .post("/api/organizations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("ENTERPRISE"));
    }

    @Test
    void anEmptyBodyIsABadRequestNotAServerError() {
        as(TestFixtures.OFFICER).post("/api/calls").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", equalTo("a JSON body is required"));
        as(fixtures.applicant("empty-body")).post("/api/organizations").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestFixtures.ADMIN).post("/api/users").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLanguageSwitchOnlyGoesBackToPagesOfThisSite() {
        for (String back : new String[] {"//evil.example", "/\\evil.example", "https://evil.example", "/%0d"}) {
            given().redirects().follow(false).queryParam("back", back).get("/lang/en").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
        }
        given().redirects().follow(false).queryParam("back", "/calls/1").get("/lang/en").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/calls/1"))
                .cookie("lang", "en");
    }

    @Test
    void wrongMediaTypeIsAnUnsupportedMediaTypeProblem() {
        as(TestFixtures.OFFICER).contentType("text/plain").body("hello").post("/api/calls").then()
                .statusCode(415).contentType("application/problem+json");
    }
}
