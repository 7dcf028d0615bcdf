package org.openbando.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.as;
import static org.openbando.Api.page;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingSteps;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.submission.Submissions;

/**
 * The open data through the API, anonymously, against a call built through the API: its ranking approved and the
 * funded projects' concessions opened, one with its CUP recorded. Line A (271,000.00): A1 (80) funded, A2 (70) on the
 * reserve list; Line B (271,000.00): B1 (75) funded. A second call's ranking is drafted, never approved: it publishes
 * nothing. VAT seeds 200000-200099 (labs at +5000).
 */
@QuarkusTest
class OpenDataTest {

    static final String CUP = "J12B23000120015";
    static final String CSV = "/api/public/open-data/projects.csv";
    static final String JSON = "/api/public/open-data/projects.json";

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps fundingSteps;
    @Inject
    Submissions submissions;

    private static EvaluatedCall.Built funded;
    private static EvaluatedCall.Built drafted;

    synchronized EvaluatedCall.Built funded() {
        if (funded == null) {
            EvaluatedCall.Built c = evaluatedCall.build("OD-15", 200000, EvaluatedCall.spec()
                    .budgets("271000", "271000").partial(false, null).a("80").a("70").b("75"));
            QuarkusTransaction.requiringNew().run(() -> rankingSteps.draft(c.callId()));
            long version = rankings.views(c.callId()).get(0).version();
            as(TestFixtures.OFFICER).body(Map.of("version", version)).post("/api/rankings/calls/" + c.callId()
                    + "/approval").then().statusCode(200);
            for (EvaluatedCall.Proposal p : List.of(c.get(0), c.get(2))) {
                QuarkusTransaction.requiringNew().run(() -> fundingSteps.open(p.submissionId()));
            }
            long awardVersion = as(TestFixtures.OFFICER).get("/api/funding/" + c.get(0).submissionId()).then()
                    .statusCode(200).extract().jsonPath().getLong("version");
            as(TestFixtures.OFFICER).body(Map.of("cup", CUP, "version", awardVersion)).put("/api/funding/"
                    + c.get(0).submissionId() + "/cup").then().statusCode(200);
            funded = c;
        }
        return funded;
    }

    synchronized EvaluatedCall.Built drafted() {
        if (drafted == null) {
            EvaluatedCall.Built c = evaluatedCall.build("OD-15-DRAFT", 200050, EvaluatedCall.spec().a("80"));
            QuarkusTransaction.requiringNew().run(() -> rankingSteps.draft(c.callId()));
            drafted = c;
        }
        return drafted;
    }

