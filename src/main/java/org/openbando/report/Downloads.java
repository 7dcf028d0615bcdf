package org.openbando.report;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A file the report feature streams to its caller (a report, a drill-down, the audit trail, a dossier, open data):
 * its type, the name it is saved under, and whether a cache may keep it. What an auditor reads is never cached
 * ({@code no-store}); only the public open data is.
 */
final class Downloads {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String JSON = "application/json; charset=UTF-8";

    private Downloads() {
    }

    /** A file for the caller alone: no cache keeps it. */
    static Response of(StreamingOutput body, String type, String fileName) {
        return of(body, type, fileName, "no-store");
    }

    /** A file saved as {@code fileName} (letters, digits, dot, dash, underscore), with its Cache-Control. */
    static Response of(StreamingOutput body, String type, String fileName, String cacheControl) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", cacheControl)
                .build();
    }
}
