package org.openbando.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Pdfs;
import org.openbando.TestFixtures;

/**
 * The front door of the pages and the API (docs/adr/0005, "Cross-site requests"; README, "Behind a TLS proxy"): form
 * tokens, requests of other sites, the login and logout forms, one authentication mechanism per path, and the security
 * headers.
 */
@QuarkusTest
class FrontDoorTest {

    static final String FOREIGN = "https://evil.example";

    @Inject
    TestFixtures fixtures;

    @Test
    void aPageFormWithoutItsTokenIsRefusedAndNothingHappens() {
        Draft d = submittedDraft("front-withdraw", 8100);
        // the applicant's own browser, but the form carries no token (a page of another site cannot read it)
        Api.page(d.lead()).contentType("application/x-www-form-urlencoded").post(withdraw(d)).then()
                .statusCode(400).contentType("text/html").body(containsString("id=\"error-title\">Form expired"));
        Api.page(d.lead()).accept("*/*").contentType("application/x-www-form-urlencoded")
                .formParam(Api.formToken().field(), "AAAAAAAAAAAAAAAAAAAAAA").post(withdraw(d)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/form-token"));
        // a token whose cookie is missing (another site can make a browser send a field, not the cookie)
        given().cookie(Api.sessionCookie(), Api.session(d.lead())).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam(Api.formToken().field(), Api.formToken().value()).post(withdraw(d)).then().statusCode(400);
        // a script's POST without a form would skip the token check: a page takes forms only
        Api.page(d.lead()).contentType("text/plain").body(Api.formToken().field() + "=" + Api.formToken().value())
                .post(withdraw(d)).then().statusCode(415);
        // an upload through the API is a form too: without the token's header (another site's form cannot send one)
        given().auth().preemptive().basic(d.lead(), TestFixtures.PASSWORD).multiPart("kind", "OTHER")
                .multiPart("file", "forged.pdf", Pdfs.onePage("Forged"), "application/pdf")
                .post("/api/proposals/" + d.id() + "/attachments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/form-token"));
        as(d.lead()).get("/api/proposals/" + d.id()).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        Api.form(d.lead()).post(withdraw(d)).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aStateChangingRequestOfAnotherSiteIsRefusedEvenWithAValidToken() {
        Draft d = submittedDraft("front-cross", 8103);
        // a sibling subdomain is "same-site" for the strict cookie, but not this site's origin
        for (Map<String, String> headers : java.util.List.of(Map.of("Origin", FOREIGN),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "null"))) {
            Api.form(d.lead()).headers(headers).post(withdraw(d)).then().statusCode(403).contentType("text/html")
                    .body(containsString("Cross-site request refused"));
        }
        as(d.lead()).get("/api/proposals/" + d.id()).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // a form of another site posting an upload to the API with Basic credentials the browser kept
        given().auth().preemptive().basic(d.lead(), TestFixtures.PASSWORD).header("Origin", FOREIGN)
                .header("Sec-Fetch-Site", "cross-site").multiPart("kind", "OTHER")
                .multiPart("file", "forged.pdf", Pdfs.onePage("Forged"), "application/pdf")
                .post("/api/proposals/" + d.id() + "/attachments").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/cross-site-request"));
        // the site's own pages pass: same origin, or a request a person started (a bookmark, the address bar)
        String host = "http://localhost:" + io.restassured.RestAssured.port;
        Api.form(d.lead()).header("Origin", host).header("Sec-Fetch-Site", "same-origin").post(withdraw(d)).then()
                .statusCode(303);
    }

    @Test
    void theLoginFormNeedsItsTokenAndThisSitesOrigin() {
        String user = fixtures.applicant("front-login");
        Api.FormToken token = Api.formToken();
        // another site's form: no token cookie, no token
        RequestSpecification login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", TestFixtures.PASSWORD);
        refused(login.post("/j_security_check"));
        refused(given().redirects().follow(false).cookie(token.cookieName(), token.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", TestFixtures.PASSWORD).post("/j_security_check?" + token.field() + "="
                        + "AAAAAAAAAAAAAAAAAAAAAA"));
        refused(given().redirects().follow(false).cookie(token.cookieName(), token.cookie()).header("Origin", FOREIGN)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", TestFixtures.PASSWORD)
                .post("/j_security_check?" + token.field() + "=" + token.value()));
        given().get("/login?refused=true").then().statusCode(200).body(containsString("id=\"login-refused\""));

        assertThat(Api.login(user)).isNotBlank();
    }

