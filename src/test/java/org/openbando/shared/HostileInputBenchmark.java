package org.openbando.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * How long the hostile inputs of issue 12 take to be refused, and how long the answers are: a budget of 16,000,
 * 32,000 and 4,000,000 empty objects (the last a body just under the server's 12 MB limit), a budget amount of
 * {@code 1e1000000}, a list nested 10,000 deep, a title with {@code \u0000}. Not a timed test: it runs only when asked
 * and prints lines starting with {@code BENCH} (median and slowest of 7 sends, after one warm-up) for
 * docs/benchmarks.md; {@code InputBoundsTest} proves what the answers are.
 *
 * <pre>
 * OPENBANDO_TEST_DB_URL=jdbc:postgresql://localhost:5432/test_a QUARKUS_HTTP_TEST_PORT=0 \
 *   ./mvnw -q test -Dtest=HostileInputBenchmark -Dopenbando.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "openbando.bench", matches = "true")
class HostileInputBenchmark {

    static final int SENDS = 7;

    @Inject
    TestFixtures fixtures;

    @Test
    void measuresTheRefusalOfEachHostileInput() throws Exception {
        String lead = fixtures.applicant("bench-hostile");
        long org = as(lead).body(Api.enterprise("Bench Hostile S.r.l.", Api.vat(990_001), "20", "3000000",
                "2000000")).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call("BENCH-HOSTILE", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long draft = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String url = "http://localhost:" + RestAssured.port + "/api/proposals/" + draft;
        String auth = "Basic " + Base64.getEncoder().encodeToString((lead + ":" + TestFixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();

        for (int n : new int[] {16_000, 32_000, 4_000_000}) {
            measure(client, url, auth, n + " empty budget objects", "{\"version\":0,\"content\":{\"budget\":["
                    + "{},".repeat(n - 1) + "{}]}}");
        }
        measure(client, url, auth, "amount 1e1000000", "{\"version\":0,\"content\":{\"budget\":[{\"organizationId\":"
                + org + ",\"costCategory\":\"PERSONNEL\",\"researchCategory\":\"INDUSTRIAL_RESEARCH\","
                + "\"amount\":1e1000000}]}}");
        measure(client, url, auth, "a list nested 10,000 deep", "{\"version\":0,\"content\":{\"budget\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
        measure(client, url, auth, "a title with \\u0000", "{\"version\":0,\"content\":{\"title\":\"a\\u0000b\"}}");
    }

    private static void measure(HttpClient client, String url, String auth, String what, String body)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest put = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> answer = client.send(put, HttpResponse.BodyHandlers.ofString()); // warm-up
        assertThat(answer.statusCode()).as(what).isBetween(400, 499);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            long start = System.nanoTime();
            answer = client.send(put, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(answer.statusCode()).as(what).isBetween(400, 499);
        }
        millis.sort(Double::compare);
        System.out.println(String.format(Locale.ROOT, "BENCH hostile input: %s (body %,d bytes): %d, answer %,d "
                + "characters; median %.1f ms, slowest %.1f ms over %d sends", what, bytes.length,
                answer.statusCode(), answer.body().length(), millis.get(SENDS / 2), millis.get(SENDS - 1), SENDS));
    }
}
