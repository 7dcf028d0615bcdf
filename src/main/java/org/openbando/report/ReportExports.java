package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.openbando.call.Line;
import org.openbando.document.ReportDocuments;

/**
 * The funding report written as CSV, XLSX and PDF/A: the same rows as the page, each stating the instant its data was
 * read; CSV and XLSX also list the projects (one row each), written as they are produced (never the whole file in
 * memory). The PDF comes from {@code document} (the only user of PDFBox): a few pages of tables whatever the call's
 * size, made whole before it is handed out, with a verification code that {@code document} records (the only write
 * here: the reading, never the file).
 *
 * <p>The {@code (FundingReport, ...)} forms write a report already read: a resource reads it first (a 404 or 400 is
 * answered before the first byte), then streams it.
 */
@ApplicationScoped
public class ReportExports {

    private final FundingReports reports;
    private final ProjectFactsReader facts;
    private final ReportDocuments documents;
    private final Clock clock;

    public ReportExports(FundingReports reports, ProjectFactsReader facts, ReportDocuments documents, Clock clock) {
        this.reports = reports;
        this.facts = facts;
        this.documents = documents;
        this.clock = clock;
    }

    public void csv(long callId, Locale language, OutputStream out) {
        csv(reports.of(callId), language, out);
    }

    public void xlsx(long callId, Locale language, OutputStream out) {
        FundingReport report = reports.of(callId);
        xlsx(report, facts.ofCall(callId).projects(), language, out);
    }

    public byte[] pdf(long callId, Locale language, String issuedBy) {
        return pdf(reports.of(callId), language, issuedBy);
    }

    /** The report's rows as CSV (columns in docs/api.md), the instant its data was read first. */
    public void csv(FundingReport report, Locale language, OutputStream out) {
        FundingCsv.report(report, ReportWording.of(language), out);
    }

    /** The workbook: sheet Report (the report's rows), sheet Projects (every project of the call, given). */
    public void xlsx(FundingReport report, List<ProjectFacts> projects, Locale language, OutputStream out) {
        FundingXlsx.write(report, projects, ReportWording.of(language), out);
    }

    /**
     * The PDF/A of the report's tables (no project list), with the verification code of this reading.
     *
     * @param issuedBy who asks for it (recorded with the reading)
     */
    public byte[] pdf(FundingReport report, Locale language, String issuedBy) {
        ReportWording words = ReportWording.of(language);
        return documents.issue(words.pdf(words.word(report)), report.callId(), report.readAt(), issuedBy);
    }

    /** The projects of a figure (its drill-down) as CSV, one row each, stating when they were read. */
    public void projectsCsv(long callId, Measure measure, Line line, String group, Locale language,
            OutputStream out) {
        projectsCsv(reports.projects(callId, measure, line, group), clock.instant(), language, out);
    }

    /** Projects already read (at {@code readAt}) as the drill-down CSV. */
    public void projectsCsv(List<ProjectFacts> projects, java.time.Instant readAt, Locale language,
            OutputStream out) {
        FundingCsv.projects(projects, readAt, ReportWording.of(language), out);
    }

    /** The file name of an export: {@code funding-report-<callCode>.<ext>}, the code made safe for a header. */
    public static String fileName(String callCode, String extension) {
        String code = callCode == null ? "call" : callCode.replaceAll("[^A-Za-z0-9._-]", "_");
        return "funding-report-" + code + "." + extension;
    }
}
