package org.openbando.document;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.Locale;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;

/**
 * Renderings that are readings, not acts: laid out like every document (PDF/A with the bundled fonts, no external
 * resource) but written straight to the caller's stream, with no verification code, no signature and nothing stored.
 * The funding report of a call ({@code templates/documents/funding-report.html}).
 */
@ApplicationScoped
@PublicApi
public class ReportDocuments {

    private final Template fundingReport;

    public ReportDocuments(@Location("documents/funding-report.html") Template fundingReport) {
        this.fundingReport = fundingReport;
    }

    /** Writes the funding report as a PDF/A onto {@code out} (which stays open). */
    public void render(FundingReportData data, OutputStream out) {
        PdfRenderer.toPdf(html(data), "funding report", out);
    }

    /** The XHTML that {@link #render} lays out (for tests). */
    public String html(FundingReportData data) {
        boolean en = Languages.code(data.language()).equals("en");
        return PdfRenderer.xmlSafe(fundingReport.instance()
                .data("d", data)
                .data("lang", en ? "en" : "it")
                .setLocale(en ? Locale.ENGLISH : Locale.ITALIAN)
                .render());
    }
}
