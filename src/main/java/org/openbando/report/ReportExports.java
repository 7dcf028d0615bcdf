package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The funding report written as CSV, XLSX and PDF/A: the same rows as the page, each stating the instant its data was
 * read; CSV and XLSX also list the projects (one row each), written as they are produced (never the whole file in
 * memory). The PDF comes from {@code document} (the only user of PDFBox).
 */
@ApplicationScoped
public class ReportExports {

    public void csv(long callId, Locale language, OutputStream out) {
        throw new UnsupportedOperationException("issue 15: h15-exports");
    }

    public void xlsx(long callId, Locale language, OutputStream out) {
        throw new UnsupportedOperationException("issue 15: h15-exports");
    }

    public void pdf(long callId, Locale language, OutputStream out) {
        throw new UnsupportedOperationException("issue 15: h15-exports");
    }
}
