package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbando.shared.Csv;

/** The CSV's cells: RFC 4180 quoting, and a text a spreadsheet would run as a formula neutralised. */
class AuditCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunGetsAnApostropheAndQuotingFollowsRfc4180() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+39 055")).isEqualTo("'+39 055");
        assertThat(Csv.cell("-1")).as("a plain number cannot run").isEqualTo("-1");
        assertThat(Csv.cell("-BETA")).isEqualTo("'-BETA");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aRowReadsBackAsItsFields() {
        AuditSearch.Entry e = new AuditSearch.Entry(42, Instant.parse("2026-11-30T10:15:30.123Z"), "mario",
                "proposal", 7, "edited", null, "DRAFT", "said \"yes\", then =1+1");
        List<List<String>> rows = CsvReader.parse(AuditCsv.row(e));
        assertThat(rows).containsExactly(List.of("42", "2026-11-30T10:15:30.123Z", "mario", "proposal", "7",
                "edited", "", "DRAFT", "said \"yes\", then =1+1"));
    }
}
