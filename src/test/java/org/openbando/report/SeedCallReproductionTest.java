package org.openbando.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.demo.SeedCallData;

/**
 * Issue 15, item 7: a call built through the API ({@link SeedCall}, from {@link SeedCallData}) whose outcome is the
 * seed call's published figures; its funding report (GET /api/reports/calls/{id}/funding, as the auditor) shows
 * exactly them, per line.
 */
@QuarkusTest
class SeedCallReproductionTest {

    @Inject
    SeedCall seedCall;

    @Test
    void fundingReportShowsExactlyTheSeedCallsPublishedFigures() {
        SeedCall.Built call = seedCall.get();
        JsonPath report = as(TestFixtures.AUDITOR).get("/api/reports/calls/" + call.callId() + "/funding").then()
                .statusCode(200).extract().jsonPath();
        for (Line line : Line.values()) {
            SeedCallData.Published published = SeedCallData.published(line);
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            expected.put("BUDGET", published.budget());
            expected.put("SUBMITTED", BigDecimal.valueOf(published.submitted()));
            expected.put("FINANCED", BigDecimal.valueOf(published.financed()));
            expected.put("ENTERPRISES", BigDecimal.valueOf(published.enterprises()));
            expected.put("INVESTMENT", published.investment());
            expected.put("GRANTS", published.grants());
            expected.put("CONTRACTS", BigDecimal.valueOf(published.contracts()));
            expected.put("CONTRACT_AMOUNT", published.contractAmount());
            Map<String, BigDecimal> shown = new LinkedHashMap<>();
            expected.replaceAll((measure, figure) -> plain(figure));
            expected.keySet().forEach(measure -> shown.put(measure, summary(report, measure, line)));
            assertEquals(expected, shown, "the summary of Line " + line);
        }
    }

    @Test
    void fundingReportCountsTheProjectsTheSeedCallsOutcomesLeft() {
        SeedCall.Built call = seedCall.get();
        JsonPath report = as(TestFixtures.AUDITOR).get("/api/reports/calls/" + call.callId() + "/funding").then()
                .statusCode(200).extract().jsonPath();
        for (Line line : Line.values()) {
            long admitted = SeedCallData.projects().stream().filter(p -> p.line() == line
                    && p.outcome() != SeedCallData.Outcome.INADMISSIBLE).count();
            long fundable = SeedCallData.projects().stream().filter(p -> p.line() == line
                    && p.outcome() == SeedCallData.Outcome.FUNDED).count();
            assertEquals(Map.of("ADMITTED", BigDecimal.valueOf(admitted), "FUNDABLE", BigDecimal.valueOf(fundable)),
                    Map.of("ADMITTED", summary(report, "ADMITTED", line), "FUNDABLE", summary(report, "FUNDABLE",
                            line)), "Line " + line + ": 77/73 (A) and 36/34 (B)");
        }
    }

    /** A number compared by value: 49800000.00, 4.98E7 and 49800000 are one figure. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The summary's figure of a measure for a line, as a number with the scale the report gives. */
    private static BigDecimal summary(JsonPath report, String measure, Line line) {
        Object value = report.get("sections.find { it.key == 'SUMMARY' }.rows.find { it.measure == '" + measure
                + "' }." + (line == Line.A ? "lineA" : "lineB") + ".value");
        if (value == null) {
            throw new AssertionError("the report's summary has no " + measure + " for Line " + line);
        }
        return plain(new BigDecimal(value.toString()));
    }
}
