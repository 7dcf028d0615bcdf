package org.openbando.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Csv;

/**
 * CSV of the funding report (RFC 4180: UTF-8 without BOM, comma-separated, CRLF, a header row first, cells quoted when
 * they hold a comma, a quote or a line break). A text cell that a spreadsheet would run as a formula (it starts with =,
 * +, -, @, tab or carriage return) gets a leading apostrophe; numbers are written plain ({@code 1234.50}, a dot, no
 * grouping). Rows are written to the stream as they are produced.
 */
final class FundingCsv implements AutoCloseable {

    /** The report's columns (docs/api.md). */
    static final List<String> REPORT_COLUMNS = List.of("section", "measure", "group", "unit", "line_a", "line_b",
            "total", "label");
    /** The drill-down's columns, one row per project (docs/api.md). */
    static final List<String> PROJECT_COLUMNS = List.of("call_code", "protocol_number", "submission_id", "acronym",
            "title", "line", "stage", "award_status", "eligible_cost", "grant", "moved_up", "cup", "lead_name",
            "lead_vat_number", "read_at");


    private final Writer out;

    FundingCsv(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    }

    /**
     * The report: the header, a row stating when the data was read ({@code META,READ_AT}, the instant in the total
     * column), a row naming the call ({@code META,CALL}), then every row of every section.
     */
    static void report(FundingReport report, ReportWording words, OutputStream stream) {
        try (FundingCsv csv = new FundingCsv(stream)) {
            csv.row(REPORT_COLUMNS);
            csv.row("META", "READ_AT", "", "INSTANT", "", "", instant(report.readAt()),
                    words.readAt(report.readAt()));
            csv.row("META", "CALL", "", "TEXT", "", "", report.callCode(), report.callTitle());
            for (FundingReport.Section section : report.sections()) {
                for (FundingReport.Row r : section.rows()) {
                    csv.row(section.key().name(), r.measure().name(), text(r.group()), r.unit().name(),
                            number(r.lineA()), number(r.lineB()), number(r.total()), words.measure(r.measure()));
                }
            }
        }
    }

    /** The projects a figure counts, one row each, with the instant their data was read. */
    static void projects(List<ProjectFacts> projects, Instant readAt, ReportWording words, OutputStream stream) {
        String read = instant(readAt);
        try (FundingCsv csv = new FundingCsv(stream)) {
            csv.row(PROJECT_COLUMNS);
            for (ProjectFacts p : projects) {
                ProjectFacts.Participant lead = p.participants() == null || p.participants().isEmpty() ? null
                        : p.participants().get(0);
                csv.row(text(p.callCode()), String.valueOf(p.protocolNumber()), String.valueOf(p.submissionId()),
                        text(p.acronym()), text(p.title()), p.line() == null ? "" : p.line().name(),
                        p.stage() == null ? "" : p.stage().name(), text(p.awardStatus()), money(p.eligibleCost()),
                        money(p.grant()), String.valueOf(p.movedUp()), text(p.cup()),
                        lead == null ? "" : text(lead.name()), lead == null ? "" : text(lead.vatNumber()), read);
            }
        }
    }

    void row(String... cells) {
        row(List.of(cells));
    }

    void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(Csv.cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV", e);
        }
    }

    /** Flushes what is buffered; the stream stays open (the caller's). */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV", e);
        }
    }


    static String number(FundingReport.Figure figure) {
        return figure == null || figure.value() == null ? "" : figure.value().toPlainString();
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** An instant in Rome with its offset, to the millisecond: {@code 2026-11-30T22:11:38.123+01:00}. */
    static String instant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ClockProducer.inRome(instant));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
