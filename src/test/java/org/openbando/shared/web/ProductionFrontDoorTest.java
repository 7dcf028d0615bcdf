package org.openbando.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * The front door as production has it (application.properties, {@code %prod}; README, "Operations" and "Behind a TLS
 * proxy"): health, metrics and the API description on the management port only, and a TLS proxy whose address is
 * trusted. (Its own application start: the management interface is fixed when the application is built.)
 */
@QuarkusTest
@TestProfile(ProductionFrontDoorTest.Production.class)
class ProductionFrontDoorTest {

    /** What %prod sets, and a proxy on this machine, the address the tests' requests come from. */
    public static class Production implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true", "quarkus.management.test-port",
                    String.valueOf(managementPort()), "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    /** The main test port plus 1000: test runs on other ports do not clash. */
    static int managementPort() {
        return Integer.parseInt(System.getenv().getOrDefault("QUARKUS_HTTP_TEST_PORT", "8081")) + 1000;
    }

    @Test
    void healthMetricsAndTheApiDescriptionAreOnlyOnTheManagementPort() {
        for (String path : new String[] {"/q/metrics", "/q/health/ready", "/q/openapi", "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(404);
        }
        String base = "http://localhost:" + managementPort();
        given().get(base + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(base + "/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").get(base + "/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("OpenBando API"));
        // the pages do not link to what is not on their port
        given().get("/").then().statusCode(200).body(not(containsString("/q/swagger-ui")));
    }

    @Test
    void behindTheTrustedTlsProxyTheCookiesAreSecureRedirectsKeepHttpsAndHstsIsSent() {
        Api.FormToken token = Api.formToken();
        Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "bandi.example.it").cookie(token.cookieName(), token.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", TestFixtures.OFFICER)
                .formParam("j_password", TestFixtures.PASSWORD)
                .post("/j_security_check?" + token.field() + "=" + token.value());
        login.then().statusCode(302).header("Location", startsWith("https://bandi.example.it"))
                .header("Strict-Transport-Security", SecurityHeaders.HSTS);
        assertThat(login.detailedCookie(Api.sessionCookie()).isSecured()).isTrue();

        Response page = given().header("X-Forwarded-Proto", "https").get("/login");
        page.then().statusCode(200).header("Strict-Transport-Security", SecurityHeaders.HSTS);
        assertThat(page.detailedCookie(token.cookieName()).isSecured()).isTrue();

        // straight to the application over plain http: nothing claims https
        Response plain = given().get("/login");
        plain.then().statusCode(200).header("Strict-Transport-Security", nullValue());
        assertThat(plain.detailedCookie(token.cookieName()).isSecured()).isFalse();
    }
}
