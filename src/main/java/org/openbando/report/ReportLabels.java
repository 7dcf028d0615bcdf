package org.openbando.report;

import java.util.Locale;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.SizeClass;
import org.openbando.shared.Languages;

/**
 * The labels of the funding report in Italian or English, from {@link ReportTexts}: for the renderings written in
 * Java (CSV, XLSX, PDF) and the drill-down's lists. One switch per enumeration, so that a new constant without a label
 * fails to compile.
 */
public final class ReportLabels {

    private ReportLabels() {
    }

    public static String measure(Measure m, Locale language) {
        ReportTexts t = Languages.texts(ReportTexts.class, language);
        return switch (m) {
            case BUDGET -> t.measure_BUDGET();
            case SUBMITTED -> t.measure_SUBMITTED();
            case ADMITTED -> t.measure_ADMITTED();
            case FUNDABLE -> t.measure_FUNDABLE();
            case FINANCED -> t.measure_FINANCED();
            case ENTERPRISES -> t.measure_ENTERPRISES();
            case RESEARCH_ORGANISATIONS -> t.measure_RESEARCH_ORGANISATIONS();
            case INVESTMENT -> t.measure_INVESTMENT();
            case GRANTS -> t.measure_GRANTS();
            case CONTRACTS -> t.measure_CONTRACTS();
            case CONTRACT_AMOUNT -> t.measure_CONTRACT_AMOUNT();
            case BUDGET_USED_SHARE -> t.measure_BUDGET_USED_SHARE();
            case BUDGET_REMAINING -> t.measure_BUDGET_REMAINING();
            case RENOUNCED -> t.measure_RENOUNCED();
            case RENOUNCED_AMOUNT -> t.measure_RENOUNCED_AMOUNT();
            case REVOKED -> t.measure_REVOKED();
            case REVOKED_AMOUNT -> t.measure_REVOKED_AMOUNT();
            case MOVED_UP -> t.measure_MOVED_UP();
            case MOVED_UP_AMOUNT -> t.measure_MOVED_UP_AMOUNT();
        };
    }

    public static String section(FundingReport.SectionKey key, Locale language) {
        ReportTexts t = Languages.texts(ReportTexts.class, language);
        return switch (key) {
            case SUMMARY -> t.section_SUMMARY();
            case BY_AREA -> t.section_BY_AREA();
            case BY_SIZE -> t.section_BY_SIZE();
            case BY_CATEGORY -> t.section_BY_CATEGORY();
            case BUDGET -> t.section_BUDGET();
            case REVOCATIONS_AND_MOVES -> t.section_REVOCATIONS_AND_MOVES();
        };
    }

    public static String size(SizeClass size, Locale language) {
        ReportTexts t = Languages.texts(ReportTexts.class, language);
        return switch (size) {
            case MICRO -> t.size_MICRO();
            case SMALL -> t.size_SMALL();
            case MEDIUM -> t.size_MEDIUM();
            case LARGE -> t.size_LARGE();
        };
    }

    public static String category(ResearchCategory category, Locale language) {
        ReportTexts t = Languages.texts(ReportTexts.class, language);
        return switch (category) {
            case INDUSTRIAL_RESEARCH -> t.category_INDUSTRIAL_RESEARCH();
            case EXPERIMENTAL_DEVELOPMENT -> t.category_EXPERIMENTAL_DEVELOPMENT();
            case FEASIBILITY_STUDY -> t.category_FEASIBILITY_STUDY();
        };
    }

    public static String stage(ProjectFacts.Stage stage, Locale language) {
        ReportTexts t = Languages.texts(ReportTexts.class, language);
        return switch (stage) {
            case SUBMITTED -> t.stage_SUBMITTED();
            case INADMISSIBLE -> t.stage_INADMISSIBLE();
            case ADMITTED -> t.stage_ADMITTED();
            case NOT_FUNDABLE -> t.stage_NOT_FUNDABLE();
            case EXCLUDED -> t.stage_EXCLUDED();
            case RESERVE -> t.stage_RESERVE();
            case FUNDED -> t.stage_FUNDED();
            case RENOUNCED -> t.stage_RENOUNCED();
            case FORFEITED -> t.stage_FORFEITED();
            case REVOKED -> t.stage_REVOKED();
        };
    }

    /**
     * The label of a row's group: for an area "cluster / area name" (the name in the language, the code when the
     * directory does not know it), else the size class or the research category; null for a row without a group.
     */
    public static String group(FundingReport report, FundingReport.Section section, FundingReport.Row row,
            Locale language) {
        if (row.group() == null) {
            return null;
        }
        return switch (section.key()) {
            case BY_AREA -> report.areas().stream().filter(a -> a.code().equals(row.group())).findFirst()
                    .map(a -> (a.clusterCode() == null ? "" : a.clusterCode() + " / ")
                            + (a.name() == null ? a.code() : Languages.isItalian(language) || a.nameEn() == null
                                    ? a.name() : a.nameEn()))
                    .orElse(row.group());
            case BY_SIZE -> size(SizeClass.valueOf(row.group()), language);
            case BY_CATEGORY -> category(ResearchCategory.valueOf(row.group()), language);
            default -> row.group();
        };
    }
}
