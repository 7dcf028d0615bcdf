package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.call.FundingRules;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.report.FundingReport.Row;
import org.openbando.report.FundingReport.SectionKey;
import org.openbando.report.ProjectFacts.Stage;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;

/**
 * The rules of the funding report over hand-built facts: each measure counts what its definition says, distinct counts
 * are distinct across the lines, and every drill-down lists exactly the projects its figure counts.
 */
class FundingReportRulesTest {

    static final Instant READ = Instant.parse("2026-11-30T10:00:00Z");
    static final FundingRules RULES = new FundingRules(7, "RP-15", "Report call", Map.of(Line.A,
            new BigDecimal("1000000.00"), Line.B, new BigDecimal("500000.00")), null, true, null, false, 12, 30, 60,
            10, null);

    // organisations: enterprises 1..9 (sizes below), research organisations 100.. (partners or providers)
    static ProjectFacts.Participant enterprise(long id, SizeClass size, boolean lead, String cost, String grant) {
        return new ProjectFacts.Participant(id, "E" + id, "0000000000" + id, OrganizationType.ENTERPRISE, size, lead,
                new BigDecimal(cost), grant == null ? null : new BigDecimal(grant), "Torino");
    }

    static ProjectFacts.Participant lab(long id, String cost, String grant) {
        return new ProjectFacts.Participant(id, "L" + id, "1000000000" + id, OrganizationType.UNIVERSITY, null, false,
                new BigDecimal(cost), grant == null ? null : new BigDecimal(grant), "Bologna");
    }

    static ProjectFacts.ContractFact contract(long provider, String amount) {
        return new ProjectFacts.ContractFact(provider, "L" + provider, "1000000000" + provider,
                new BigDecimal(amount));
    }