    /** Back to the login page, told why, and not logged in. */
    private static void refused(Response response) {
        response.then().statusCode(302).header("Location", endsWith("/login?refused=true"));
        assertThat(response.getCookie(Api.sessionCookie())).isNull();
    }

    @Test
    void logoutIsAPostThatEndsTheSessionInTheBrowserAndOnTheServer() {
        String user = fixtures.applicant("front-logout");
        String session = Api.login(user);
        // a link or an image of another page cannot log anybody out
        given().redirects().follow(false).cookie(Api.sessionCookie(), session).accept(Api.BROWSER_ACCEPT)
                .get("/logout").then().statusCode(405).header("Set-Cookie", nullValue());
        Response out = given().redirects().follow(false).cookie(Api.sessionCookie(), session)
                .cookie(Api.formToken().cookieName(), Api.formToken().cookie())
                .contentType("application/x-www-form-urlencoded")
                .formParam(Api.formToken().field(), Api.formToken().value()).post("/logout");
        out.then().statusCode(303).header("Location", endsWith("/"));
        assertThat(out.detailedCookie(Api.sessionCookie()).getMaxAge()).isZero();
        assertThat(out.detailedCookie(Api.sessionCookie()).getValue()).isEmpty();
        // and on the server: a copy of the cookie no longer opens a page
        given().redirects().follow(false).cookie(Api.sessionCookie(), session).get("/proposals").then()
                .statusCode(302).header("Location", endsWith("/login"));
        // the header shows the logout form, with its token
        given().cookie(Api.sessionCookie(), Api.login(user)).get("/").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/logout\""))
                .body(containsString("name=\"" + Api.formToken().field() + "\""));
    }

    @Test
    void pagesTakeOnlyTheLoginFormAndTheApiOnlyBasic() {
        String user = fixtures.applicant("front-mechanisms");
        given().auth().preemptive().basic(user, TestFixtures.PASSWORD).redirects().follow(false)
                .get("/proposals").then().statusCode(302).header("Location", endsWith("/login"));
        // a public page does not sign anybody in with Basic either
        given().auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/").then().statusCode(200)
                .body(not(containsString("id=\"signed-in-as\"")));
        as(user).get("/api/me").then().statusCode(200).body("username", equalTo(user));
        // the session cookie is no key to the API
        given().cookie(Api.sessionCookie(), Api.session(user)).accept("application/json").get("/api/me").then()
                .statusCode(401);
    }

    @Test
    void anApiRefusalAsksABrowserForNoPassword() {
        given().accept("application/json").get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"OpenBando\"");
        // a browser would ask for a password and then send it with every request to /api/, forms of other sites too
        given().accept(Api.BROWSER_ACCEPT).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", nullValue());
        given().accept("*/*").header("Sec-Fetch-Mode", "no-cors").get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", nullValue());
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndPersonalPagesAreNotStored() {
        String user = fixtures.applicant("front-headers");
        for (Response response : java.util.List.of(given().get("/"), given().get("/login"),
                Api.page(user).get("/proposals"), given().redirects().follow(false).get("/proposals"),
                as(user).get("/api/me"))) {
            response.then().header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin").header("Cache-Control", "no-store")
                    // plain http from no trusted proxy: no HSTS, whatever a forwarded header claims
                    .header("Strict-Transport-Security", nullValue());
        }
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        // the pages' scripts are files of this site (the policy allows no inline script), cacheable
        given().get("/").then().body(containsString("<script src=\"/js/fonts-path.js\"></script>"))
                .body(not(containsString("<script>")));
        given().get("/js/fonts-path.js").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")))
                .body(containsString("__PUBLIC_PATH__"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Draft(long id, String lead) {
    }

    private static String withdraw(Draft d) {
        return "/proposals/" + d.id() + "/withdraw";
    }

    /** A complete proposal of a new lead, submitted through the API to an open call. */
    private Draft submittedDraft(String name, int seed) {
        String lead = fixtures.applicant(name);
        as(lead).body(Api.member(Api.enterprise("Porta " + name, Api.vat(seed), "9", "900000", "800000")))
                .post("/api/organizations").then().statusCode(201);
        long partner = as(fixtures.applicant(name + "-partner")).body(Api.enterprise("Partner " + name,
                Api.vat(seed + 1), "20", "3000000", "2000000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant(name + "-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab " + name, "vatNumber", Api.vat(seed + 2))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call(name.toUpperCase(), -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);
        as(lead).header("Idempotency-Key", name).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        return new Draft(id, lead);
    }
}
