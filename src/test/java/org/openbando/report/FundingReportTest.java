package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.funding.AwardView;
import org.openbando.funding.Awards;
import org.openbando.funding.FundingSteps;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.report.FundingReport.Row;
import org.openbando.report.FundingReport.SectionKey;
import org.openbando.shared.ClockProducer;

/**
 * The funding report of a call built through the API (real admissibility, evaluation, ranking and concessions),
 * against what the call holds: before the ranking (stages from admissibility and evaluation), then with the ranking
 * approved, the awards opened and one grant renounced; the JSON API with its drill-downs and its refusals.
 *
 * <p>The call (VAT seeds 180000..): Line A budget 542,000.00: A1 (80) and A2 (75) funded in full (271,000.00 each), A3
 * (70) on the reserve list, and one inadmissible; Line B budget 271,000.00: B1 (70) funded, B2 (50) not fundable. Each
 * consortium: two small enterprises, a lab contracted for 60,000.00, eligible cost 430,000.00 (310,000.00 industrial
 * research, 120,000.00 experimental development), area MECH-ROBOTICS.
 */
@QuarkusTest
class FundingReportTest {

    static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps fundingSteps;
    @Inject
    Awards awards;
    @Inject
    ProjectFactsReader reader;
    @Inject
    FundingReports reports;

    static List<String> figures(FundingReport report, SectionKey key, Measure measure, String group) {
        Row row = report.section(key).rows().stream().filter(r -> r.measure() == measure
                && Objects.equals(r.group(), group)).findFirst().orElseThrow();
        return List.of(row.lineA().value().toPlainString(), row.lineB().value().toPlainString(),
                row.total().value().toPlainString());
    }

    static List<String> summary(FundingReport report, Measure measure) {
        return figures(report, SectionKey.SUMMARY, measure, null);
    }

