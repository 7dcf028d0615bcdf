package org.openbando.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;

/**
 * Renderings that are readings, not acts: the funding report of a call ({@code templates/documents/funding-report.html})
 * laid out like every document (PDF/A with the bundled fonts, no external resource), rendered on request from the data
 * at an instant and never stored, never signed. Each carries a verification code and its QR code, like an issued
 * document, and is recorded (V26, {@link DocumentReading}: the code, the call, when its data was read, who took it,
 * the SHA-256 and size of its bytes) before it is handed out, so that whoever files it can later have it verified by
 * its code or its file (docs/adr/0008-pdf-documents.md, "Readings").
 */
@ApplicationScoped
@PublicApi
public class ReportDocuments {

    /** The kind of the funding report's readings, as the verification names it. */
    public static final String FUNDING_REPORT = "FUNDING_REPORT";

    private final Template fundingReport;
    private final VerificationMarks marks;
    private final Clock clock;

    public ReportDocuments(@Location("documents/funding-report.html") Template fundingReport, VerificationMarks marks,
            Clock clock) {
        this.fundingReport = fundingReport;
        this.marks = marks;
        this.clock = clock;
    }

    /**
     * The funding report of a call as a PDF/A with a new verification code, recorded (in its own transaction) before
     * its bytes are returned: the file verifies from the moment its holder has it.
     *
     * @param callId   the call the report is about
     * @param readAt   the instant its data was read (what the document states)
     * @param issuedBy who asked for it (recorded, never shown by the verification)
     */
    public byte[] issue(FundingReportData data, long callId, Instant readAt, String issuedBy) {
        String code = DocumentVerification.newCode();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRenderer.toPdf(html(data, marks.of(code)), "funding report", out);
        byte[] pdf = out.toByteArray();
        DocumentReading reading = new DocumentReading();
        reading.verificationCode = code;
        reading.kind = FUNDING_REPORT;
        reading.callId = callId;
        reading.actCallCode = data.callCode();
        reading.readAt = readAt;
        reading.issuedAt = clock.instant();
        reading.issuedBy = issuedBy;
        reading.sha256 = Sha256.of(pdf);
        reading.sizeBytes = pdf.length;
        QuarkusTransaction.requiringNew().run(reading::persist);
        return pdf;
    }

    /** The XHTML that {@link #issue} lays out, with a given verification mark (for tests). */
    public String html(FundingReportData data, VerificationMark mark) {
        boolean en = Languages.code(data.language()).equals("en");
        return PdfRenderer.xmlSafe(fundingReport.instance()
                .data("d", data)
                .data("v", mark)
                .data("lang", en ? "en" : "it")
                .setLocale(en ? Locale.ENGLISH : Locale.ITALIAN)
                .render());
    }
}
