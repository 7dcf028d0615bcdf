package org.openbando.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * The call's funding rules (V19 and the earlier ones the ranking and the concession apply): set through the API and the
 * officer's form, bounded, with their defaults, read by {@link CallService#fundingRules} and stated on the public page.
 */
@QuarkusTest
class CallFundingRulesTest {

    @Inject
    CallService calls;

    @Test
    void omittedFundingRulesTakeTheDomainsDefaults() {
        long id = as(TestFixtures.OFFICER).body(Api.call("FUND-DEFAULTS", 1, 30)).post("/api/calls").then()
                .statusCode(201)
                .body("rules.tieBreakCriterion", equalTo("INNOVATIVENESS"))
                .body("rules.partialFundingAllowed", equalTo(true))
                .body("rules.partialFundingMinShare", equalTo(50))
                .body("rules.remainderToOtherLine", equalTo(false))
                .body("rules.reserveListValidityMonths", equalTo(12))
                .body("rules.grantAcceptanceTermDays", equalTo(30))
                .body("rules.clusterJoiningTermDays", equalTo(60))
                .body("rules.revocationObservationsTermDays", equalTo(10))
                .extract().jsonPath().getLong("id");

        FundingRules rules = calls.fundingRules(id);
        assertThat(rules.partialFundingMinShare()).isEqualByComparingTo("50");
        assertThat(rules.remainderToOtherLine()).isFalse();
        assertThat(rules.grantAcceptanceTermDays()).isEqualTo(30);
        assertThat(rules.revocationObservationsTermDays()).isEqualTo(10);
        assertThat(rules.budget(Line.A)).isEqualByComparingTo("35000000");
        assertThat(rules.aidIntensities().cap()).isEmpty();
    }

    @Test
    void theOfficerSetsThemThroughTheApiAndTheRankingReadsThem() {
        Map<String, Object> body = Api.call("FUND-SET", 1, 30);
        body.put("rules", Map.of("partialFundingMinShare", 35.5, "remainderToOtherLine", true,
                "grantAcceptanceTermDays", 45, "revocationObservationsTermDays", 15, "tieBreakCriterion", "IMPACT",
                "aidIntensityCap", 60, "partialFundingAllowed", false, "reserveListValidityMonths", 18));
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .body("rules.partialFundingMinShare", equalTo(35.5f))
                .body("rules.remainderToOtherLine", equalTo(true))
                .body("rules.grantAcceptanceTermDays", equalTo(45))
                .body("rules.revocationObservationsTermDays", equalTo(15))
                .extract().jsonPath().getLong("id");

        FundingRules rules = calls.fundingRules(id);
        assertThat(rules.partialFundingMinShare()).isEqualByComparingTo("35.5");
        assertThat(rules.remainderToOtherLine()).isTrue();
        assertThat(rules.grantAcceptanceTermDays()).isEqualTo(45);
        assertThat(rules.revocationObservationsTermDays()).isEqualTo(15);
        assertThat(rules.tieBreakCriterion()).isEqualTo("IMPACT");
        assertThat(rules.partialFundingAllowed()).isFalse();
        assertThat(rules.reserveListValidityMonths()).isEqualTo(18);
        assertThat(rules.aidIntensities().cap()).contains(new BigDecimal("60.00"));
    }

