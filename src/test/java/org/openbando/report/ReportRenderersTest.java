package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;
import org.openbando.document.PdfA;
import org.openbando.shared.Csv;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The funding report's renderers on hand-built reports: CSV (RFC 4180, neutralised formulas, the instant first), XLSX
 * read back from its XML, PDF/A checked by veraPDF and read back with PDFBox: the same figures in each.
 */
@QuarkusTest
class ReportRenderersTest {

    static final Locale IT = Locale.ITALIAN;
    static final Locale EN = Locale.ENGLISH;

    @Inject
    ReportExports exports;

    // --- CSV -----------------------------------------------------------------------------------------------------

    @Test
    void csvQuotesCellsAsRfc4180Says() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void csvNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+39 080")).isEqualTo("'+39 080");
        assertThat(Csv.cell("-BETA")).isEqualTo("'-BETA");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        // numbers stay numbers, negative ones too
        assertThat(Csv.cell("-0.50")).isEqualTo("-0.50");
        assertThat(Csv.cell("1234.56")).isEqualTo("1234.56");
    }

    @Test
    void reportCsvHasItsHeaderFirstThenTheInstantItsDataWasReadThenEveryRow() {
        FundingReport report = SampleReports.report();
        List<List<String>> rows = CsvReader.parse(csv(report, IT));

        assertThat(rows.get(0)).containsExactly("section", "measure", "group", "unit", "line_a", "line_b", "total",
                "label");
        assertThat(rows.get(1).subList(0, 7)).containsExactly("META", "READ_AT", "", "INSTANT", "", "",
                "2026-11-30T22:11:38.123+01:00");
        assertThat(rows.get(1).get(7)).contains("30 novembre 2026").contains("22:11:38");
        // the call's title is one cell, quoted, its formula neutralised
        assertThat(rows.get(2)).containsExactly("META", "CALL", "", "TEXT", "", "", "RIS-2026",
                "'" + SampleReports.NASTY_TITLE);
        List<List<String>> figures = rows.subList(3, rows.size());
        int expected = report.sections().stream().mapToInt(s -> s.rows().size()).sum();
        assertThat(figures).hasSize(expected);
        assertThat(figures.get(0)).containsExactly("SUMMARY", "BUDGET", "", "EUR", "35000000.00", "15000000.00",
                "50000000.00", "Dotazione");
        assertThat(figures).contains(List.of("BY_SIZE", "ENTERPRISES", "MICRO", "COUNT", "40", "20", "60",
                "Imprese coinvolte (distinte, nei progetti finanziati)"));
        assertThat(figures).contains(List.of("REVOCATIONS_AND_MOVES", "REVOKED_AMOUNT", "", "EUR", "-0.50", "0.00",
                "-0.50", "Importo revocato"));
        // every line ends with CRLF, as RFC 4180 says
        assertThat(csv(report, IT)).endsWith("\r\n").doesNotContain("\uFEFF");
    }

    @Test
    void reportCsvLabelsAreInTheCallersLanguageAndItsFiguresAreNot() {
        List<List<String>> italian = CsvReader.parse(csv(SampleReports.report(), IT));
        List<List<String>> english = CsvReader.parse(csv(SampleReports.report(), EN));

        assertThat(english.get(3).get(7)).isEqualTo("Budget");
        assertThat(english.get(1).get(7)).contains("30 November 2026");
        for (int i = 0; i < italian.size(); i++) {
            assertThat(english.get(i).subList(0, 7)).isEqualTo(italian.get(i).subList(0, 7));
        }
    }

    @Test
    void drillDownCsvHasOneRowPerProjectWithItsFigures() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.projectsCsv(SampleReports.projects(), SampleReports.READ_AT, EN, out);
        List<List<String>> rows = CsvReader.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(rows.get(0)).isEqualTo(FundingCsv.PROJECT_COLUMNS);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("RIS-2026", "1", "11", "ALFA", "First, \"quoted\" project", "A",
                "FUNDED", "ACCEPTED", "500000.00", "250000.00", "false", "", "Lead ALFA", "IT01900000001",
                "2026-11-30T22:11:38.123+01:00");
        assertThat(rows.get(2).get(3)).isEqualTo("'-BETA");
        assertThat(rows.get(2).get(4)).isEqualTo("'@risky title");
        assertThat(rows.get(2).get(9)).isEmpty();
        assertThat(rows.get(3).get(4)).isEqualTo("Third\nline");
    }

    // --- XLSX ----------------------------------------------------------------------------------------------------

    @Test
    void xlsxReportSheetHasTheCsvsFiguresAndTheProjectsSheetEveryProject() throws IOException {
        FundingReport report = SampleReports.report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.xlsx(report, SampleReports.projects(), IT, out);
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents", "funding-report.xlsx"), out.toByteArray());
        Map<String, Map<String, String>> book = Xlsx.read(out.toByteArray());

        assertThat(book.keySet()).containsExactly("Report", "Projects");
        Map<String, String> sheet = book.get("Report");
        assertThat(sheet.get("B1")).isEqualTo("RIS-2026");
        assertThat(sheet.get("C1")).isEqualTo(SampleReports.NASTY_TITLE);
        assertThat(sheet.get("A2")).contains("30 novembre 2026");
        assertThat(sheet.get("B2")).isEqualTo("2026-11-30T22:11:38.123+01:00");
        // the rows after the header are the CSV's rows, in order, with the same numbers
        List<List<String>> csv = CsvReader.parse(csv(report, IT)).subList(3, 3 + rowCount(report));
        int r = FundingXlsx.REPORT_HEADER_ROW + 2; // 1-based, the first row after the header
        for (List<String> line : csv) {
            assertThat(sheet.get("H" + r)).as("measure of row %d", r).isEqualTo(line.get(1));
            assertThat(sheet.getOrDefault("I" + r, "")).isEqualTo(line.get(2));
            assertThat(sheet.get("G" + r)).isEqualTo(line.get(3));
            assertThat(sheet.get("B" + r)).isEqualTo(line.get(7));
            for (int c = 0; c < 3; c++) {
                String cell = sheet.get("DEF".charAt(c) + String.valueOf(r));
                assertThat(new BigDecimal(cell)).as("%s of row %d", "DEF".charAt(c), r)
                        .isEqualByComparingTo(new BigDecimal(line.get(4 + c)));
            }
            r++;
        }
        Map<String, String> projects = book.get("Projects");
        assertThat(projects.get("B1")).isEqualTo("2026-11-30T22:11:38.123+01:00");
        assertThat(projects.get("A2")).isEqualTo("protocol_number");
        assertThat(List.of(projects.get("A3"), projects.get("A4"), projects.get("A5"))).containsExactly("1", "2",
                "3");
        assertThat(projects.get("F3")).isEqualTo("FUNDED");
        assertThat(projects.get("G3")).isEqualTo("Finanziato");
        assertThat(new BigDecimal(projects.get("M3"))).isEqualByComparingTo("250000.00");
        assertThat(projects).doesNotContainKey("M4");
        assertThat(projects.get("D4")).isEqualTo("@risky title"); // a text cell, never a formula
    }

    // --- PDF -----------------------------------------------------------------------------------------------------

    @Test
    void pdfIsPdfAForVeraPdfInBothLanguages() throws IOException {
        for (Locale language : List.of(IT, EN)) {
            byte[] pdf = pdf(SampleReports.report(), language);
            Files.createDirectories(Path.of("target/documents"));
            Files.write(Path.of("target/documents", "funding-report-" + language + ".pdf"), pdf);
            PdfA.Verdict verdict = PdfA.validate(pdf, PDFAFlavour.PDFA_2_A);
            assertThat(verdict.declared()).isEqualTo(PDFAFlavour.PDFA_2_A);
            assertThat(verdict.failures()).as("veraPDF failures").isEmpty();
        }
    }

    @Test
    void pdfStatesTheCallTheInstantAndEveryFigureAsThePageShowsIt() throws IOException {
        FundingReport report = SampleReports.report("Ricerca e innovazione");
        for (Locale language : List.of(IT, EN)) {
            String text = pdfText(pdf(report, language));
            ReportWording words = ReportWording.of(language);
            ReportWording.Worded worded = words.word(report);

            assertThat(text).contains("RIS-2026").contains("Ricerca e innovazione")
                    .contains(squash(worded.readAtSentence()));
            for (ReportWording.Table table : worded.tables()) {
                assertThat(text).contains(squash(table.title()));
                for (ReportWording.Entry row : table.rows()) {
                    assertThat(text).contains(squash(row.lineA().text() + " " + row.lineB().text() + " "
                            + row.total().text()));
                }
            }
            // the project list is not in the PDF: the report's tables only
            assertThat(text).doesNotContain("ALFA");
        }
        String italian = pdfText(pdf(report, IT));
        assertThat(italian).contains("35.000.000,00 15.000.000,00 50.000.000,00").contains("67,7% 62,0% 66,0%")
                .contains("1.234.567,89").contains("Dati letti il 30 novembre 2026 alle 22:11:38 (ora di Roma)");
        String english = pdfText(pdf(report, EN));
        assertThat(english).contains("35,000,000.00 15,000,000.00 50,000,000.00").contains("67.7% 62.0% 66.0%")
                .contains("Data read on 30 November 2026 at 22:11:38 (Rome time)");
    }

    // --- wording -------------------------------------------------------------------------------------------------

    @Test
    void everyMeasureAndSectionHasItsOwnLabelInBothLanguages() {
        for (Locale language : List.of(IT, EN)) {
            ReportWording words = ReportWording.of(language);
            for (Measure m : Measure.values()) {
                assertThat(words.measure(m)).as("label of %s", m).isNotBlank().isNotEqualTo(m.name());
            }
            for (FundingReport.SectionKey k : FundingReport.SectionKey.values()) {
                assertThat(words.section(k)).as("title of %s", k).isNotBlank().isNotEqualTo(k.name());
            }
        }
        assertThat(ReportWording.of(IT).measure(Measure.FINANCED)).isEqualTo("Progetti finanziati");
        assertThat(ReportWording.of(EN).measure(Measure.FINANCED)).isEqualTo("Financed projects");
    }

    @Test
    void everyFigureThatCountsProjectsLinksToItsDrillDown() {
        ReportWording.Worded worded = ReportWording.of(IT).word(SampleReports.report());
        ReportWording.Entry budget = worded.tables().get(0).rows().get(0);
        assertThat(budget.cells()).allSatisfy(c -> assertThat(c.href()).isNull());
        ReportWording.Entry submitted = worded.tables().get(0).rows().get(1);
        assertThat(submitted.lineA().href()).isEqualTo("/auditor/calls/7/report/projects?measure=SUBMITTED&line=A");
        assertThat(submitted.total().href()).isEqualTo("/auditor/calls/7/report/projects?measure=SUBMITTED");
        ReportWording.Entry micro = worded.tables().get(1).rows().get(0);
        assertThat(micro.groupLabel()).isEqualTo("Microimprese");
        assertThat(micro.lineB().href())
                .isEqualTo("/auditor/calls/7/report/projects?measure=ENTERPRISES&line=B&group=size%3AMICRO");
    }

    @Test
    void drillDownQueryRefusesABadMeasureLineGroupOrPageNamingEachField() {
        assertThat(DrillQuery.parse("FINANCED", "A", "size:MICRO", "12", "200"))
                .isEqualTo(new DrillQuery(Measure.FINANCED, org.openbando.call.Line.A, "size:MICRO", 12L, 200));
        assertThat(DrillQuery.parse("GRANTS", null, "area:S3-01", null, null).size()).isEqualTo(50);
        assertThatThrownBy(() -> DrillQuery.parse("NOPE", "C", "size:HUGE", "-1", "201"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.errors()
                        .stream().map(Problem.FieldViolation::field))
                        .containsExactly("measure", "line", "group", "after", "size"));
        assertThatThrownBy(() -> DrillQuery.parse(null, null, "area:" + "x".repeat(200), null, "0"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.errors()
                        .stream().map(Problem.FieldViolation::field)).containsExactly("measure", "group", "size"));
        assertThatThrownBy(() -> DrillQuery.parse("FINANCED", null, "category:X", "abc", "x".repeat(100)))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void exportFileNamesCarryTheCallsCodeMadeSafeForAHeader() {
        assertThat(ReportExports.fileName("RIS-2026", "pdf")).isEqualTo("funding-report-RIS-2026.pdf");
        assertThat(ReportExports.fileName("A \"b\";\r\nc", "csv")).isEqualTo("funding-report-A__b____c.csv");
    }

    // -------------------------------------------------------------------------------------------------------------

    private String csv(FundingReport report, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.csv(report, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] pdf(FundingReport report, Locale language) {
        return exports.pdf(report, language, TestFixtures.AUDITOR);
    }

    private static int rowCount(FundingReport report) {
        return report.sections().stream().mapToInt(s -> s.rows().size()).sum();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return squash(new PDFTextStripper().getText(doc));
        }
    }

    /** Every run of white space (line breaks, no-break spaces) as one space. */
    static String squash(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
