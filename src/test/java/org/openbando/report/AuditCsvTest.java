package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV's cells: RFC 4180 quoting, and a text a spreadsheet would run as a formula neutralised. */
class AuditCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunGetsAnApostropheAndQuotingFollowsRfc4180() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+39 055")).isEqualTo("'+39 055");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void aRowReadsBackAsItsFields() {
        AuditSearch.Entry e = new AuditSearch.Entry(42, Instant.parse("2026-11-30T10:15:30.123Z"), "mario",
                "proposal", 7, "edited", null, "DRAFT", "said \"yes\", then =1+1");
        List<List<String>> rows = Csv.parse(AuditCsv.row(e));
        assertThat(rows).containsExactly(List.of("42", "2026-11-30T10:15:30.123Z", "mario", "proposal", "7",
                "edited", "", "DRAFT", "said \"yes\", then =1+1"));
    }
}
