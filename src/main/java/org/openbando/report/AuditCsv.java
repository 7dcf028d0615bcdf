package org.openbando.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openbando.shared.Csv;

/**
 * The audit trail as CSV (RFC 4180, UTF-8, comma-separated, CRLF, a header row), written entry by entry as the search
 * streams them. A text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe; instants are ISO-8601 in UTC.
 */
final class AuditCsv {

    /** The columns, in order (docs/api.md, "Audit trail"). */
    static final List<String> COLUMNS = List.of("id", "occurred_at", "actor", "entity_type", "entity_id", "action",
            "from_state", "to_state", "detail");

    private AuditCsv() {
    }

    /** Writes the header, then every entry the search gives, flushing as it goes. */
    static void write(OutputStream out, AuditSearch search, AuditSearch.Query query) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
        try {
            search.each(query, e -> {
                try {
                    w.write(row(e));
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
        w.flush();
    }

    static String row(AuditSearch.Entry e) {
        StringBuilder line = new StringBuilder(160);
        line.append(e.id()).append(',').append(e.at()).append(',').append(Csv.cell(e.actor())).append(',')
                .append(Csv.cell(e.entityType())).append(',').append(e.entityId()).append(',').append(Csv.cell(e.action()))
                .append(',').append(Csv.cell(e.from())).append(',').append(Csv.cell(e.to())).append(',')
                .append(Csv.cell(e.detail())).append("\r\n");
        return line.toString();
    }

}
