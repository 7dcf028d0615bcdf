package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.SizeClass;
import org.openbando.report.FundingReport.Drill;
import org.openbando.report.FundingReport.Figure;
import org.openbando.report.FundingReport.Row;
import org.openbando.report.FundingReport.Section;
import org.openbando.report.FundingReport.SectionKey;
import org.openbando.report.FundingReport.Unit;

/**
 * The funding report of a call and its drill-downs: the named rules of {@link Measure} ({@link ReportRules}) applied to
 * the call's {@link ProjectFacts}. 404 for an unknown call. A drill-down applies the very rule its figure applied.
 */
@ApplicationScoped
public class FundingReports {

    /** The order of the summary's rows (the table). */
    static final List<Measure> SUMMARY = List.of(Measure.BUDGET, Measure.SUBMITTED, Measure.ADMITTED,
            Measure.FUNDABLE, Measure.FINANCED, Measure.ENTERPRISES, Measure.RESEARCH_ORGANISATIONS,
            Measure.INVESTMENT, Measure.GRANTS, Measure.CONTRACTS, Measure.CONTRACT_AMOUNT);
    static final List<Measure> REVOCATIONS_AND_MOVES = List.of(Measure.RENOUNCED, Measure.RENOUNCED_AMOUNT,
            Measure.REVOKED, Measure.REVOKED_AMOUNT, Measure.MOVED_UP, Measure.MOVED_UP_AMOUNT);

    private final ProjectFactsReader reader;
    private final CallService calls;
    private final ClusterDirectory clusters;

    FundingReports(ProjectFactsReader reader, CallService calls, ClusterDirectory clusters) {
        this.reader = reader;
        this.calls = calls;
        this.clusters = clusters;
    }

    @Transactional
    public FundingReport of(long callId) {
        ProjectFactsReader.Read read = reader.ofCall(callId); // 404 for an unknown call
        FundingRules rules = calls.fundingRules(callId);
        return compute(rules, read, areas(callId, read.projects()));
    }

    /** The projects a figure counts (its drill-down), in protocol order. */
    @Transactional
    public List<ProjectFacts> projects(long callId, Measure measure, Line line, String group) {
        ProjectFactsReader.Read read = reader.ofCall(callId);
        Set<String> areas = new LinkedHashSet<>();
        areas(callId, read.projects()).forEach(a -> areas.add(a.code()));
        return drill(read.projects(), measure, line, group, areas);
    }

    /**
     * The projects counted by the rule of a measure (within a group), of a line or both, in protocol order; 400
     * naming {@code measure} or {@code group} when they make no figure of the report.
     */
    static List<ProjectFacts> drill(List<ProjectFacts> projects, Measure measure, Line line, String group,
            Set<String> areas) {
        ReportRules.Rule rule = ReportRules.drill(measure, group, areas);
        return rule.counted(line == null ? projects : ofLine(projects, line)).stream()
                .sorted(Comparator.comparingLong(ProjectFacts::protocolNumber)).toList();
    }

