package org.openbando;

import static io.restassured.RestAssured.given;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call which endpoint, for every endpoint that exists and every kind of caller. Writes send an empty body:
 * a caller who passes authorization gets 400 (the body is invalid) and nothing is written; one who does not gets
 * 401, 403, or 404 where the object is not visible to it.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final String OWNER = "matrix-owner";
    static final String STRANGER = "matrix-stranger";
    static final String NEWCOMER = "matrix-newcomer";
    static final List<String> CALLERS = List.of(ANONYMOUS, OWNER, STRANGER, NEWCOMER, TestFixtures.EVALUATOR,
            TestFixtures.OFFICER, TestFixtures.AUDITOR, TestFixtures.ADMIN);

    @Inject
    TestFixtures fixtures;

    record Case(String method, String path, Map<String, Integer> expected, String successType) {

        Case(String method, String path, Map<String, Integer> expected) {
            this(method, path, expected, "application/json");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsItShould() {
        fixtures.applicant(OWNER);
        fixtures.applicant(STRANGER);
        fixtures.applicant(NEWCOMER);
        long ownOrganization = as(OWNER).body(Api.enterprise("Matrice S.r.l.", Api.vat(501), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        as(STRANGER).body(Api.enterprise("Estranea S.r.l.", Api.vat(502), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201);
        long draft = as(TestFixtures.OFFICER).body(Api.call("MATRIX-DRAFT", 1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long published = as(TestFixtures.OFFICER).body(Api.call("MATRIX-PUBLISHED", 1, 30)).post("/api/calls")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + published + "/publish").then().statusCode(200);
        long proposal = as(OWNER).body(java.util.Map.of("callId", published, "line", "A")).post("/api/proposals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long attachment = Pdfs.upload(OWNER, proposal, "OTHER", "matrix.pdf", Pdfs.onePage("Matrix")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String attachments = "/api/proposals/" + proposal + "/attachments";

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GET", "/api/me", all(200, ANONYMOUS, 401)));
        cases.add(new Case("GET", "/api/users", all(403, ANONYMOUS, 401, TestFixtures.AUDITOR, 200, TestFixtures.ADMIN, 200)));
        cases.add(new Case("POST", "/api/users", all(403, ANONYMOUS, 401, TestFixtures.ADMIN, 400)));
        cases.add(new Case("GET", "/api/clusters", all(200)));
        cases.add(new Case("GET", "/api/calls", all(200)));
        cases.add(new Case("POST", "/api/calls", all(403, ANONYMOUS, 401, TestFixtures.OFFICER, 400)));
        cases.add(new Case("GET", "/api/calls/" + draft, all(404, TestFixtures.OFFICER, 200, TestFixtures.AUDITOR, 200,
                TestFixtures.ADMIN, 200)));
        cases.add(new Case("GET", "/api/calls/" + published, all(200)));
        cases.add(new Case("PUT", "/api/calls/" + draft, all(403, ANONYMOUS, 401, TestFixtures.OFFICER, 400)));
        cases.add(new Case("POST", "/api/calls/" + published + "/publish",
                all(403, ANONYMOUS, 401, TestFixtures.OFFICER, 409)));
        cases.add(new Case("GET", "/api/organizations", all(200, ANONYMOUS, 401)));
        cases.add(new Case("POST", "/api/organizations", all(403, ANONYMOUS, 401, OWNER, 409, STRANGER, 409,
                NEWCOMER, 400)));
        cases.add(new Case("GET", "/api/organizations/" + ownOrganization, all(200, ANONYMOUS, 401, STRANGER, 404,
                NEWCOMER, 404, TestFixtures.EVALUATOR, 404)));
        cases.add(new Case("PUT", "/api/organizations/" + ownOrganization, all(403, ANONYMOUS, 401, OWNER, 400,
                STRANGER, 404, NEWCOMER, 404)));

        cases.add(new Case("GET", "/api/proposals", all(200, ANONYMOUS, 401)));
        cases.add(new Case("POST", "/api/proposals", all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 400,
                NEWCOMER, 400)));
        cases.add(new Case("GET", "/api/proposals/" + proposal, all(200, ANONYMOUS, 401, STRANGER, 404,
                NEWCOMER, 404, TestFixtures.EVALUATOR, 404)));
        cases.add(new Case("GET", "/api/proposals/" + proposal + "/validation", all(200, ANONYMOUS, 401,
                STRANGER, 404, NEWCOMER, 404, TestFixtures.EVALUATOR, 404)));
        cases.add(new Case("PUT", "/api/proposals/" + proposal, all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 404,
                NEWCOMER, 404)));
        // the owner's draft is empty: submitting it is refused for what blocks it, withdrawing for lack of a submission
        cases.add(new Case("POST", "/api/proposals/" + proposal + "/submit", all(403, ANONYMOUS, 401, OWNER, 422,
                STRANGER, 404, NEWCOMER, 404)));
        cases.add(new Case("POST", "/api/proposals/" + proposal + "/withdraw", all(403, ANONYMOUS, 401, OWNER, 409,
                STRANGER, 404, NEWCOMER, 404)));
        cases.add(new Case("GET", "/api/proposals/queue", all(403, ANONYMOUS, 401, TestFixtures.OFFICER, 200,
                TestFixtures.AUDITOR, 200)));
        for (String read : List.of("/eligibility", "/admissibility", "/timeline")) {
            cases.add(new Case("GET", "/api/proposals/" + proposal + read, all(200, ANONYMOUS, 401,
                    STRANGER, 404, NEWCOMER, 404, TestFixtures.EVALUATOR, 404)));
        }
        cases.add(new Case("POST", "/api/proposals/" + proposal + "/admissibility", all(403, ANONYMOUS, 401,
                TestFixtures.OFFICER, 400)));
        for (String answer : List.of("/completion", "/observations")) {
            cases.add(new Case("POST", "/api/proposals/" + proposal + answer, all(403, ANONYMOUS, 401, OWNER, 400,
                    STRANGER, 404, NEWCOMER, 404)));
        }

        cases.add(new Case("GET", attachments, all(200, ANONYMOUS, 401, STRANGER, 404, NEWCOMER, 404,
                TestFixtures.EVALUATOR, 404)));
        cases.add(new Case("GET", attachments + "/" + attachment, all(200, ANONYMOUS, 401, STRANGER, 404,
                NEWCOMER, 404, TestFixtures.EVALUATOR, 404), "application/pdf"));
        // the upload is sent as multipart with a kind and no file: who passes authorization gets 400 (file missing)
        cases.add(new Case("POST", attachments, all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 404, NEWCOMER, 404)));
        // last: the owner really deletes the attachment; who comes after it is refused before looking for it
        cases.add(new Case("DELETE", attachments + "/" + attachment, all(403, ANONYMOUS, 401, OWNER, 204,
                STRANGER, 404, NEWCOMER, 404), null));

        return cases.stream().flatMap(c -> CALLERS.stream().map(caller -> DynamicTest.dynamicTest(
                c.method() + " " + c.path() + " as " + caller + " -> " + c.expected().get(caller),
                () -> check(request(caller, c).request(c.method(), c.path()).then()
                        .statusCode(c.expected().get(caller)), c.expected().get(caller), c.successType()))));
    }

    private static void check(io.restassured.response.ValidatableResponse response, int status, String successType) {
        if (status >= 400) {
            response.contentType("application/problem+json");
        } else if (successType != null) {
            response.contentType(successType);
        } else {
            response.body(org.hamcrest.Matchers.emptyString());
        }
    }

    @Test
    void pagesOfTheApplicantNeedALogin() {
        for (String page : List.of("/organization", "/proposals", "/officer/calls")) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        }
        given().get("/").then().statusCode(200).contentType(ContentType.HTML);
        given().get("/login").then().statusCode(200).contentType(ContentType.HTML);
    }

    private static RequestSpecification request(String caller, Case c) {
        RequestSpecification spec = caller.equals(ANONYMOUS) ? Api.anonymous() : as(caller);
        if (c.method().equals("POST") && c.path().endsWith("/attachments")) {
            return spec.contentType("multipart/form-data").multiPart("kind", "OTHER");
        }
        return c.method().equals("GET") || c.method().equals("DELETE") ? spec : spec.body("{}");
    }

    /** The default status for every caller, with the exceptions given as caller, status pairs. */
    private static Map<String, Integer> all(int status, Object... exceptions) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        CALLERS.forEach(caller -> expected.put(caller, status));
        for (int i = 0; i < exceptions.length; i += 2) {
            expected.put((String) exceptions[i], (Integer) exceptions[i + 1]);
        }
        return expected;
    }
}
