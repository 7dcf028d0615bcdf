package org.openbando.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbando.TestClock;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * Failed logins are throttled per account and per client address, by the rule production uses: each test sends from
 * its own loopback address (127.0.0.x), so that its failures do not make the other tests' address wait. The delays
 * are made long (by moving the clock past each one) so that nothing depends on how fast the machine is.
 */
@QuarkusTest
class LoginThrottlingTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "openbando.login.free-failures-per-account")
    int freePerAccount;
    @ConfigProperty(name = "openbando.login.free-failures-per-address")
    int freePerAddress;
    @ConfigProperty(name = "openbando.login.max-delay")
    Duration maxDelay;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aUsernameThatNamesNoAccountIsCountedApartAndNotLogged() {
        double unknownBefore = failures("unknown-user");
        double badBefore = failures("bad-credentials");
        pastAnyDelay();
        from("127.0.0.19").auth().preemptive().basic("my-secret-password-typed-here", "x").get("/api/me").then()
                .statusCode(401);
        assertThat(failures("unknown-user") - unknownBefore).isEqualTo(1);
        assertThat(failures("bad-credentials") - badBefore).isZero();
    }

    @Test
    void anAccountThatFailsTooOftenWaitsWithGrowingDelaysThenLogsIn() {
        String user = fixtures.applicant("throttled-account");
        double failedBefore = failures("bad-credentials");
        double throttledBefore = failures("throttled");
        for (int i = 0; i < freePerAccount + 10; i++) {
            pastAnyDelay();
            from("127.0.0.11").auth().preemptive().basic(user, "wrong-password-" + i).get("/api/me").then()
                    .statusCode(401);
        }
        assertThat(failures("bad-credentials") - failedBefore).isEqualTo(freePerAccount + 10);

        // the tenth failure beyond the budget made the account wait 2^9 times the first delay: refused unchecked,
        // from any address, even with the right password
        Response refused = from("127.0.0.12").auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/too-many-login-failures"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 512L);
        from("127.0.0.11").auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then()
                .statusCode(429);
        assertThat(failures("throttled") - throttledBefore).isEqualTo(2);

        pastAnyDelay();
        from("127.0.0.11").auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then()
                .statusCode(200).body("username", equalTo(user));
        // the success forgave the account: one more failure is within the budget again
        from("127.0.0.11").auth().preemptive().basic(user, "wrong-again").get("/api/me").then().statusCode(401);
        from("127.0.0.11").auth().preemptive().basic(user, TestFixtures.PASSWORD).get("/api/me").then()
                .statusCode(200);
    }

    @Test
    void theLoginFormIsThrottledToo() {
        String user = fixtures.applicant("throttled-form");
        for (int i = 0; i < freePerAccount + 10; i++) {
            pastAnyDelay();
            formLogin("127.0.0.13", user, "wrong-password-" + i).then().statusCode(302)
                    .header("Location", containsString("error"));
        }
        Response refused = formLogin("127.0.0.13", user, TestFixtures.PASSWORD);
        refused.then().statusCode(429).contentType(ContentType.HTML).body(containsString("id=\"login-refused-title\""));
        assertThat(refused.header("Retry-After")).isNotBlank();
        pastAnyDelay();
        formLogin("127.0.0.13", user, TestFixtures.PASSWORD).then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.not(containsString("error")));
    }

    @Test
    void aFloodOfUnknownUsersFromOneAddressIsRefusedBeforeAnyPasswordCheck() {
        for (int i = 0; i < freePerAddress; i++) {
            from("127.0.0.14").auth().preemptive().basic("nobody-" + i, "x").get("/api/calls").then().statusCode(401);
        }
        for (int i = 0; i < 10; i++) { // beyond the budget: each failure after the previous delay, which doubles
            pastAnyDelay();
            from("127.0.0.14").auth().preemptive().basic("nobody-more-" + i, "x").get("/api/calls").then()
                    .statusCode(401);
        }
        double checksBefore = checks();
        double throttledBefore = failures("throttled");
        for (int i = 0; i < 50; i++) {
            from("127.0.0.14").auth().preemptive().basic("flood-" + i, "x").get("/api/calls").then().statusCode(429);
        }
        assertThat(checks()).as("no bcrypt check ran for the flood").isEqualTo(checksBefore);
        assertThat(failures("throttled") - throttledBefore).isEqualTo(50);
        // another address is not affected
        given().auth().preemptive().basic(TestFixtures.OFFICER, TestFixtures.PASSWORD).accept(ContentType.JSON)
                .get("/api/me").then().statusCode(200);
    }

    /** Moves the clock past the longest delay, but not so far that the failures are forgotten. */
    private void pastAnyDelay() {
        clock.moveTo(clock.instant().plus(maxDelay).plusSeconds(60));
    }

    private double failures(String reason) {
        Counter counter = metrics.find(LoginThrottle.FAILURES).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private double checks() {
        Counter counter = metrics.find(LoginThrottle.CHECKS).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Response formLogin(String address, String user, String password) {
        Api.FormToken token = Api.formToken();
        return from(address).redirects().follow(false).cookie(token.cookieName(), token.cookie())
                .contentType("application/x-www-form-urlencoded").accept("text/html").formParam("j_username", user)
                .formParam("j_password", password).post("/j_security_check?" + token.field() + "=" + token.value());
    }

    /** A request from the given loopback address to the test application. */
    private static RequestSpecification from(String address) {
        try {
            return given().baseUri("http://127.0.0.1").accept(ContentType.JSON)
                    .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.route.local-address", InetAddress.getByName(address))));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
