package org.openbando.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The funding report as an XLSX workbook (fastexcel, written as a stream): sheet {@code Report} with the call, the
 * instant the data was read and the report's rows (numbers as numbers: euros {@code #,##0.00}, counts {@code #,##0},
 * percentages {@code 0.0}), sheet {@code Projects} with every project of the call, its stage and figures. The
 * Projects sheet is flushed every {@value #FLUSH_EVERY} rows, so a large call is never held in memory as cells.
 */
final class FundingXlsx {

    static final String REPORT_SHEET = "Report";
    static final String PROJECTS_SHEET = "Projects";
    /** The row of the Report sheet that holds the header (0-based); the report's rows follow it. */
    static final int REPORT_HEADER_ROW = 3;
    static final int FLUSH_EVERY = 500;

    private static final String EUR = "#,##0.00";
    private static final String COUNT = "#,##0";
    private static final String PERCENT = "0.0";

    private FundingXlsx() {
    }

    static void write(FundingReport report, List<ProjectFacts> projects, ReportWording words, OutputStream stream) {
        ReportPageTexts t = words.texts();
        try {
            Workbook workbook = new Workbook(new KeepOpen(stream), "OpenBando", "1.0");
            Worksheet sheet = workbook.newWorksheet(REPORT_SHEET);
            sheet.value(0, 0, t.report_heading());
            sheet.value(0, 1, report.callCode());
            sheet.value(0, 2, report.callTitle());
            sheet.value(1, 0, words.readAt(report.readAt()));
            sheet.value(1, 1, FundingCsv.instant(report.readAt()));
            List<String> header = List.of(t.col_section(), t.col_measure(), t.col_group(), t.col_line_a(), t.col_line_b(),
                    t.col_total(), "unit", "measure", "group");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(REPORT_HEADER_ROW, c, header.get(c));
                sheet.style(REPORT_HEADER_ROW, c).bold().set();
            }
            int r = REPORT_HEADER_ROW + 1;
            for (FundingReport.Section section : report.sections()) {
                for (FundingReport.Row row : section.rows()) {
                    sheet.value(r, 0, words.section(section.key()));
                    sheet.value(r, 1, words.measure(row.measure()));
                    if (row.group() != null) {
                        sheet.value(r, 2, words.group(report, section, row));
                    }
                    number(sheet, r, 3, row.unit(), row.lineA());
                    number(sheet, r, 4, row.unit(), row.lineB());
                    number(sheet, r, 5, row.unit(), row.total());
                    sheet.value(r, 6, row.unit().name());
                    sheet.value(r, 7, row.measure().name());
                    if (row.group() != null) {
                        sheet.value(r, 8, row.group());
                    }
                    r++;
                }
            }
            sheet.width(0, 30);
            sheet.width(1, 60);
            sheet.width(2, 24);
            for (int c = 3; c <= 5; c++) {
                sheet.width(c, 18);
            }
            sheet.finish();
            projects(workbook.newWorksheet(PROJECTS_SHEET), projects, report, words);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    /** The header of the Projects sheet (codes, as the CSV's). */
    static final List<String> PROJECT_COLUMNS = List.of("protocol_number", "submission_id", "acronym", "title",
            "line", "stage", "stage_label", "admitted", "fundable", "financed", "award_status", "eligible_cost",
            "grant", "ended_amount", "moved_up", "cup", "lead_name", "lead_vat_number", "enterprises",
            "research_organisations", "contracts", "contract_amount");

    private static void projects(Worksheet sheet, List<ProjectFacts> projects, FundingReport report,
            ReportWording words) throws IOException {
        sheet.value(0, 0, words.readAt(report.readAt()));
        sheet.value(0, 1, FundingCsv.instant(report.readAt()));
        for (int c = 0; c < PROJECT_COLUMNS.size(); c++) {
            sheet.value(1, c, PROJECT_COLUMNS.get(c));
            sheet.style(1, c).bold().set();
        }
        int r = 2;
        for (ProjectFacts p : projects) {
            List<ProjectFacts.Participant> members = p.participants() == null ? List.of() : p.participants();
            ProjectFacts.Participant lead = members.isEmpty() ? null : members.get(0);
            List<ProjectFacts.ContractFact> contracts = p.contracts() == null ? List.of() : p.contracts();
            sheet.value(r, 0, p.protocolNumber());
            sheet.value(r, 1, p.submissionId());
            text(sheet, r, 2, p.acronym());
            text(sheet, r, 3, p.title());
            text(sheet, r, 4, p.line() == null ? null : p.line().name());
            text(sheet, r, 5, p.stage() == null ? null : p.stage().name());
            text(sheet, r, 6, words.stage(p.stage()));
            sheet.value(r, 7, p.admitted());
            sheet.value(r, 8, p.fundable());
            sheet.value(r, 9, p.financed());
            text(sheet, r, 10, p.awardStatus());
            money(sheet, r, 11, p.eligibleCost());
            money(sheet, r, 12, p.grant());
            money(sheet, r, 13, p.endedAmount());
            sheet.value(r, 14, p.movedUp());
            text(sheet, r, 15, p.cup());
            text(sheet, r, 16, lead == null ? null : lead.name());
            text(sheet, r, 17, lead == null ? null : lead.vatNumber());
            sheet.value(r, 18, members.stream().filter(m -> m.type() != null && m.enterprise()).count());
            sheet.value(r, 19, members.stream().filter(m -> m.type() != null && !m.enterprise()).count());
            sheet.value(r, 20, contracts.size());
            money(sheet, r, 21, contracts.stream().map(ProjectFacts.ContractFact::amount)
                    .filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add));
            r++;
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void number(Worksheet sheet, int r, int c, FundingReport.Unit unit, FundingReport.Figure f) {
        if (f == null || f.value() == null) {
            return;
        }
        sheet.value(r, c, f.value());
        sheet.style(r, c).format(switch (unit) {
            case EUR -> EUR;
            case COUNT -> COUNT;
            case PERCENT -> PERCENT;
        }).set();
    }

    private static void money(Worksheet sheet, int r, int c, BigDecimal amount) {
        if (amount != null) {
            sheet.value(r, c, amount);
            sheet.style(r, c).format(EUR).set();
        }
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    /** The caller's stream, which the workbook must not close. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