    @Test
    void theReportShowsWhatTheCallHoldsFromEvaluationToFunding() {
        EvaluatedCall.Built call = evaluatedCall.build("RP-15", 180000, EvaluatedCall.spec()
                .budgets("542000", "271000").a("80").a("75").a("70").b("70").b("50").inadmissible());
        long a1 = call.get(0).submissionId();
        long a2 = call.get(1).submissionId();
        long a3 = call.get(2).submissionId();
        long b1 = call.get(3).submissionId();
        long b2 = call.get(4).submissionId();
        long rejected = call.inadmissible().submissionId();

        // before the ranking: admitted and fundable from admissibility and evaluation
        ProjectFactsReader.Read before = reader.ofCall(call.callId());
        assertThat(before.projects()).extracting(ProjectFacts::submissionId)
                .containsExactly(a1, a2, a3, b1, b2, rejected);
        Map<Long, ProjectFacts> byId = byId(before);
        assertThat(byId.get(a1).stage()).isEqualTo(ProjectFacts.Stage.ADMITTED);
        assertThat(byId.get(a1).fundable()).isTrue();
        assertThat(byId.get(b2).stage()).isEqualTo(ProjectFacts.Stage.NOT_FUNDABLE);
        assertThat(byId.get(b2).fundable()).isFalse();
        assertThat(byId.get(rejected).stage()).isEqualTo(ProjectFacts.Stage.INADMISSIBLE);
        assertThat(byId.get(rejected).admitted()).isFalse();
        FundingReport draft = reports.of(call.callId());
        assertThat(summary(draft, Measure.SUBMITTED)).containsExactly("4", "2", "6");
        assertThat(summary(draft, Measure.ADMITTED)).containsExactly("3", "2", "5");
        assertThat(summary(draft, Measure.FUNDABLE)).containsExactly("3", "1", "4");
        assertThat(summary(draft, Measure.FINANCED)).containsExactly("0", "0", "0");

        // the ranking approved, the concessions opened
        rankingSteps.draft(call.callId());
        long version = rankings.views(call.callId()).get(0).version();
        as(OFFICER).body(Map.of("version", version)).post("/api/rankings/calls/" + call.callId() + "/approval")
                .then().statusCode(200);
        for (long funded : List.of(a1, a2, b1)) {
            QuarkusTransaction.requiringNew().run(() -> fundingSteps.open(funded));
        }
        FundingReport report = reports.of(call.callId());
        assertThat(report.callCode()).isEqualTo("RP-15");
        assertThat(summary(report, Measure.BUDGET)).containsExactly("542000.00", "271000.00", "813000.00");
        assertThat(summary(report, Measure.FUNDABLE)).containsExactly("3", "1", "4");
        assertThat(summary(report, Measure.FINANCED)).containsExactly("2", "1", "3");
        assertThat(summary(report, Measure.ENTERPRISES)).containsExactly("4", "2", "6");
        assertThat(summary(report, Measure.RESEARCH_ORGANISATIONS)).containsExactly("2", "1", "3");
        assertThat(summary(report, Measure.INVESTMENT)).containsExactly("860000.00", "430000.00", "1290000.00");
        assertThat(summary(report, Measure.CONTRACTS)).containsExactly("2", "1", "3");
        assertThat(summary(report, Measure.CONTRACT_AMOUNT)).containsExactly("120000.00", "60000.00", "180000.00");
        // the grants are what the awards hold
        List<AwardView> held = QuarkusTransaction.requiringNew().call(() -> awards.ofCall(call.callId()));
        assertThat(summary(report, Measure.GRANTS)).containsExactly(grants(held, Line.A), grants(held, Line.B),
                grants(held, null));
        assertThat(summary(report, Measure.GRANTS)).containsExactly("542000.00", "271000.00", "813000.00");
        assertThat(figures(report, SectionKey.BUDGET, Measure.BUDGET_USED_SHARE, null))
                .containsExactly("100.0", "100.0", "100.0");
        assertThat(figures(report, SectionKey.BY_AREA, Measure.FINANCED, "MECH-ROBOTICS"))
                .containsExactly("2", "1", "3");
        assertThat(figures(report, SectionKey.BY_SIZE, Measure.ENTERPRISES, "SMALL")).containsExactly("4", "2", "6");
        assertThat(figures(report, SectionKey.BY_CATEGORY, Measure.INVESTMENT, "INDUSTRIAL_RESEARCH"))
                .containsExactly("620000.00", "310000.00", "930000.00");
        ProjectFacts reserve = byId(reader.ofCall(call.callId())).get(a3);
        assertThat(reserve.stage()).isEqualTo(ProjectFacts.Stage.RESERVE);
        assertThat(reserve.fundable()).isTrue();
        ProjectFacts funded = reader.ofSubmission(a1).orElseThrow();
        assertThat(funded.financed()).isTrue();
        assertThat(funded.awardStatus()).isEqualTo("CONCESSION");
        assertThat(funded.participants()).hasSize(2);
        assertThat(funded.participants().get(0).lead()).isTrue();
        assertThat(funded.participants().stream().map(ProjectFacts.Participant::grant)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(funded.grant());
        assertThat(funded.contracts()).singleElement().satisfies(c -> assertThat(c.amount())
                .isEqualByComparingTo("60000.00"));

        // A1's grant decided, then renounced by its lead: no longer financed, counted as renounced
        decide(a1);
        as(call.get(0).lead()).body(Map.of("reason", "the project cannot start", "version", version(a1)))
                .post("/api/funding/" + a1 + "/renunciation").then().statusCode(200);
        FundingReport after = reports.of(call.callId());
        assertThat(summary(after, Measure.FINANCED)).containsExactly("1", "1", "2");
        assertThat(summary(after, Measure.GRANTS)).containsExactly("271000.00", "271000.00", "542000.00");
        assertThat(figures(after, SectionKey.REVOCATIONS_AND_MOVES, Measure.RENOUNCED, null))
                .containsExactly("1", "0", "1");
        assertThat(figures(after, SectionKey.REVOCATIONS_AND_MOVES, Measure.RENOUNCED_AMOUNT, null))
                .containsExactly("271000.00", "0.00", "271000.00");
        assertThat(reports.projects(call.callId(), Measure.RENOUNCED, null, null))
                .extracting(ProjectFacts::submissionId).containsExactly(a1);
        assertThat(reports.projects(call.callId(), Measure.FINANCED, Line.A, null))
                .extracting(ProjectFacts::submissionId).containsExactly(a2);

        // the API: the report as JSON, a drill-down paged by protocol number
        String base = "/api/reports/calls/" + call.callId() + "/funding";
        as(TestFixtures.AUDITOR).get(base).then().statusCode(200).body("callCode", equalTo("RP-15"))
                .body("sections.key", hasItem("BY_SIZE")).body("readAt", org.hamcrest.Matchers.notNullValue());
        var first = as(TestFixtures.AUDITOR).queryParam("measure", "SUBMITTED").queryParam("line", "A")
                .queryParam("size", 2).get(base + "/projects").then().statusCode(200).body("total", equalTo(4))
                .body("projects.submissionId", contains((int) a1, (int) a2)).extract().jsonPath();
        as(TestFixtures.AUDITOR).queryParam("measure", "SUBMITTED").queryParam("line", "A").queryParam("size", 2)
                .queryParam("after", first.getLong("next")).get(base + "/projects").then().statusCode(200)
                .body("projects.submissionId", contains((int) a3, (int) rejected)).body("next",
                        org.hamcrest.Matchers.nullValue());
        as(TestFixtures.AUDITOR).queryParam("measure", "ENTERPRISES").queryParam("group", "size:SMALL")
                .get(base + "/projects").then().statusCode(200).body("projects.submissionId",
                        contains((int) a2, (int) b1));
        as(TestFixtures.AUDITOR).queryParam("measure", "NOPE").get(base + "/projects").then().statusCode(400)
                .body("errors.field", hasItem("measure"));
        as(TestFixtures.AUDITOR).queryParam("measure", "FINANCED").queryParam("line", "C").get(base + "/projects")
                .then().statusCode(400).body("errors.field", hasItem("line"));
        as(TestFixtures.AUDITOR).queryParam("measure", "FINANCED").queryParam("group", "area:NOPE")
                .get(base + "/projects").then().statusCode(400).body("errors.field", hasItem("group"));
        as(TestFixtures.AUDITOR).queryParam("measure", "FINANCED").queryParam("size", 201).get(base + "/projects")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        as(TestFixtures.AUDITOR).get("/api/reports/calls/999999999/funding").then().statusCode(404);
    }

    static Map<Long, ProjectFacts> byId(ProjectFactsReader.Read read) {
        Map<Long, ProjectFacts> found = new java.util.HashMap<>();
        read.projects().forEach(p -> found.put(p.submissionId(), p));
        return found;
    }

    static String grants(List<AwardView> held, Line line) {
        return held.stream().filter(a -> line == null || a.line() == line).map(AwardView::grant)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString();
    }

    static long version(long submission) {
        return as(OFFICER).get("/api/funding/" + submission).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** The checklist of a Line A award (anti-mafia required) completed by the officer and the decision issued. */
    void decide(long submission) {
        String award = "/api/funding/" + submission;
        as(OFFICER).body(Map.of("cup", "J12B23000120007", "version", version(submission))).put(award + "/cup").then()
                .statusCode(200);
        as(OFFICER).body(Map.of("cor", "1234567", "version", version(submission))).put(award + "/cor").then()
                .statusCode(200);
        as(OFFICER).body(Map.of("durcIssuedOn", LocalDate.now(ClockProducer.ROME).minusDays(10).toString(),
                "version", version(submission))).put(award + "/durc").then().statusCode(200);
        as(OFFICER).body(Map.of("reference", "PR_BOUTG_12345_2026", "version", version(submission)))
                .put(award + "/antimafia").then().statusCode(200);
        as(OFFICER).body(Map.of("version", version(submission))).post(award + "/concession").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> fundingSteps.issueDecision(submission));
    }

}
