package org.openbando.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI description are there for operators and integrators. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().get("/api/clusters").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/clusters\""));
    }

    @Test
    void openApiDescribesTheEndpointsWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("OpenBando API"))
                .body("paths.'/api/calls'.post.summary", containsString("draft call"))
                .body("paths.'/api/organizations'.post.responses.'400'.description", containsString("VAT"))
                .body("components.schemas.OrganizationRequest.properties.vatNumber.examples[0]", equalTo("02313821007"))
                .body("paths.keySet()", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("/api/")))
                .body("components.securitySchemes", notNullValue());
    }
}
