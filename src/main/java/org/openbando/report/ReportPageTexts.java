package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funding report's pages and exports (the report, its drill-downs, the CSV/XLSX labels, the PDF's
 * words), used in templates as {@code reportpages:key}. Italian is the default; the texts are in
 * {@code messages/reportpages_it.properties} and {@code messages/reportpages_en.properties} (same keys). Enumerations
 * are passed by name. The labels of measures and sections ({@code rp_measure_<NAME>}, {@code rp_section_<KEY>}) are
 * looked up by name in {@link ReportWording}.
 */
@MessageBundle(value = "reportpages", locale = "it")
public interface ReportPageTexts {

    @Message
    String report_title(String callCode);

    @Message
    String report_heading();

    @Message
    String report_intro();

    @Message
    String read_at(String when);

    @Message
    String downloads();

    @Message
    String download_pdf();

    @Message
    String download_csv();

    @Message
    String download_xlsx();

    @Message
    String call_label();

    @Message
    String auditor_home();

    @Message
    String col_measure();

    @Message
    String col_group();

    @Message
    String col_line_a();

    @Message
    String col_line_b();

    @Message
    String col_total();

    @Message
    String none();

    @Message
    String report_note();

    @Message
    String drill_title(String callCode);

    @Message
    String drill_heading(String measure);

    @Message
    String drill_line(String line);

    @Message
    String drill_group(String group);

    @Message
    String drill_count(long count);

    @Message
    String drill_none();

    @Message
    String drill_back();

    @Message
    String col_protocol();

    @Message
    String col_acronym();

    @Message
    String col_title();

    @Message
    String col_line();

    @Message
    String col_stage();

    @Message
    String col_eligible_cost();

    @Message
    String col_grant();

    @Message
    String next_page();

    @Message
    String first_page();

    @Message
    String stage(String stage);

    @Message
    String size_class(String size);

    @Message
    String research_category(String category);

    @Message
    String not_stated();

    @Message
    String rp_measure_BUDGET();

    @Message
    String rp_measure_SUBMITTED();

    @Message
    String rp_measure_ADMITTED();

    @Message
    String rp_measure_FUNDABLE();

    @Message
    String rp_measure_FINANCED();

    @Message
    String rp_measure_ENTERPRISES();

    @Message
    String rp_measure_RESEARCH_ORGANISATIONS();

    @Message
    String rp_measure_INVESTMENT();

    @Message
    String rp_measure_GRANTS();

    @Message
    String rp_measure_CONTRACTS();

    @Message
    String rp_measure_CONTRACT_AMOUNT();

    @Message
    String rp_measure_BUDGET_USED_SHARE();

    @Message
    String rp_measure_BUDGET_REMAINING();

    @Message
    String rp_measure_RENOUNCED();

    @Message
    String rp_measure_RENOUNCED_AMOUNT();

    @Message
    String rp_measure_REVOKED();

    @Message
    String rp_measure_REVOKED_AMOUNT();

    @Message
    String rp_measure_MOVED_UP();

    @Message
    String rp_measure_MOVED_UP_AMOUNT();

    @Message
    String rp_section_SUMMARY();

    @Message
    String rp_section_BY_AREA();

    @Message
    String rp_section_BY_SIZE();

    @Message
    String rp_section_BY_CATEGORY();

    @Message
    String rp_section_BUDGET();

    @Message
    String rp_section_REVOCATIONS_AND_MOVES();

    @Message
    String col_section();
}
