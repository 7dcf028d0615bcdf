package org.openbando.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the generated documents, used in the templates under {@code templates/documents/} as {@code doc:key}.
 * Italian is the default; the texts are in {@code messages/doc_it.properties} and {@code messages/doc_en.properties}.
 * A separate bundle from the pages' bundles: documents are legal texts with their own life. Parameters are typed as
 * the templates pass them (Qute checks them at build time).
 */
@MessageBundle(value = "doc", locale = "it")
public interface DocumentTexts {

    @Message
    String brand_region();

    @Message
    String brand_name();

    @Message
    String brand_tagline();

    @Message
    String title(String kind);

    @Message
    String legal_basis(String kind);

    @Message
    String subject(String title, String callCode, long protocol);

    @Message
    String keywords(String callCode, long protocol);

    @Message
    String page();

    @Message
    String page_of();

    @Message
    String label_call();

    @Message
    String label_line();

    @Message
    String line(String line);

    @Message
    String label_proposal();

    @Message
    String label_lead();

    @Message
    String vat(String vat);

    @Message
    String label_protocol();

    @Message
    String label_received_at();

    @Message
    String label_snapshot();

    @Message
    String instant_millis(String date, String time, String offset);

    @Message
    String instant_minutes(String date, String time);

    @Message
    String money(String amount);

    @Message
    String not_stated();

    @Message
    String decided(String officer, String when);

    @Message
    String issued_by_system();

    @Message
    String footer_note();

    @Message
    String receipt_intro(String arrived, long protocol, String when);

    @Message
    String receipt_hash();

    @Message
    String receipt_summary();

    @Message
    String label_submitted_by();

    @Message
    String label_thematic_area();

    @Message
    String label_planned_start();

    @Message
    String label_duration();

    @Message
    String duration_months(Integer months);

    @Message
    String label_consortium();

    @Message
    String col_name();

    @Message
    String col_vat();

    @Message
    String col_role();

    @Message
    String col_cost();

    @Message
    String role(String role);

    @Message
    String label_total_cost();

    @Message
    String label_ir_cost();

    @Message
    String label_ed_cost();

    @Message
    String label_work_packages();

    @Message
    String label_trl();

    @Message
    String trl_range(Integer start, Integer target);

    @Message
    String receipt_next();

    @Message
    String completion_intro();

    @Message
    String completion_missing();

    @Message
    String completion_term(String term);

    @Message
    String completion_scope();

    @Message
    String notice_intro();

    @Message
    String notice_observations(String due);

    @Message
    String notice_suspension();

    @Message
    String inadmissible_intro();

    @Message
    String inadmissible_observations();

    @Message
    String inadmissible_observations_received();

    @Message
    String inadmissible_answer();

    @Message
    String inadmissible_remedy();

    @Message
    String admission_intro();

    @Message
    String admission_notes();

    @Message
    String admission_next();

    @Message
    String summary_intro(int panel, int rapporteur);

    @Message
    String summary_scores();

    @Message
    String summary_col_criterion();

    @Message
    String summary_col_score();

    @Message
    String summary_col_comment();

    @Message
    String summary_minimum(String min);

    @Message
    String summary_score_of(String score, String max);

    @Message
    String summary_minority();

    @Message
    String summary_total();

    @Message
    String summary_threshold();

    @Message
    String summary_trl();

    @Message
    String summary_trl_start();

    @Message
    String summary_trl_target();

    @Message
    String yes_no(boolean value);

    @Message
    String summary_outcome();

    @Message
    String summary_fundable();

    @Message
    String summary_not_fundable();

    @Message
    String summary_reason(String code, String criterion, String value, String limit);

    @Message
    String summary_next();

    @Message
    String summary_concluded(String when);

    @Message
    String subject_call(String title, String callCode, String line);

    @Message
    String keywords_call(String callCode, String line);

    @Message
    String rank_intro(String line);

    @Message
    String rank_budget();

    @Message
    String rank_budget_line();

    @Message
    String rank_from_other();

    @Message
    String rank_allocated();

    @Message
    String rank_to_other();

    @Message
    String rank_remainder();

    @Message
    String rank_ties();

    @Message
    String rank_ties_intro();

    @Message
    String rank_funded();

    @Message
    String rank_reserve();

    @Message
    String rank_not_fundable();

    @Message
    String rank_inadmissible();

    @Message
    String rank_excluded();

    @Message
    String rank_none();

    @Message
    String rank_col_position();

    @Message
    String rank_col_protocol();

    @Message
    String rank_col_proposal();

    @Message
    String rank_col_score();

    @Message
    String rank_col_requested();

    @Message
    String rank_col_grant();

    @Message
    String rank_col_reasons();

    @Message
    String rank_arrived(String when);

    @Message
    String rank_tie(String note);

    @Message
    String rank_partial();

    @Message
    String rank_partial_note();

    @Message
    String rank_reserve_validity(String day);

    @Message
    String rank_publication();

    @Message
    String rank_approved(String officer, String when);

    @Message
    String funding_intro(String grant);

    @Message
    String funding_moved_up();

    @Message
    String funding_codes();

    @Message
    String funding_cup();

    @Message
    String funding_cor();

    @Message
    String funding_durc();

    @Message
    String funding_durc_value(String issued, String validUntil);

    @Message
    String funding_antimafia();

    @Message
    String funding_antimafia_not_required();

    @Message
    String funding_per_partner();

    @Message
    String funding_col_category();

    @Message
    String funding_col_cost();

    @Message
    String funding_col_intensity();

    @Message
    String funding_col_explanation();

    @Message
    String funding_col_grant();

    @Message
    String funding_partner_total();

    @Message
    String funding_project();

    @Message
    String funding_project_cost();

    @Message
    String funding_full_grant();

    @Message
    String funding_project_grant();

    @Message
    String funding_partial_mark();

    @Message
    String funding_partial();

    @Message
    String funding_collaboration();

    @Message
    String funding_rounding();

    @Message
    String funding_obligations();

    @Message
    String funding_acceptance(int days, String day);

    @Message
    String funding_joining(Integer days, String day);

    @Message
    String funding_legal();

    @Message
    String funding_legal_gber();

    @Message
    String funding_legal_241();

    @Message
    String funding_legal_cup();

    @Message
    String funding_legal_rna();

    @Message
    String funding_legal_antimafia();

    @Message
    String revocation_notice_intro(String cup, String grant);

    @Message
    String revocation_notice_due(String day);

    @Message
    String revocation_notice_observations_title();

    @Message
    String revocation_notice_observations(int days, String day);

    @Message
    String revocation_notice_next();

    @Message
    String revocation_notice_issued(String when);

    @Message
    String revocation_intro(String notice, String grant, String cup, String cor);

    @Message
    String revocation_observations();

    @Message
    String revocation_observations_received(String when);

    @Message
    String revocation_no_observations();

    @Message
    String revocation_effects();

    @Message
    String verification_code();

    @Message
    String verification_qr_alt();

    @Message
    String verification_how();
}
