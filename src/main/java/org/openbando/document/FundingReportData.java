package org.openbando.document;

import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The funding report of a call laid out as a PDF/A: a reading at an instant, not an act, so it is rendered on request
 * by {@link ReportDocuments} and never stored as an issued document. The caller (the report feature) words and formats
 * everything (labels, amounts, the instant its data was read) exactly as its page shows them, so the PDF and the page
 * cannot differ; this record only carries the words to their places.
 *
 * @param language  "it" or "en": the document's language (metadata, page footer)
 * @param title     the document's title ("Funding report")
 * @param readAt    the sentence stating when the data was read (Europe/Rome)
 * @param callLabel the label of the call's row ("Call")
 * @param columns   the tables' headers: measure, group, line A, line B, total
 * @param sections  the report's tables, in order
 * @param none      what an empty table says ("no data")
 * @param note      a closing note (what the figures are), or null
 */
@PublicApi
public record FundingReportData(String language, String title, String callCode, String callTitle, String callLabel,
        String readAt, List<String> columns, List<Section> sections, String none, String note) {

    public FundingReportData {
        if (columns.size() != 5) {
            throw new IllegalArgumentException("a funding report has five columns, not " + columns.size());
        }
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
    }

    /**
     * One table.
     *
     * @param grouped whether its rows have a group (a breakdown by area, size class, category ..): a column more
     */
    @PublicApi
    public record Section(String title, boolean grouped, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /** One row, every value already formatted; {@code group} is null in a table without groups. */
    @PublicApi
    public record Row(String label, String group, String lineA, String lineB, String total) {
    }

    public String measureColumn() {
        return columns.get(0);
    }

    public String groupColumn() {
        return columns.get(1);
    }

    public String lineAColumn() {
        return columns.get(2);
    }

    public String lineBColumn() {
        return columns.get(3);
    }

    public String totalColumn() {
        return columns.get(4);
    }
}
