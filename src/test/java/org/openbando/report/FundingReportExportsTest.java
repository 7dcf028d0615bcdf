package org.openbando.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.as;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.document.PdfA;
import org.openbando.funding.FundedCall;
import org.openbando.report.FundingReport.Row;
import org.openbando.report.FundingReport.Section;
import org.openbando.shared.Sha256;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The funding report of a funded call (the {@link FundedCall} fixture, built through the API) as an auditor gets it:
 * the page in both languages, the CSV, the XLSX and the PDF/A show the same figures as the report read, each states
 * when its data was read, every figure drills down to the projects it counts, and bad queries are refused.
 */
@QuarkusTest
class FundingReportExportsTest {

    static final String AUDITOR = TestFixtures.AUDITOR;
    static final String VERIFICATION_CODE = "[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}";
    static final Pattern PAGE_ROW = Pattern.compile("<tr data-measure=\"(\\w+)\" data-group=\"([^\"]*)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    static final Pattern PAGE_CELL = Pattern.compile(
            "data-column=\"(\\w+)\" data-value=\"([^\"]*)\">(?:<a href=\"([^\"]*)\">)?");

    @Inject
    FundedCall fundedCall;
    @Inject
    FundingReports reports;

    @Test
    void pageCsvXlsxAndPdfOfAFundedCallShowTheSameFigures() throws IOException {
        EvaluatedCall.Built call = fundedCall.get();
        FundingReport report = reports.of(call.callId());
        Map<String, List<BigDecimal>> expected = figures(report);
        // the fixture is shared with the funding tests, which end some of its awards: what it submitted stays
        assertThat(expected.get("SUMMARY|SUBMITTED|")).containsExactly(new BigDecimal("2"), new BigDecimal("3"),
                new BigDecimal("5"));
        String base = "/api/reports/calls/" + call.callId() + "/funding";

        // CSV through the API
        Response csv = as(AUDITOR).header("Accept-Language", "it").get(base + ".csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"funding-report-FU-14.csv\"");
        List<List<String>> rows = CsvReader.parse(csv.asString());
        assertThat(rows.get(0)).isEqualTo(FundingCsv.REPORT_COLUMNS);
        assertThat(rows.get(1).subList(0, 2)).containsExactly("META", "READ_AT");
        assertThat(rows.get(1).get(6)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*[+-]0[12]:00");
        Map<String, List<BigDecimal>> fromCsv = new LinkedHashMap<>();
        for (List<String> r : rows.subList(3, rows.size())) {
            fromCsv.put(r.get(0) + "|" + r.get(1) + "|" + r.get(2),
                    List.of(new BigDecimal(r.get(4)), new BigDecimal(r.get(5)), new BigDecimal(r.get(6))));
        }
        assertSame("CSV", fromCsv, expected);

        // XLSX through the API: the Report sheet's numbers, the Projects sheet's projects
        Response xlsx = as(AUDITOR).get(base + ".xlsx");
        xlsx.then().statusCode(200).contentType(startsWith(Downloads.XLSX))
                .header("Content-Disposition", containsString("funding-report-FU-14.xlsx"));
        Map<String, Map<String, String>> book = Xlsx.read(xlsx.asByteArray());
        Map<String, String> sheet = book.get("Report");
        Map<String, List<BigDecimal>> fromXlsx = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (FundingReport.SectionKey k : FundingReport.SectionKey.values()) {
            sections.put(ReportLabels.section(k, Locale.ENGLISH), k.name());
        }
        for (int r = FundingXlsx.REPORT_HEADER_ROW + 2; sheet.containsKey("H" + r); r++) {
            fromXlsx.put(sections.get(sheet.get("A" + r)) + "|" + sheet.get("H" + r) + "|"
                    + sheet.getOrDefault("I" + r, ""), List.of(number(sheet.get("D" + r)),
                            number(sheet.get("E" + r)), number(sheet.get("F" + r))));
        }
        assertSame("XLSX", fromXlsx, expected);
        Map<String, String> projects = book.get("Projects");
        List<String> protocols = new ArrayList<>();
        for (int r = 3; projects.containsKey("A" + r); r++) {
            protocols.add(projects.get("A" + r));
        }
        assertThat(protocols).hasSize(report.section(FundingReport.SectionKey.SUMMARY).rows().stream()
                .filter(r -> r.measure() == Measure.SUBMITTED).findFirst().orElseThrow().total().value().intValue());

        // PDF/A through the API: every figure as the Italian page words it
        Response pdf = as(AUDITOR).header("Accept-Language", "it").get(base + ".pdf");
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("funding-report-FU-14.pdf"));
        assertThat(PdfA.validate(pdf.asByteArray(), PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        String text = ReportRenderersTest.pdfText(pdf.asByteArray());
        ReportWording.Worded worded = ReportWording.of(Locale.ITALIAN).word(report);
        assertThat(text).contains("FU-14").contains("Dati letti il");
        for (ReportWording.Table table : worded.tables()) {
            for (ReportWording.Entry r : table.rows()) {
                assertThat(text).as("%s %s %s", table.key(), r.measure(), r.group()).contains(ReportRenderersTest
                        .squash(r.lineA().text() + " " + r.lineB().text() + " " + r.total().text()));
            }
        }

        // the page, in Italian and in English: the same figures, each that counts projects a link to them
        for (String lang : List.of("it", "en")) {
            String html = page(AUDITOR).cookie("lang", lang).get("/auditor/calls/" + call.callId() + "/report")
                    .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
            assertThat(html).contains(lang.equals("it") ? "Rapporto sul finanziamento" : "Funding report")
                    .contains(lang.equals("it") ? "Dati letti il" : "Data read on")
                    .contains(ReportLabels.measure(Measure.FINANCED, lang.equals("it") ? Locale.ITALIAN
                            : Locale.ENGLISH))
                    .contains("href=\"/auditor\"")
                    .contains("/auditor/calls/" + call.callId() + "/report.pdf")
                    .contains("/auditor/calls/" + call.callId() + "/report.csv")
                    .contains("/auditor/calls/" + call.callId() + "/report.xlsx");
            Map<String, List<BigDecimal>> fromPage = new LinkedHashMap<>();
            List<String> links = new ArrayList<>();
            Matcher row = PAGE_ROW.matcher(html);
            String section = null;
            int at = 0;
            while (row.find()) {
                int sectionAt = html.lastIndexOf("<section class=\"mb-5 report-section\" id=\"section-", row.start());
                section = html.substring(sectionAt).replaceFirst("(?s)^<section class=\"mb-5 report-section\" "
                        + "id=\"section-(\\w+)\".*", "$1");
                List<BigDecimal> values = new ArrayList<>();
                Matcher cell = PAGE_CELL.matcher(row.group(3));
                while (cell.find()) {
                    values.add(new BigDecimal(cell.group(2)));
                    if (cell.group(3) != null) {
                        links.add(cell.group(3).replace("&amp;", "&"));
                    }
                }
                fromPage.put(section + "|" + row.group(1) + "|" + row.group(2), values);
                at++;
            }
            assertThat(at).isEqualTo(expected.size());
            assertSame("page " + lang, fromPage, expected);
            assertThat(links).contains("/auditor/calls/" + call.callId() + "/report/projects?measure=FINANCED&line=A",
                    "/auditor/calls/" + call.callId() + "/report/projects?measure=ENTERPRISES&line=B&group=size%3ASMALL");
            assertThat(links).noneMatch(l -> l.contains("measure=BUDGET&") || l.endsWith("measure=BUDGET"));
        }

        // the page's downloads reach the files with the browser's session (the API takes Basic only)
        String csvPage = page(AUDITOR).cookie("lang", "en").get("/auditor/calls/" + call.callId() + "/report.csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(CsvReader.parse(csvPage).get(3).get(7)).isEqualTo("Budget");
        page(AUDITOR).get("/auditor/calls/" + call.callId() + "/report.xlsx").then().statusCode(200)
                .contentType(startsWith(Downloads.XLSX));
        page(AUDITOR).get("/auditor/calls/" + call.callId() + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void theReportsPdfCarriesACodeThatVerifiesItAsAReadingByCodeAndByFile() throws IOException {
        EvaluatedCall.Built call = fundedCall.get();
        byte[] pdf = as(AUDITOR).header("Accept-Language", "en").get("/api/reports/calls/" + call.callId()
                + "/funding.pdf").then().statusCode(200).extract().asByteArray();
        Matcher printed = Pattern.compile("Verification code (" + VERIFICATION_CODE + ")")
                .matcher(ReportRenderersTest.pdfText(pdf));
        assertThat(printed.find()).as("the code on the page").isTrue();
        String code = printed.group(1);
        assertThat(ReportRenderersTest.pdfText(pdf)).contains("/verify/" + code);

        // anyone, without a login: a reading of the call, never signed, nothing else
        given().accept("application/json").header("Accept-Language", "en")
                .get("/api/public/documents/verification/" + code).then().statusCode(200)
                .body("authentic", equalTo(true)).body("kind", equalTo("FUNDING_REPORT"))
                .body("title", equalTo("Funding report")).body("callCode", equalTo("FU-14"))
                .body("protocolNumber", nullValue()).body("line", nullValue()).body("signed", equalTo(false))
                .body("sha256", equalTo(Sha256.of(pdf)));
        given().contentType("application/pdf").accept("application/json").body(pdf)
                .post("/api/public/documents/verification").then().statusCode(200)
                .body("verificationCode", equalTo(code)).body("kind", equalTo("FUNDING_REPORT"));
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        given().contentType("application/pdf").accept("application/json").body(changed)
                .post("/api/public/documents/verification").then().statusCode(404);
        given().cookie("lang", "it").get("/verify/" + code).then().statusCode(200)
                .body(containsString("id=\"verify-authentic\"")).body(containsString("Rendiconto del bando"))
                .body(containsString("Bando FU-14: i dati come letti"));

        // each download is a reading of its own, with its own code
        byte[] again = page(AUDITOR).get("/auditor/calls/" + call.callId() + "/report.pdf").then().statusCode(200)
                .extract().asByteArray();
        Matcher second = Pattern.compile("Codice di verifica (" + VERIFICATION_CODE + ")")
                .matcher(ReportRenderersTest.pdfText(again));
        assertThat(second.find()).isTrue();
        assertThat(second.group(1)).isNotEqualTo(code);
        given().accept("application/json").get("/api/public/documents/verification/" + second.group(1)).then()
                .statusCode(200).body("sha256", equalTo(Sha256.of(again)));
    }

    @Test
    void drillDownPageListsTheProjectsAFigureCountsPageByPageAndItsCsvListsThemAll() {
        // every project the fixture submitted (the funding tests end some of its awards, not its submissions)
        EvaluatedCall.Built call = fundedCall.get();
        List<ProjectFacts> submitted = reports.projects(call.callId(), Measure.SUBMITTED, null, null);
        assertThat(submitted).hasSize(5);
        String drill = "/auditor/calls/" + call.callId() + "/report/projects";

        String first = page(AUDITOR).cookie("lang", "it").queryParam("measure", "SUBMITTED").queryParam("size", 2)
                .get(drill).then().statusCode(200).extract().asString();
        assertThat(first).contains("Progetti presentati").contains("data-count=\"5\"").contains("Entrambe le linee");
        assertThat(submissions(first)).containsExactly(submitted.get(0).submissionId(),
                submitted.get(1).submissionId());
        assertThat(first).contains("href=\"/auditor/projects/" + submitted.get(0).submissionId() + "\"")
                .contains("after=" + submitted.get(1).protocolNumber());
        String second = page(AUDITOR).cookie("lang", "en").queryParam("measure", "SUBMITTED").queryParam("size", 2)
                .queryParam("after", submitted.get(1).protocolNumber()).get(drill).then().statusCode(200).extract()
                .asString();
        assertThat(second).contains("Submitted projects").contains("Both lines");
        assertThat(submissions(second)).containsExactly(submitted.get(2).submissionId(),
                submitted.get(3).submissionId());
        String last = page(AUDITOR).queryParam("measure", "SUBMITTED").queryParam("size", 2)
                .queryParam("after", submitted.get(3).protocolNumber()).get(drill).then().statusCode(200).extract()
                .asString();
        assertThat(submissions(last)).containsExactly(submitted.get(4).submissionId());
        assertThat(last).doesNotContain("id=\"next-page\"");

        // a line and a group narrow it, as the figure does
        List<ProjectFacts> lineB = reports.projects(call.callId(), Measure.SUBMITTED, org.openbando.call.Line.B, null);
        String b = page(AUDITOR).queryParam("measure", "SUBMITTED").queryParam("line", "B").get(drill).then()
                .statusCode(200).extract().asString();
        assertThat(submissions(b)).containsExactlyElementsOf(lineB.stream().map(ProjectFacts::submissionId)
                .toList());

        // the drill-down's CSV, through the API and the page: every project, one row each
        Response csv = as(AUDITOR).queryParam("measure", "SUBMITTED")
                .get("/api/reports/calls/" + call.callId() + "/funding/projects.csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("funding-report-FU-14-projects.csv"));
        List<List<String>> rows = CsvReader.parse(csv.asString());
        assertThat(rows.get(0)).isEqualTo(FundingCsv.PROJECT_COLUMNS);
        assertThat(rows.subList(1, rows.size()).stream().map(r -> Long.parseLong(r.get(2))).toList())
                .containsExactlyElementsOf(submitted.stream().map(ProjectFacts::submissionId).toList());
        String fromPage = page(AUDITOR).queryParam("measure", "SUBMITTED").queryParam("line", "B")
                .get(drill + ".csv").then().statusCode(200).extract().asString();
        assertThat(CsvReader.parse(fromPage)).hasSize(lineB.size() + 1);
    }

    @Test
    void badQueriesAndUnknownCallsAreRefusedBeforeAnyByte() {
        EvaluatedCall.Built call = fundedCall.get();
        String api = "/api/reports/calls/" + call.callId() + "/funding/projects.csv";
        as(AUDITOR).queryParam("measure", "NOPE").get(api).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("measure"));
        as(AUDITOR).queryParam("measure", "FINANCED").queryParam("line", "C").get(api).then().statusCode(400)
                .body("errors[0].field", equalTo("line"));
        as(AUDITOR).queryParam("measure", "FINANCED").queryParam("group", "size:HUGE").get(api).then()
                .statusCode(400).body("errors[0].field", equalTo("group"));
        as(AUDITOR).queryParam("measure", "FINANCED").queryParam("group", "area:NOPE").get(api).then()
                .statusCode(400).body("errors[0].field", equalTo("group"));
        // the page: the house's error page
        page(AUDITOR).queryParam("measure", "FINANCED").queryParam("size", 201)
                .get("/auditor/calls/" + call.callId() + "/report/projects").then().statusCode(400)
                .contentType(startsWith("text/html"));
        for (String file : List.of(".csv", ".xlsx", ".pdf")) {
            as(AUDITOR).get("/api/reports/calls/999999999/funding" + file).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        page(AUDITOR).get("/auditor/calls/999999999/report").then().statusCode(404)
                .contentType(startsWith("text/html"));
    }

    // -------------------------------------------------------------------------------------------------------------

    /** Every row's figures (line A, line B, total) by section, measure and group. */
    static Map<String, List<BigDecimal>> figures(FundingReport report) {
        Map<String, List<BigDecimal>> figures = new LinkedHashMap<>();
        for (Section s : report.sections()) {
            for (Row r : s.rows()) {
                figures.put(s.key() + "|" + r.measure() + "|" + (r.group() == null ? "" : r.group()),
                        List.of(r.lineA().value(), r.lineB().value(), r.total().value()));
            }
        }
        return figures;
    }

    static void assertSame(String what, Map<String, List<BigDecimal>> actual, Map<String, List<BigDecimal>> expected) {
        assertThat(actual.keySet()).as(what + ": rows").containsExactlyElementsOf(expected.keySet());
        expected.forEach((key, values) -> {
            for (int i = 0; i < 3; i++) {
                assertThat(actual.get(key).get(i)).as("%s: %s [%d]", what, key, i).isEqualByComparingTo(values.get(i));
            }
        });
    }

    static BigDecimal number(String cell) {
        return new BigDecimal(cell);
    }

    static List<Long> submissions(String html) {
        Matcher m = Pattern.compile("<tr data-submission=\"(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
