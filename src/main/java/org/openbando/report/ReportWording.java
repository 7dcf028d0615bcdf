package org.openbando.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbando.call.ResearchCategory;
import org.openbando.document.FundingReportData;
import org.openbando.organization.SizeClass;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Languages;
import org.openbando.shared.Money;

/**
 * The funding report worded and formatted in one language, once for every rendering: the page, the PDF (through
 * {@link FundingReportData}) and the labels of the CSV and XLSX show the same strings, so they cannot disagree.
 * Amounts are euros with cents and grouping ({@code 1.234.567,89} / {@code 1,234,567.89}), counts integers with
 * grouping, percentages one decimal ({@code 47,4%}); the instant the data was read is in Europe/Rome. Immutable.
 */
public final class ReportWording {

    /** The drill-down page of a figure. */
    static final String DRILL_PATH = "/auditor/calls/%d/report/projects";

    private final Locale locale;
    private final ReportPageTexts texts;

    private ReportWording(Locale locale) {
        this.locale = Languages.of(locale);
        this.texts = Languages.texts(ReportPageTexts.class, this.locale);
    }

    public static ReportWording of(Locale language) {
        return new ReportWording(language);
    }

    public Locale locale() {
        return locale;
    }

    public ReportPageTexts texts() {
        return texts;
    }

    /** The report as it is shown: every row's label, group and figures worded, every figure with its drill-down. */
    public record Worded(long callId, String callCode, String callTitle, Instant readAt, String readAtSentence,
            List<Table> tables) {
    }

    /** A table of the report. */
    public record Table(FundingReport.SectionKey key, String title, boolean grouped, List<Entry> rows) {
    }

    /** A row: the measure, its group (code and words), and the cells of line A, line B and the total. */
    public record Entry(Measure measure, String label, String group, String groupLabel, FundingReport.Unit unit,
            Cell lineA, Cell lineB, Cell total) {

        /** Line A, line B and the total, in the tables' order. */
        public List<Cell> cells() {
            return List.of(lineA, lineB, total);
        }
    }

    /**
     * One figure as shown: its text, and the link to the projects it counts (null when it counts none: a budget).
     *
     * @param column {@code A}, {@code B} or {@code total}
     * @param value  the figure's value as it is (plain, for data attributes and tests)
     */
    public record Cell(String column, String text, String value, String href) {
    }

    public Worded word(FundingReport report) {
        List<Table> tables = new ArrayList<>();
        for (FundingReport.Section section : report.sections()) {
            boolean grouped = section.rows().stream().anyMatch(r -> r.group() != null);
            List<Entry> rows = new ArrayList<>();
            for (FundingReport.Row r : section.rows()) {
                rows.add(new Entry(r.measure(), measure(r.measure()), r.group(), group(report, section, r),
                        r.unit(), cell(report.callId(), "A", r.unit(), r.lineA()),
                        cell(report.callId(), "B", r.unit(), r.lineB()),
                        cell(report.callId(), "total", r.unit(), r.total())));
            }
            tables.add(new Table(section.key(), section(section.key()), grouped, List.copyOf(rows)));
        }
        return new Worded(report.callId(), report.callCode(), report.callTitle(), report.readAt(),
                readAt(report.readAt()), List.copyOf(tables));
    }

    /** What the PDF lays out: the same words and figures as the page. */
    public FundingReportData pdf(Worded report) {
        List<FundingReportData.Section> sections = report.tables().stream()
                .map(t -> new FundingReportData.Section(t.title(), t.grouped(), t.rows().stream()
                        .map(r -> new FundingReportData.Row(r.label(), r.groupLabel(), r.lineA().text(),
                                r.lineB().text(), r.total().text()))
                        .toList()))
                .toList();
        return new FundingReportData(locale.getLanguage(), texts.report_heading(), report.callCode(),
                report.callTitle(), texts.call_label(), report.readAtSentence(), columns(), sections, texts.none(),
                texts.report_note());
    }

    /** The tables' headers: measure, group, line A, line B, total. */
    public List<String> columns() {
        return List.of(texts.col_measure(), texts.col_group(), texts.col_line_a(), texts.col_line_b(),
                texts.col_total());
    }

    /** The label of a measure (the report's bundle, {@code measure_<NAME>}). */
    public String measure(Measure measure) {
        return measure == null ? "" : ReportLabels.measure(measure, locale);
    }

    /** The title of a section (the report's bundle, {@code section_<KEY>}). */
    public String section(FundingReport.SectionKey key) {
        return key == null ? "" : ReportLabels.section(key, locale);
    }

    /** A row's group in words: "cluster / area", a size class, a research category; null without a group. */
    public String group(FundingReport report, FundingReport.Section section, FundingReport.Row row) {
        return ReportLabels.group(report, section, row, locale);
    }

    /**
     * A drill-down's group in words ({@code size:MICRO} as a size class, {@code category:..} as a research category,
     * {@code area:S3-01} as its code); null for none.
     */
    public String drillGroup(String group) {
        if (group == null) {
            return null;
        }
        int colon = group.indexOf(':');
        String kind = colon < 0 ? "" : group.substring(0, colon);
        String value = group.substring(colon + 1);
        try {
            return switch (kind) {
                case "size" -> ReportLabels.size(SizeClass.valueOf(value), locale);
                case "category" -> ReportLabels.category(ResearchCategory.valueOf(value), locale);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    public String stage(ProjectFacts.Stage stage) {
        return stage == null ? texts.not_stated() : ReportLabels.stage(stage, locale);
    }

    /** "Data read on 30 November 2026, 22:11:38 (Rome time)." */
    public String readAt(Instant readAt) {
        return texts.read_at(instant(readAt));
    }

    /** An instant in Rome to the second, in the language's words. */
    public String instant(Instant instant) {
        return instant == null ? texts.not_stated() : instant.atZone(ClockProducer.ROME)
                .format(DateTimeFormatter.ofPattern(Languages.isItalian(locale) ? "d MMMM yyyy 'alle' HH:mm:ss"
                        : "d MMMM yyyy 'at' HH:mm:ss", locale));
    }

    /** A value in its unit, formatted; a dash when there is none. */
    public String value(FundingReport.Unit unit, BigDecimal value) {
        if (value == null) {
            return texts.not_stated();
        }
        return switch (unit) {
            case EUR -> money(value);
            case PERCENT -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(1);
                format.setMaximumFractionDigits(1);
                yield format.format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            }
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
        };
    }

    /** Euros with cents and grouping, no symbol (the labels say EUR); a dash for none. */
    public String money(BigDecimal amount) {
        return amount == null ? texts.not_stated() : Money.format(amount, locale);
    }

    private Cell cell(long callId, String column, FundingReport.Unit unit, FundingReport.Figure figure) {
        if (figure == null) {
            return new Cell(column, texts.not_stated(), "", null);
        }
        return new Cell(column, value(unit, figure.value()), figure.value() == null ? "" : figure.value().toPlainString(),
                figure.drill() == null ? null : drillLink(callId, figure.drill()));
    }

    /** The drill-down page of a figure: {@code /auditor/calls/7/report/projects?measure=FINANCED&line=A}. */
    public static String drillLink(long callId, FundingReport.Drill drill) {
        StringBuilder link = new StringBuilder(String.format(Locale.ROOT, DRILL_PATH, callId))
                .append("?measure=").append(drill.measure().name());
        if (drill.line() != null) {
            link.append("&line=").append(drill.line().name());
        }
        if (drill.group() != null) {
            link.append("&group=").append(URLEncoder.encode(drill.group(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
