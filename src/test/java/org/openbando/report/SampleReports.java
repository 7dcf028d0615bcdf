package org.openbando.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.report.FundingReport.Drill;
import org.openbando.report.FundingReport.Figure;
import org.openbando.report.FundingReport.Row;
import org.openbando.report.FundingReport.Section;
import org.openbando.report.FundingReport.SectionKey;
import org.openbando.report.FundingReport.Unit;

/** Funding reports and project facts built by hand, for the renderers' tests (no database, no engine). */
final class SampleReports {

    /** 30 November 2026, 22:11:38.123 in Rome (UTC+1). */
    static final Instant READ_AT = Instant.parse("2026-11-30T21:11:38.123Z");
    static final String CALL_CODE = "RIS-2026";
    /** A title that a spreadsheet would run as a formula, with a comma, quotes and a line break. */
    static final String NASTY_TITLE = "=HYPERLINK(\"http://x\",\"click\"), research\nand \"innovation\"";

    private SampleReports() {
    }

    static FundingReport report() {
        return report(NASTY_TITLE);
    }

    static FundingReport report(String callTitle) {
        List<Row> summary = List.of(
                row(Measure.BUDGET, null, Unit.EUR, "35000000.00", "15000000.00", "50000000.00", false),
                row(Measure.SUBMITTED, null, Unit.COUNT, "113", "53", "166", true),
                row(Measure.FINANCED, null, Unit.COUNT, "73", "34", "107", true),
                row(Measure.ENTERPRISES, null, Unit.COUNT, "215", "68", "280", true),
                row(Measure.INVESTMENT, null, Unit.EUR, "49800000.00", "21200000.00", "71000000.00", true),
                row(Measure.GRANTS, null, Unit.EUR, "23700000.00", "9300000.00", "33000000.00", true),
                row(Measure.CONTRACT_AMOUNT, null, Unit.EUR, "13000000.00", "7000000.00", "20000000.00", true));
        List<Row> bySize = List.of(
                row(Measure.ENTERPRISES, "MICRO", Unit.COUNT, "40", "20", "60", true),
                row(Measure.GRANTS, "LARGE", Unit.EUR, "1234567.89", "0.00", "1234567.89", true));
        List<Row> budget = List.of(
                row(Measure.BUDGET_USED_SHARE, null, Unit.PERCENT, "67.7", "62.0", "66.0", false));
        List<Row> moves = List.of(
                row(Measure.REVOKED_AMOUNT, null, Unit.EUR, "-0.50", "0.00", "-0.50", true));
        return new FundingReport(7, CALL_CODE, callTitle, READ_AT, List.of(new Section(SectionKey.SUMMARY, summary),
                new Section(SectionKey.BY_SIZE, bySize), new Section(SectionKey.BUDGET, budget),
                new Section(SectionKey.REVOCATIONS_AND_MOVES, moves), new Section(SectionKey.BY_AREA, List.of())),
                List.of());
    }

    static Row row(Measure measure, String group, Unit unit, String a, String b, String total, boolean drills) {
        String drillGroup = group == null ? null : "size:" + group;
        return new Row(measure, group, unit, figure(a, drills ? new Drill(measure, Line.A, drillGroup) : null),
                figure(b, drills ? new Drill(measure, Line.B, drillGroup) : null),
                figure(total, drills ? new Drill(measure, null, drillGroup) : null));
    }

    static Figure figure(String value, Drill drill) {
        return new Figure(new BigDecimal(value), drill);
    }

    static ProjectFacts project(long submissionId, long protocol, String acronym, String title, Line line,
            ProjectFacts.Stage stage, String eligibleCost, String grant) {
        ProjectFacts.Participant lead = new ProjectFacts.Participant(100 + submissionId, "Lead " + acronym,
                "IT0190000000" + (submissionId % 10), OrganizationType.ENTERPRISE, SizeClass.SMALL, true,
                new BigDecimal(eligibleCost), grant == null ? null : new BigDecimal(grant), "Bari");
        return new ProjectFacts(submissionId, submissionId + 1000, 7, CALL_CODE, line, protocol,
                READ_AT.minusSeconds(86_400), acronym, title, "summary", "CL1", "S3-01", LocalDate.of(2027, 1, 1), 24,
                stage, true, grant != null, grant != null, grant == null ? null : "ACCEPTED",
                new BigDecimal(eligibleCost), grant == null ? null : new BigDecimal(grant), null, false, null, null,
                null, null, Map.of(ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal(eligibleCost)),
                List.of(lead), List.of());
    }

    static List<ProjectFacts> projects() {
        return List.of(
                project(11, 1, "ALFA", "First, \"quoted\" project", Line.A, ProjectFacts.Stage.FUNDED, "500000.00",
                        "250000.00"),
                project(12, 2, "-BETA", "@risky title", Line.B, ProjectFacts.Stage.RESERVE, "300000.50", null),
                project(13, 3, "GAMMA", "Third\nline", Line.A, ProjectFacts.Stage.INADMISSIBLE, "100000.00", null));
    }
}
