package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funding report, used in templates as {@code report:key} (e.g. {@code report:measure_FINANCED},
 * or with a name built at run time {@code report:message('measure_' + row.measure)}) and in Java through
 * {@link ReportLabels}: the label of each {@link Measure} ({@code measure_<NAME>}), each section
 * ({@code section_<KEY>}), size class ({@code size_<CLASS>}), research category ({@code category_<NAME>}) and stage
 * ({@code stage_<STAGE>}). Italian is the default; {@code messages/report_it.properties} and
 * {@code messages/report_en.properties} hold the same keys.
 */
@MessageBundle(value = "report", locale = "it")
public interface ReportTexts {

    @Message
    String measure_BUDGET();

    @Message
    String measure_SUBMITTED();

    @Message
    String measure_ADMITTED();

    @Message
    String measure_FUNDABLE();

    @Message
    String measure_FINANCED();

    @Message
    String measure_ENTERPRISES();

    @Message
    String measure_RESEARCH_ORGANISATIONS();

    @Message
    String measure_INVESTMENT();

    @Message
    String measure_GRANTS();

    @Message
    String measure_CONTRACTS();

    @Message
    String measure_CONTRACT_AMOUNT();

    @Message
    String measure_BUDGET_USED_SHARE();

    @Message
    String measure_BUDGET_REMAINING();

    @Message
    String measure_RENOUNCED();

    @Message
    String measure_RENOUNCED_AMOUNT();

    @Message
    String measure_REVOKED();

    @Message
    String measure_REVOKED_AMOUNT();

    @Message
    String measure_MOVED_UP();

    @Message
    String measure_MOVED_UP_AMOUNT();

    @Message
    String section_SUMMARY();

    @Message
    String section_BY_AREA();

    @Message
    String section_BY_SIZE();

    @Message
    String section_BY_CATEGORY();

    @Message
    String section_BUDGET();

    @Message
    String section_REVOCATIONS_AND_MOVES();

    @Message
    String size_MICRO();

    @Message
    String size_SMALL();

    @Message
    String size_MEDIUM();

    @Message
    String size_LARGE();

    @Message
    String category_INDUSTRIAL_RESEARCH();

    @Message
    String category_EXPERIMENTAL_DEVELOPMENT();

    @Message
    String category_FEASIBILITY_STUDY();

    @Message
    String stage_SUBMITTED();

    @Message
    String stage_INADMISSIBLE();

    @Message
    String stage_ADMITTED();

    @Message
    String stage_NOT_FUNDABLE();

    @Message
    String stage_EXCLUDED();

    @Message
    String stage_RESERVE();

    @Message
    String stage_FUNDED();

    @Message
    String stage_RENOUNCED();

    @Message
    String stage_FORFEITED();

    @Message
    String stage_REVOKED();

    @Message
    String title(String code);

    @Message
    String read_at(String at);

    @Message
    String line_A();

    @Message
    String line_B();

    @Message
    String total();

    @Message
    String no_paid_grants();
}
