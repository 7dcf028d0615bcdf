package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funding report's pages and exports (the report, its drill-downs, the CSV/XLSX labels, the PDF's
 * words), used in templates as {@code reportpages:key}. Italian is the default; the texts are in
 * {@code messages/reportpages_it.properties} and {@code messages/reportpages_en.properties} (same keys). Enumerations
 * are passed by name. The labels of measures, sections, groups and stages are the report's ({@link ReportLabels}, bundle
 * {@code report}).
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
    String not_stated();


























    @Message
    String col_section();
}