    @Test
    void listsExactlyTheFundedProjectsWithTheirCupGrantAndBeneficiariesToAnyone() {
        EvaluatedCall.Built c = funded();
        EvaluatedCall.Proposal a1 = c.get(0);
        EvaluatedCall.Proposal b1 = c.get(2);

        // JSON, anonymously, by the call's code
        String body = given().queryParam("call", c.code()).get(JSON).then().statusCode(200)
                .contentType(startsWith("application/json")).header("Cache-Control", containsString("public"))
                .extract().asString();
        JsonPath json = JsonPath.from(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(
                JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(json.getString("schema")).isEqualTo("/api/public/open-data/schema.json");
        assertThat(json.getList("projects.protocol_number", BigDecimal.class)).extracting(BigDecimal::longValue)
                .containsExactly(protocol(a1), protocol(b1));
        Map<String, Object> first = json.getMap("projects[0]");
        assertThat(first).containsEntry("cup", CUP).containsEntry("call_code", "OD-15").containsEntry("line", "A")
                .containsEntry("status", "CONCESSION").containsEntry("currency", "EUR")
                .containsEntry("local_project_code", String.format("OD-15/%06d", protocol(a1)));
        assertThat((BigDecimal) first.get("public_funding")).isEqualByComparingTo(EvaluatedCall.DEFAULT_GRANT);
        assertThat(json.getMap("projects[1]")).containsEntry("cup", null).containsEntry("line", "B");
        assertThat(json.getList("projects[0].beneficiaries.role")).containsExactly("LEAD", "PARTNER");
        assertThat(json.getList("projects[0].beneficiaries.vat_number")).containsExactly(Api.vat(200000),
                Api.vat(200001));
        assertThat(json.getList("projects[0].beneficiaries.city")).containsOnly("Modena");
        List<BigDecimal> shares = json.getList("projects[0].beneficiaries.public_funding", BigDecimal.class);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(EvaluatedCall.DEFAULT_GRANT);
        assertThat(body).as("no person's data").doesNotContain(a1.lead()).doesNotContain("username");

        // CSV, anonymously, by the call's id: one row per beneficiary, the reserve project absent
        String csv = given().queryParam("call", c.callId()).get(CSV).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", OpenDataFormat.CSV_COLUMNS));
        List<String> codes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            codes.add(line.split(",")[1]);
        }
        String codeA1 = String.format("OD-15/%06d", protocol(a1));
        String codeB1 = String.format("OD-15/%06d", protocol(b1));
        assertThat(codes).containsExactly(codeA1, codeA1, codeB1, codeB1);
        assertThat(lines.get(1)).startsWith(CUP + "," + codeA1 + "," + c.callId() + ",OD-15,")
                .contains(",271000.00,,EUR,CONCESSION,").contains(",LEAD,").contains("," + Api.vat(200000) + ",");
        assertThat(csv).doesNotContain(String.format("OD-15/%06d", protocol(c.get(1))));

        // all calls: this call's projects are among them
        given().get(JSON).then().statusCode(200).body("projects.local_project_code", hasItem(codeA1));
        given().get(CSV).then().statusCode(200).body(containsString(codeB1));
    }

    @Test
    void aCallWithoutAPublishedRankingListsNothing() {
        EvaluatedCall.Built c = drafted();

        given().queryParam("call", c.code()).get(CSV).then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo(String.join(",", OpenDataFormat.CSV_COLUMNS) + "\r\n"));
        given().queryParam("call", c.callId()).get(JSON).then().statusCode(200)
                .body("projects.size()", org.hamcrest.Matchers.equalTo(0));
        page(null).get("/open-data").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("data-call=\"" + c.callId() + "\"")));
    }

    @Test
    void refusesAMalformedCallWithAProblemNamingTheFieldAndAnUnknownOneWith404() {
        for (String bad : List.of("OD 15", "OD-15;drop", "X".repeat(41), "-OD", "ÖD-15")) {
            for (String path : List.of(CSV, JSON)) {
                given().queryParam("call", bad).get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors.field", hasItem("call"));
            }
        }
        for (String path : List.of(CSV, JSON)) {
            given().queryParam("call", "NO-SUCH-CALL-15").get(path).then().statusCode(404)
                    .contentType("application/problem+json");
            given().queryParam("call", "999999999").get(path).then().statusCode(404);
        }
    }

    @Test
    void theSchemaAndThePageDescribeEveryFieldInBothLanguages() {
        EvaluatedCall.Built c = funded();

        given().get("/api/public/open-data/schema.json").then().statusCode(200)
                .body("$defs.project.properties.keySet()", org.hamcrest.Matchers.hasItems("cup", "public_funding",
                        "eu_funding", "beneficiaries"))
                .body("$defs.beneficiary.properties.keySet()", org.hamcrest.Matchers.hasItems("role", "vat_number",
                        "city"));

        String it = page(null).get("/open-data").then().statusCode(200)
                .body(containsString("Open data: progetti finanziati"))
                .body(containsString("data-call=\"" + c.callId() + "\""))
                .body(containsString("href=\"/api/public/open-data/projects.csv?call=OD-15\""))
                .body(containsString("href=\"/api/public/open-data/projects.json?call=OD-15\""))
                .body(containsString("href=\"/api/public/open-data/projects.csv\""))
                .body(containsString("href=\"/api/public/open-data/schema.json\""))
                .body(containsString("Quota del contributo del beneficiario"))
                .extract().asString();
        for (String field : OpenDataFormat.PROJECT_FIELDS) {
            assertThat(it).contains("data-field=\"" + field + "\"");
        }
        for (String field : OpenDataFormat.BENEFICIARY_FIELDS) {
            assertThat(it).contains("data-field=\"beneficiaries." + field + "\"");
        }
        page(null).cookie("lang", "en").get("/open-data").then().statusCode(200)
                .body(containsString("Open data: funded projects"))
                .body(containsString("The beneficiary&#39;s share of the grant"))
                .body(containsString("amount (EUR)"));
    }

    private long protocol(EvaluatedCall.Proposal p) {
        return submissions.get(p.submissionId()).protocolNumber();
    }
}