    static ProjectFacts project(long protocol, Line line, String area, Stage stage, boolean admitted,
            boolean fundable, String awardStatus, String grant, String ended, boolean movedUp,
            List<ProjectFacts.Participant> participants, List<ProjectFacts.ContractFact> contracts) {
        BigDecimal cost = participants.stream().map(ProjectFacts.Participant::eligibleCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean financed = awardStatus != null && Set.of("CONCESSION", "DECIDED", "ACCEPTED").contains(awardStatus);
        return new ProjectFacts(1000 + protocol, 2000 + protocol, 7, "RP-15", line, protocol, READ, "P" + protocol,
                "Project " + protocol, null, "MECH", area, null, 24, stage, admitted, fundable, financed, awardStatus,
                cost, grant == null ? null : new BigDecimal(grant), ended == null ? null : new BigDecimal(ended),
                movedUp, null, null, null, null, Map.of(ResearchCategory.INDUSTRIAL_RESEARCH, cost.subtract(
                        new BigDecimal("100.00")), ResearchCategory.EXPERIMENTAL_DEVELOPMENT,
                        new BigDecimal("100.00")), participants, contracts);
    }

    /**
     * Line A: 1 funded (enterprises 1 small, 2 micro; lab 100 partner; contract with 101), 2 funded moved up
     * (enterprise 1 again, 3 medium; contract with 100), 3 reserve, 4 not fundable, 5 inadmissible, 6 submitted (in
     * review). Line B: 7 funded (enterprise 1 again, 4 large; contract with 101), 8 renounced, 9 revoked, 10 forfeited.
     */
    static List<ProjectFacts> call() {
        List<ProjectFacts> p = new ArrayList<>();
        p.add(project(1, Line.A, "MECH-ROBOTICS", Stage.FUNDED, true, true, "ACCEPTED", "300000.00", null, false,
                List.of(enterprise(1, SizeClass.SMALL, true, "200000.00", "120000.00"),
                        enterprise(2, SizeClass.MICRO, false, "150000.00", "100000.00"),
                        lab(100, "150000.00", "80000.00")), List.of(contract(101, "40000.00"))));
        p.add(project(2, Line.A, "MECH-AUTOMOTIVE", Stage.FUNDED, true, true, "CONCESSION", "150000.00", null, true,
                List.of(enterprise(1, SizeClass.SMALL, true, "100000.00", "60000.00"),
                        enterprise(3, SizeClass.MEDIUM, false, "200000.00", "90000.00")),
                List.of(contract(100, "25000.00"), contract(101, "5000.00"))));
        p.add(project(3, Line.A, "MECH-ROBOTICS", Stage.RESERVE, true, true, null, null, null, false,
                List.of(enterprise(5, SizeClass.SMALL, true, "300000.00", null)), List.of()));
        p.add(project(4, Line.A, "MECH-ROBOTICS", Stage.NOT_FUNDABLE, true, false, null, null, null, false,
                List.of(enterprise(6, SizeClass.SMALL, true, "300000.00", null)), List.of()));
        p.add(project(5, Line.A, "MECH-ROBOTICS", Stage.INADMISSIBLE, false, false, null, null, null, false,
                List.of(enterprise(7, SizeClass.SMALL, true, "300000.00", null)), List.of()));
        p.add(project(6, Line.A, "MECH-ROBOTICS", Stage.SUBMITTED, false, false, null, null, null, false,
                List.of(enterprise(8, SizeClass.SMALL, true, "300000.00", null)), List.of()));
        p.add(project(7, Line.B, "MECH-ROBOTICS", Stage.FUNDED, true, true, "DECIDED", "200000.00", null, false,
                List.of(enterprise(1, SizeClass.SMALL, true, "250000.00", "125000.00"),
                        enterprise(4, SizeClass.LARGE, false, "200000.00", "75000.00")),
                List.of(contract(101, "70000.00"))));
        p.add(project(8, Line.B, "MECH-ROBOTICS", Stage.RENOUNCED, true, true, "RENOUNCED", "90000.00", "90000.00",
                false, List.of(enterprise(9, SizeClass.SMALL, true, "180000.00", "90000.00")),
                List.of(contract(102, "10000.00"))));
        p.add(project(9, Line.B, "MECH-ROBOTICS", Stage.REVOKED, true, true, "REVOKED", "80000.00", "80000.00", true,
                List.of(enterprise(10, SizeClass.MICRO, true, "160000.00", "80000.00")), List.of()));
        p.add(project(10, Line.B, "MECH-ROBOTICS", Stage.FORFEITED, true, true, "FORFEITED", "70000.00",
                "70000.00", false, List.of(enterprise(11, SizeClass.SMALL, true, "140000.00", "70000.00")),
                List.of()));
        return p;
    }

    static final List<FundingReport.Area> AREAS = List.of(
            new FundingReport.Area("MECH-AUTOMOTIVE", "Automotive", "Automotive", "MECH"),
            new FundingReport.Area("MECH-ROBOTICS", "Robotica", "Robotics", "MECH"));

    static FundingReport report() {
        return FundingReports.compute(RULES, new ProjectFactsReader.Read(READ, call()), AREAS);
    }

    static Row row(FundingReport report, SectionKey key, Measure measure, String group) {
        return report.section(key).rows().stream().filter(r -> r.measure() == measure
                && java.util.Objects.equals(r.group(), group)).findFirst().orElseThrow();
    }

    /** The figures of a row: Line A, Line B, total, as plain strings. */
    static List<String> figures(Row row) {
        return List.of(row.lineA().value().toPlainString(), row.lineB().value().toPlainString(),
                row.total().value().toPlainString());
    }

    static List<String> summary(Measure m) {
        return figures(row(report(), SectionKey.SUMMARY, m, null));
    }

    @Test
    void theSummaryCountsProjectsByWhereTheyStand() {
        assertThat(summary(Measure.BUDGET)).containsExactly("1000000.00", "500000.00", "1500000.00");
        assertThat(summary(Measure.SUBMITTED)).containsExactly("6", "4", "10");
        assertThat(summary(Measure.ADMITTED)).containsExactly("4", "4", "8");
        assertThat(summary(Measure.FUNDABLE)).containsExactly("3", "4", "7");
        assertThat(summary(Measure.FINANCED)).containsExactly("2", "1", "3");
    }

    @Test
    void distinctCountsAreDistinctAcrossLinesNotSummed() {
        // A: enterprises 1, 2, 3; B (financed: project 7 only): 1, 4; both lines: 1, 2, 3, 4
        assertThat(summary(Measure.ENTERPRISES)).containsExactly("3", "2", "4");
        // A: lab 100 (partner of 1, provider of 2), 101 (provider); B: 101; both: 100, 101 (102 is of a renounced one)
        assertThat(summary(Measure.RESEARCH_ORGANISATIONS)).containsExactly("2", "1", "2");
    }

    @Test
    void moneyIsSummedOverFinancedProjectsOnly() {
        assertThat(summary(Measure.INVESTMENT)).containsExactly("800000.00", "450000.00", "1250000.00");
        assertThat(summary(Measure.GRANTS)).containsExactly("450000.00", "200000.00", "650000.00");
        assertThat(summary(Measure.CONTRACTS)).containsExactly("3", "1", "4");
        assertThat(summary(Measure.CONTRACT_AMOUNT)).containsExactly("70000.00", "70000.00", "140000.00");
    }

    @Test
    void breakdownsByAreaSizeAndCategory() {
        FundingReport r = report();
        assertThat(figures(row(r, SectionKey.BY_AREA, Measure.FINANCED, "MECH-ROBOTICS")))
                .containsExactly("1", "1", "2");
        assertThat(figures(row(r, SectionKey.BY_AREA, Measure.GRANTS, "MECH-AUTOMOTIVE")))
                .containsExactly("150000.00", "0.00", "150000.00");
        // small enterprises in financed projects: 1 (in three projects, counted once); its own costs and grants
        assertThat(figures(row(r, SectionKey.BY_SIZE, Measure.ENTERPRISES, "SMALL"))).containsExactly("1", "1", "1");
        assertThat(figures(row(r, SectionKey.BY_SIZE, Measure.INVESTMENT, "SMALL")))
                .containsExactly("300000.00", "250000.00", "550000.00");
        assertThat(figures(row(r, SectionKey.BY_SIZE, Measure.GRANTS, "SMALL")))
                .containsExactly("180000.00", "125000.00", "305000.00");
        assertThat(figures(row(r, SectionKey.BY_SIZE, Measure.ENTERPRISES, "LARGE"))).containsExactly("0", "1", "1");
        assertThat(figures(row(r, SectionKey.BY_CATEGORY, Measure.INVESTMENT, "EXPERIMENTAL_DEVELOPMENT")))
                .containsExactly("200.00", "100.00", "300.00");
        assertThat(r.section(SectionKey.BY_AREA).rows()).hasSize(6);
        assertThat(r.section(SectionKey.BY_SIZE).rows()).hasSize(12);
    }

    @Test
    void grantsAgainstTheBudgetAndWhatEnded() {
        FundingReport r = report();
        assertThat(figures(row(r, SectionKey.BUDGET, Measure.BUDGET_USED_SHARE, null)))
                .containsExactly("45.0", "40.0", "43.3");
        assertThat(figures(row(r, SectionKey.BUDGET, Measure.BUDGET_REMAINING, null)))
                .containsExactly("550000.00", "300000.00", "850000.00");
        assertThat(figures(row(r, SectionKey.REVOCATIONS_AND_MOVES, Measure.RENOUNCED, null)))
                .containsExactly("0", "2", "2");
        assertThat(figures(row(r, SectionKey.REVOCATIONS_AND_MOVES, Measure.RENOUNCED_AMOUNT, null)))
                .containsExactly("0.00", "160000.00", "160000.00");
        assertThat(figures(row(r, SectionKey.REVOCATIONS_AND_MOVES, Measure.REVOKED_AMOUNT, null)))
                .containsExactly("0.00", "80000.00", "80000.00");
        assertThat(figures(row(r, SectionKey.REVOCATIONS_AND_MOVES, Measure.MOVED_UP, null)))
                .containsExactly("1", "1", "2");
        assertThat(figures(row(r, SectionKey.REVOCATIONS_AND_MOVES, Measure.MOVED_UP_AMOUNT, null)))
                .containsExactly("150000.00", "80000.00", "230000.00");
        assertThat(row(r, SectionKey.BUDGET, Measure.BUDGET, null).lineA().drill()).isNull();
    }

    @Test
    void everyDrillDownListsExactlyTheProjectsItsFigureCounts() {
        FundingReport r = report();
        Set<String> areas = Set.of("MECH-AUTOMOTIVE", "MECH-ROBOTICS");
        int checked = 0;
        for (FundingReport.Section section : r.sections()) {
            for (Row row : section.rows()) {
                for (FundingReport.Figure f : List.of(row.lineA(), row.lineB(), row.total())) {
                    if (f.drill() == null) {
                        continue;
                    }
                    List<ProjectFacts> listed = FundingReports.drill(call(), f.drill().measure(), f.drill().line(),
                            f.drill().group(), areas);
                    // the figure recomputed from the listed projects alone is the figure
                    ReportRules.Rule rule = ReportRules.drill(f.drill().measure(), f.drill().group(), areas);
                    assertThat(rule.value(listed)).as(section.key() + " " + row.measure() + " " + row.group() + " "
                            + f.drill().line()).isEqualByComparingTo(f.value());
                    if (row.unit() == FundingReport.Unit.COUNT && rule.aggregation()
                            == ReportRules.Aggregation.PROJECTS) {
                        assertThat(listed).hasSize(f.value().intValueExact());
                    }
                    assertThat(listed).allMatch(p -> f.drill().line() == null || p.line() == f.drill().line());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(90);
        assertThat(FundingReports.drill(call(), Measure.FINANCED, Line.A, null, areas))
                .extracting(ProjectFacts::protocolNumber).containsExactly(1L, 2L);
        assertThat(FundingReports.drill(call(), Measure.ENTERPRISES, null, "size:LARGE", areas))
                .extracting(ProjectFacts::protocolNumber).containsExactly(7L);
    }

    @Test
    void aDrillDownThatIsNoFigureIsRefusedNamingTheField() {
        Set<String> areas = Set.of("MECH-ROBOTICS");
        assertThatThrownBy(() -> FundingReports.drill(call(), Measure.BUDGET, null, null, areas))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(Problem.FieldViolation::field).containsExactly("measure"));
        assertThatThrownBy(() -> FundingReports.drill(call(), Measure.SUBMITTED, null, "size:SMALL", areas))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(Problem.FieldViolation::field).containsExactly("group"));
        assertThatThrownBy(() -> FundingReports.drill(call(), Measure.FINANCED, null, "area:NOPE", areas))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(Problem.FieldViolation::field).containsExactly("group"));
        assertThatThrownBy(() -> FundingReports.drill(call(), Measure.INVESTMENT, null, "category:BASIC", areas))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(Problem.FieldViolation::field).containsExactly("group"));
        assertThatThrownBy(() -> FundingReports.drill(call(), Measure.INVESTMENT, null, "colour:red", areas))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(Problem.FieldViolation::field).containsExactly("group"));
    }
}
