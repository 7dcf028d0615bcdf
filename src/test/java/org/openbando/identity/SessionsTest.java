package org.openbando.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;

/**
 * A session ends on the server: a copy of the login cookie, captured through the login form as a browser gets it,
 * stops working after a logout, a new password or disabling the user, and after the absolute lifetime.
 */
@QuarkusTest
class SessionsTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;
    @ConfigProperty(name = "openbando.session.lifetime")
    Duration lifetime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void logoutEndsACopiedCookie() {
        String user = fixtures.applicant("session-logout");
        String copy = login(user, TestFixtures.PASSWORD);
        String browser = login(user, TestFixtures.PASSWORD);
        assertThat(page(copy).statusCode()).isEqualTo(200);
        form(browser, Map.of(), "/logout").then().statusCode(303);
        Response refused = page(copy);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/login");
        assertThat(refused.detailedCookie(cookieName).getMaxAge()).as("the browser is told to drop it").isZero();
        assertThat(page(login(user, TestFixtures.PASSWORD)).statusCode()).as("a new login works").isEqualTo(200);
    }

    @Test
    void aNewPasswordEndsEverySessionAndOnlyTheNewPasswordWorks() {
        String user = fixtures.applicant("session-password");
        String cookie = login(user, TestFixtures.PASSWORD);
        as(user).body(Map.of("currentPassword", "not-the-password", "newPassword", "another-long-password"))
                .post("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        as(user).body(Map.of("currentPassword", TestFixtures.PASSWORD, "newPassword", user))
                .post("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        assertThat(page(cookie).statusCode()).as("refused changes end nothing").isEqualTo(200);

        as(user).body(Map.of("currentPassword", TestFixtures.PASSWORD, "newPassword", "another-long-password"))
                .post("/api/me/password").then().statusCode(204);
        assertThat(page(cookie).statusCode()).isEqualTo(302);
        anonymous().auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then().statusCode(401);
        anonymous().auth().preemptive().basic(user, "another-long-password").get("/api/me").then().statusCode(200);
    }

    @Test
    void thePasswordPageChangesThePasswordAndEndsTheSession() {
        String user = fixtures.applicant("session-password-page");
        String cookie = login(user, TestFixtures.PASSWORD);
        form(cookie, Map.of("currentPassword", TestFixtures.PASSWORD, "newPassword", "short",
                "confirmation", "short")).then().statusCode(400)
                .body(containsString("data-field=\"newPassword\""));
        form(cookie, Map.of("currentPassword", TestFixtures.PASSWORD, "newPassword", "a-page-password-1",
                "confirmation", "a-page-password-2")).then().statusCode(400)
                .body(containsString("data-field=\"confirmation\""));
        form(cookie, Map.of("currentPassword", TestFixtures.PASSWORD, "newPassword", "a-page-password-1",
                "confirmation", "a-page-password-1")).then().statusCode(200)
                .body(containsString("id=\"password-changed\""));
        assertThat(page(cookie).statusCode()).isEqualTo(302);
        assertThat(page(login(user, "a-page-password-1")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledUserLosesItsSessionsAndCannotLogInUntilEnabled() {
        String user = fixtures.applicant("session-disabled");
        String cookie = login(user, TestFixtures.PASSWORD);
        long id = as(TestFixtures.ADMIN).get("/api/users").then().extract().jsonPath()
                .getLong("find { it.username == '" + user + "' }.id");

        as(TestFixtures.ADMIN).body(Map.of()).post("/api/users/" + id + "/disable").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(TestFixtures.ADMIN).body(Map.of("reason", "credentials shared with a consultant"))
                .post("/api/users/" + id + "/disable").then().statusCode(200)
                .body("disabledAt", not(equalTo(null)));
        assertThat(page(cookie).statusCode()).isEqualTo(302);
        anonymous().auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then().statusCode(401);
        loginForm(user, TestFixtures.PASSWORD).then().statusCode(302).header("Location", containsString("error"));

        as(TestFixtures.ADMIN).body(Map.of("reason", "new credentials issued"))
                .post("/api/users/" + id + "/enable").then().statusCode(200).body("disabledAt", equalTo(null));
        anonymous().auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then().statusCode(200);
        assertThat(page(cookie).statusCode()).as("an ended session stays ended").isEqualTo(302);
    }

    @Test
    void anAdministratorDoesNotDisableThemself() {
        long id = as(TestFixtures.ADMIN).get("/api/users").then().extract().jsonPath()
                .getLong("find { it.username == '" + TestFixtures.ADMIN + "' }.id");
        as(TestFixtures.ADMIN).body(Map.of("reason", "by mistake")).post("/api/users/" + id + "/disable").then()
                .statusCode(409).body("type", endsWith("/cannot-disable-self"));
    }

    @Test
    void theAdministratorsPageDisablesAUser() {
        String user = fixtures.applicant("session-disabled-page");
        long id = as(TestFixtures.ADMIN).get("/api/users").then().extract().jsonPath()
                .getLong("find { it.username == '" + user + "' }.id");
        String admin = login(TestFixtures.ADMIN, TestFixtures.PASSWORD);
        browser(admin).get("/admin/users").then().statusCode(200)
                .body(containsString("id=\"user-" + id + "\""));
        form(admin, Map.of("reason", "left the company"), "/admin/users/" + id + "/disable").then().statusCode(303);
        as(TestFixtures.ADMIN).get("/api/users/" + id).then().body("disabledAt", not(equalTo(null)));
    }

    @Test
    void aSessionEndsAfterItsLifetimeWhateverTheActivity() {
        String user = fixtures.applicant("session-lifetime");
        String cookie = login(user, TestFixtures.PASSWORD);
        clock.moveTo(clock.instant().plus(lifetime).minusSeconds(60));
        assertThat(page(cookie).statusCode()).isEqualTo(200);
        clock.moveTo(clock.instant().plusSeconds(120));
        assertThat(page(cookie).statusCode()).isEqualTo(302);
    }

    private String login(String user, String password) {
        return loginForm(user, password).then().statusCode(302).header("Location", not(containsString("error")))
                .extract().cookie(cookieName);
    }

    /** The login form posted by a browser, with the form token in its address and its cookie. */
    private static Response loginForm(String user, String password) {
        Api.FormToken token = Api.formToken();
        return given().redirects().follow(false).cookie(token.cookieName(), token.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", password).post("/j_security_check?" + token.field() + "=" + token.value());
    }

    /** A browser with the session cookie and the form token's cookie. */
    private RequestSpecification browser(String cookie) {
        Api.FormToken token = Api.formToken();
        return given().redirects().follow(false).cookie(token.cookieName(), token.cookie()).cookie(cookieName, cookie);
    }

    /** A page only a logged-in user sees: 200 with a live session, 302 to the login form otherwise. */
    private Response page(String cookie) {
        return browser(cookie).get("/account/password");
    }

    private Response form(String cookie, Map<String, String> values) {
        return form(cookie, values, "/account/password");
    }

    private Response form(String cookie, Map<String, String> values, String path) {
        return browser(cookie).contentType("application/x-www-form-urlencoded")
                .formParam(Api.formToken().field(), Api.formToken().value()).formParams(values).post(path);
    }
}