    /** The report's sections from the facts read (pure: the unit tests call it with hand-built facts). */
    static FundingReport compute(FundingRules rules, ProjectFactsReader.Read read, List<FundingReport.Area> areas) {
        List<ProjectFacts> all = read.projects();
        List<ProjectFacts> a = ofLine(all, Line.A);
        List<ProjectFacts> b = ofLine(all, Line.B);
        BigDecimal budgetA = money(rules.budget(Line.A));
        BigDecimal budgetB = money(rules.budget(Line.B));
        Row budget = new Row(Measure.BUDGET, null, Unit.EUR, new Figure(budgetA, null), new Figure(budgetB, null),
                new Figure(budgetA.add(budgetB), null));

        List<Row> summary = new ArrayList<>();
        summary.add(budget);
        SUMMARY.stream().skip(1).forEach(m -> summary.add(row(ReportRules.rule(m), null, null, a, b, all)));

        List<Row> byArea = new ArrayList<>();
        for (FundingReport.Area area : areas) {
            for (Measure m : List.of(Measure.FINANCED, Measure.INVESTMENT, Measure.GRANTS)) {
                byArea.add(row(ReportRules.byArea(m, area.code()), area.code(), ReportRules.AREA + area.code(), a,
                        b, all));
            }
        }
        List<Row> bySize = new ArrayList<>();
        for (SizeClass size : SizeClass.values()) {
            for (Measure m : List.of(Measure.ENTERPRISES, Measure.INVESTMENT, Measure.GRANTS)) {
                bySize.add(row(ReportRules.bySize(m, size), size.name(), ReportRules.SIZE + size.name(), a, b,
                        all));
            }
        }
        List<Row> byCategory = new ArrayList<>();
        for (ResearchCategory category : ResearchCategory.values()) {
            byCategory.add(row(ReportRules.byCategory(Measure.INVESTMENT, category), category.name(),
                    ReportRules.CATEGORY + category.name(), a, b, all));
        }
        Row grants = row(ReportRules.rule(Measure.GRANTS), null, null, a, b, all);
        List<Row> money = List.of(budget, grants,
                new Row(Measure.BUDGET_USED_SHARE, null, Unit.PERCENT,
                        new Figure(ReportRules.usedShare(grants.lineA().value(), budgetA), null),
                        new Figure(ReportRules.usedShare(grants.lineB().value(), budgetB), null),
                        new Figure(ReportRules.usedShare(grants.total().value(), budget.total().value()), null)),
                new Row(Measure.BUDGET_REMAINING, null, Unit.EUR,
                        new Figure(budgetA.subtract(grants.lineA().value()), null),
                        new Figure(budgetB.subtract(grants.lineB().value()), null),
                        new Figure(budget.total().value().subtract(grants.total().value()), null)));
        List<Row> moves = REVOCATIONS_AND_MOVES.stream().map(m -> row(ReportRules.rule(m), null, null, a, b, all))
                .toList();

        return new FundingReport(rules.callId(), rules.code(), rules.title(), read.readAt(), List.of(
                new Section(SectionKey.SUMMARY, List.copyOf(summary)),
                new Section(SectionKey.BY_AREA, List.copyOf(byArea)),
                new Section(SectionKey.BY_SIZE, List.copyOf(bySize)),
                new Section(SectionKey.BY_CATEGORY, List.copyOf(byCategory)),
                new Section(SectionKey.BUDGET, money),
                new Section(SectionKey.REVOCATIONS_AND_MOVES, moves)), List.copyOf(areas));
    }

    private static Row row(ReportRules.Rule rule, String group, String drillGroup, List<ProjectFacts> a,
            List<ProjectFacts> b, List<ProjectFacts> all) {
        Measure m = rule.measure();
        return new Row(m, group, rule.unit(), new Figure(rule.value(a), new Drill(m, Line.A, drillGroup)),
                new Figure(rule.value(b), new Drill(m, Line.B, drillGroup)),
                new Figure(rule.value(all), new Drill(m, null, drillGroup)));
    }

    private static List<ProjectFacts> ofLine(List<ProjectFacts> projects, Line line) {
        return projects.stream().filter(p -> p.line() == line).toList();
    }

    private static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The thematic areas of the report: the call's and any its projects name, by cluster and code, each with its
     * cluster as the directory holds it (a few lookups: one per area).
     */
    private List<FundingReport.Area> areas(long callId, List<ProjectFacts> projects) {
        Set<String> codes = new LinkedHashSet<>(calls.rules(callId).thematicAreaCodes());
        projects.forEach(p -> {
            if (p.thematicAreaCode() != null) {
                codes.add(p.thematicAreaCode());
            }
        });
        Map<String, FundingReport.Area> sorted = new TreeMap<>();
        for (String code : codes) {
            FundingReport.Area area = clusters.areaByCode(code).map(x -> new FundingReport.Area(x.code(), x.name(),
                    x.nameEn(), x.clusterCode())).orElse(new FundingReport.Area(code, null, null, null));
            sorted.put((area.clusterCode() == null ? "\uffff" : area.clusterCode()) + "\u0000" + code, area);
        }
        return List.copyOf(sorted.values());
    }
}