    @Test
    void outOfBoundsValuesAreProblemsNamingTheField() {
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("partialFundingMinShare", 0), Map.entry("partialFundingMinShare", 100.01),
                Map.entry("partialFundingMinShare", 0.999), Map.entry("partialFundingMinShare", 50.001),
                Map.entry("grantAcceptanceTermDays", 0), Map.entry("grantAcceptanceTermDays", 366),
                Map.entry("revocationObservationsTermDays", 0), Map.entry("revocationObservationsTermDays", 91))) {
            Map<String, Object> body = Api.call("FUND-BAD", 1, 30);
            body.put("rules", Map.of(bad.getKey(), bad.getValue()));
            as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("rules." + bad.getKey()));
        }
        Map<String, Object> body = Api.call("FUND-BAD", 1, 30);
        body.put("rules", Map.of("remainderToOtherLine", "sometimes"));
        as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestFixtures.OFFICER).get("/api/calls").then().body("code", not(hasItem("FUND-BAD")));

        Map<String, Object> edges = Api.call("FUND-EDGES", 1, 30);
        edges.put("rules", Map.of("partialFundingMinShare", 100, "grantAcceptanceTermDays", 365,
                "revocationObservationsTermDays", 90));
        as(TestFixtures.OFFICER).body(edges).post("/api/calls").then().statusCode(201);
        edges = Api.call("FUND-EDGES-LOW", 1, 30);
        edges.put("rules", Map.of("partialFundingMinShare", 1, "grantAcceptanceTermDays", 1,
                "revocationObservationsTermDays", 1));
        as(TestFixtures.OFFICER).body(edges).post("/api/calls").then().statusCode(201);
    }

    @Test
    void theOfficersFormSetsTheFundingRules() {
        Api.page(TestFixtures.OFFICER).get("/officer/calls/new").then().statusCode(200)
                .body(containsString("id=\"funding-rules\""))
                .body(containsString("name=\"rules.partialFundingMinShare\""))
                .body(containsString("name=\"rules.remainderToOtherLine\""))
                .body(containsString("name=\"rules.grantAcceptanceTermDays\""))
                .body(containsString("name=\"rules.revocationObservationsTermDays\""))
                .body(containsString("name=\"rules.tieBreakCriterion\""))
                .body(containsString("Quota minima del contributo per il finanziamento parziale"));
        Api.page(TestFixtures.OFFICER).cookie("lang", "en").get("/officer/calls/new").then().statusCode(200)
                .body(containsString("Least share of the grant for partial funding"));

        Map<String, String> form = form("FUND-FORM");
        form.putAll(Map.of("rules.partialFundingMinShare", "40", "rules.remainderToOtherLine", "true",
                "rules.grantAcceptanceTermDays", "20", "rules.revocationObservationsTermDays", "12",
                "rules.tieBreakCriterion", "TECHNICAL_QUALITY", "rules.partialFundingAllowed", "true",
                "rules.aidIntensityCap", "60", "rules.reserveListValidityMonths", "6",
                "rules.clusterJoiningTermDays", "90"));
        Api.form(TestFixtures.OFFICER).formParams(form).post("/officer/calls").then().statusCode(303);
        as(TestFixtures.OFFICER).get("/api/calls").then().statusCode(200);
        long id = as(TestFixtures.OFFICER).get("/api/calls").jsonPath()
                .getLong("find { it.code == 'FUND-FORM' }.id");
        as(TestFixtures.OFFICER).get("/api/calls/" + id).then()
                .body("rules.partialFundingMinShare", equalTo(40.0f))
                .body("rules.remainderToOtherLine", equalTo(true))
                .body("rules.grantAcceptanceTermDays", equalTo(20))
                .body("rules.revocationObservationsTermDays", equalTo(12))
                .body("rules.tieBreakCriterion", equalTo("TECHNICAL_QUALITY"))
                .body("rules.aidIntensityCap", equalTo(60.0f))
                .body("rules.reserveListValidityMonths", equalTo(6))
                .body("rules.clusterJoiningTermDays", equalTo(90));

        Map<String, String> bad = form("FUND-FORM-BAD");
        bad.putAll(Map.of("rules.partialFundingMinShare", "0", "rules.revocationObservationsTermDays", "91",
                "rules.remainderToOtherLine", "maybe"));
        String html = Api.form(TestFixtures.OFFICER).formParams(bad).post("/officer/calls").then().statusCode(400)
                .body(containsString("data-field=\"rules.remainderToOtherLine\""))
                .extract().asString();
        // the form's own error first; the service's bounds once the form reads
        bad.put("rules.remainderToOtherLine", "false");
        html = Api.form(TestFixtures.OFFICER).formParams(bad).post("/officer/calls").then().statusCode(400)
                .body(containsString("data-field=\"rules.partialFundingMinShare\""))
                .body(containsString("data-field=\"rules.revocationObservationsTermDays\""))
                .extract().asString();
        assertThat(html).contains("value=\"91\"");
    }

    @Test
    void thePublicPageStatesTheRulesOfRankingAndConcessionInBothLanguages() {
        Map<String, Object> body = Api.call("FUND-PAGE", -1, 30);
        body.put("rules", Map.of("partialFundingMinShare", 40, "remainderToOtherLine", true,
                "grantAcceptanceTermDays", 45, "revocationObservationsTermDays", 15, "aidIntensityCap", 60,
                "reserveListValidityMonths", 18));
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);

        Api.page(null).get("/calls/" + id).then().statusCode(200)
                .body(containsString("id=\"call-funding-rules\""))
                .body(containsString("prevale il punteggio finale del criterio «Innovatività della proposta»"))
                .body(containsString("se le risorse rimaste sono almeno il 40% del suo contributo"))
                .body(containsString("passano all&#39;altra linea"))
                .body(containsString("Graduatoria di riserva valida 18 mesi"))
                .body(containsString("entro 45 giorni, altrimenti decade"))
                .body(containsString("adesione al cluster entro 60 giorni"))
                .body(containsString("preavviso con 15 giorni per le osservazioni"))
                .body(containsString("Il bando limita le intensità al 60%"))
                .body(containsString("arrotondato per difetto al centesimo"))
                .body(containsString("id=\"call-aid\""));
        Api.page(null).cookie("lang", "en").get("/calls/" + id).then().statusCode(200)
                .body(containsString("the higher final score of the criterion “Innovatività della proposta”"))
                .body(containsString("when the money left is at least 40% of its grant"))
                .body(containsString("moves to the other line"))
                .body(containsString("Reserve list valid for 18 months"))
                .body(containsString("within 45 days, or forfeits it"))
                .body(containsString("a notice with 15 days for observations"))
                .body(containsString("rounded down to the cent"));

        Map<String, Object> plain = Api.call("FUND-PAGE-NO", -1, 30);
        plain.put("rules", Map.of("partialFundingAllowed", false));
        long other = as(TestFixtures.OFFICER).body(plain).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + other + "/publish").then().statusCode(200);
        Api.page(null).cookie("lang", "en").get("/calls/" + other).then().statusCode(200)
                .body(containsString("No partial funding"))
                .body(containsString("does not move to the other line"));
    }

    private static Map<String, String> form(String code) {
        Map<String, String> form = new HashMap<>(Map.of("code", code, "title", "Funding rules " + code,
                "s3PriorityArea", "S3", "publicationAt", "2031-01-10T09:00", "opensAt", "2031-02-01T09:00",
                "deadlineAt", "2031-04-30T13:00", "budgetLineA", "1000000", "budgetLineB", "500000"));
        form.put("clusterCodes", "MECH");
        return form;
    }
}
