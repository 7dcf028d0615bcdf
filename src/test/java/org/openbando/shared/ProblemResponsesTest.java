package org.openbando.shared;

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
        as("nobody").auth().preemptive().basic(TestFixtures.ADMIN, TestFixtures.PASSWORD)
                .body("{\"type\": \"SPACESHIP\", \"name\": \"X\", \"vatNumber\": \"00743110157\"}")
                .post("/api/organizations").then()
                .statusCode(403);
    }

    @Test
    void wrongMediaTypeIsAnUnsupportedMediaTypeProblem() {
        as(TestFixtures.OFFICER).contentType("text/plain").body("hello").post("/api/calls").then()
                .statusCode(415).contentType("application/problem+json");
    }
}
