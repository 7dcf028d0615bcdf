package org.openbando.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages, used in templates as {@code msg:key}. Italian is the default locale; the texts are in
 * {@code messages/msg_it.properties} and {@code messages/msg_en.properties} (same keys), declared here one per method.
 * Enumerations are passed by name ({@code status.name}) so that this package depends on no feature.
 */
@MessageBundle(value = "msg", locale = "it")
public interface Msg {

    @Message
    String brand_region();

    @Message
    String brand_name();

    @Message
    String brand_tagline();

    @Message
    String nav_calls();

    @Message
    String nav_my_organization();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String nav_api();

    @Message
    String nav_other_language();

    @Message
    String nav_other_language_code();

    @Message
    String nav_signed_in_as(String name);

    @Message
    String footer_text();

    @Message
    String home_title();

    @Message
    String home_intro();

    @Message
    String home_none();

    @Message
    String home_deadline();

    @Message
    String home_opens();

    @Message
    String home_details();

    @Message
    String call_status(String status);

    @Message
    String call_line(String line);

    @Message
    String call_line_a();

    @Message
    String call_line_b();

    @Message
    String call_budget();

    @Message
    String call_total_budget();

    @Message
    String call_timeline();

    @Message
    String call_publication();

    @Message
    String call_opening();

    @Message
    String call_deadline();

    @Message
    String call_s3();

    @Message
    String call_clusters();

    @Message
    String call_rules();

    @Message
    String call_rule_trl(Object start, Object target, Object max);

    @Message
    String call_rule_research();

    @Message
    String call_rule_cost(Object min, Object max);

    @Message
    String call_rule_enterprises(Object count);

    @Message
    String call_rule_proposals(Object count);

    @Message
    String call_rule_evaluators(Object count, Object threshold);

    @Message
    String call_rule_completion(Object days);

    @Message
    String call_rule_notice(Object days);

    @Message
    String call_rule_no_notice();

    @Message
    String call_rule_joining(Object days);

    @Message
    String call_rule_reserve(Object months);

    @Message
    String call_criteria();

    @Message
    String call_criterion();

    @Message
    String call_max_score();

    @Message
    String call_min_score();

    @Message
    String call_weight();

    @Message
    String call_aid();

    @Message
    String call_aid_cap(Object cap);

    @Message
    String call_aid_category();

    @Message
    String call_aid_collaboration();

    @Message
    String call_aid_no_collaboration();

    @Message
    String category(String category);

    @Message
    String size(String size);

    @Message
    String org_type(String type);

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_error();

    @Message
    String org_title();

    @Message
    String org_none();

    @Message
    String org_register();

    @Message
    String org_not_applicant();

    @Message
    String org_vat();

    @Message
    String org_name();

    @Message
    String org_type_label();

    @Message
    String org_address();

    @Message
    String org_city();

    @Message
    String org_legal_rep();

    @Message
    String org_figures(Object year);

    @Message
    String org_staff();

    @Message
    String org_turnover();

    @Message
    String org_balance();

    @Message
    String org_year();

    @Message
    String org_size();

    @Message
    String org_size_sme();

    @Message
    String org_size_not_sme();

    @Message
    String org_computation();

    @Message
    String org_own();

    @Message
    String org_aggregated();

    @Message
    String org_relation(String relation);

    @Message
    String org_share();

    @Message
    String org_related();

    @Message
    String org_related_hint();

    @Message
    String org_related_name();

    @Message
    String org_holding();

    @Message
    String org_control();

    @Message
    String org_exempt();

    @Message
    String org_memberships();

    @Message
    String org_membership_hint();

    @Message
    String org_cluster();

    @Message
    String org_since();

    @Message
    String org_until();

    @Message
    String org_no_membership();

    @Message
    String org_lines();

    @Message
    String org_line_a_yes();

    @Message
    String org_line_b_yes();

    @Message
    String org_line_none();

    @Message
    String org_save();

    @Message
    String org_registered();

    @Message
    String form_errors();

    @Message
    String form_optional();

    @Message
    String form_none();

    @Message
    String nav_manage_calls();

    @Message
    String officer_title();

    @Message
    String officer_new();

    @Message
    String officer_code();

    @Message
    String officer_status();

    @Message
    String officer_actions();

    @Message
    String officer_publish();

    @Message
    String officer_created();

    @Message
    String officer_published();

    @Message
    String officer_view();

    @Message
    String call_form_title();

    @Message
    String call_form_intro();

    @Message
    String call_form_code();

    @Message
    String call_form_name();

    @Message
    String call_form_description();

    @Message
    String call_form_budget_a();

    @Message
    String call_form_budget_b();

    @Message
    String call_form_save();

    @Message
    String nav_my_proposals();

    @Message
    String prop_title();

    @Message
    String prop_none();

    @Message
    String prop_new();

    @Message
    String prop_new_line(String line);

    @Message
    String prop_status(String status);

    @Message
    String prop_untitled();

    @Message
    String prop_blocking();

    @Message
    String prop_warnings();

    @Message
    String prop_line_closed(String line, String why);

    @Message
    String prop_ready();

    @Message
    String prop_confirm();

    @Message
    String prop_submit();

    @Message
    String prop_submitted();

    @Message
    String prop_receipt();

    @Message
    String prop_protocol();

    @Message
    String prop_received_at();

    @Message
    String prop_hash();

    @Message
    String prop_withdraw();

    @Message
    String prop_withdrawn();

    // proposal process: eligibility, admissibility review, officer queue

    @Message
    String nav_review();

    @Message
    String rev_eligibility();

    @Message
    String rev_pending();

    @Message
    String rev_round(Object round);

    @Message
    String rev_rule();

    @Message
    String rev_outcome();

    @Message
    String rev_reason();

    @Message
    String rev_outcome_value(String outcome);

    @Message
    String rev_steps();

    @Message
    String rev_step_kind(String kind);

    @Message
    String rev_by_at(String by, String at);

    @Message
    String rev_term_ends(String at);

    @Message
    String rev_answer_completion();

    @Message
    String rev_answer_observations();

    @Message
    String rev_answer_text();

    @Message
    String rev_answered();

    @Message
    String rev_timeline();

    @Message
    String rev_when();

    @Message
    String rev_what();

    @Message
    String rev_who();

    @Message
    String rev_queue_title();

    @Message
    String rev_queue_awaiting();

    @Message
    String rev_queue_in_progress();

    @Message
    String rev_queue_empty();

    @Message
    String rev_protocol();

    @Message
    String rev_received();

    @Message
    String rev_lead();

    @Message
    String rev_failed();

    @Message
    String rev_open();

    @Message
    String rev_snapshot();

    @Message
    String rev_total_cost();

    @Message
    String rev_partners();

    @Message
    String rev_trl();

    @Message
    String rev_decide();

    @Message
    String rev_decision_value(String decision);

    @Message
    String rev_missing();

    @Message
    String rev_reasons();

    @Message
    String rev_answer_obs();

    @Message
    String rev_notes();

    @Message
    String rev_record();

    @Message
    String rev_decided();

    @Message
    String rev_no_decision(String status);

    // --- proposal attachments (feat-attach) ---

    @Message
    String att_title();

    @Message
    String att_none();

    @Message
    String att_kind(String kind);

    @Message
    String att_kind_label();

    @Message
    String att_file();

    @Message
    String att_size();

    @Message
    String att_kib(String size);

    @Message
    String att_uploaded();

    @Message
    String att_hash();

    @Message
    String att_delete();

    @Message
    String att_upload_title();

    @Message
    String att_file_label();

    @Message
    String att_upload();

    @Message
    String att_rules(String max);

    @Message
    String att_line_b();

    @Message
    String att_added();

    @Message
    String att_removed();

    @Message
    String att_frozen();

    // --- guided draft form (DraftFormPages) ---

    @Message
    String draft_edit_sections();

    @Message
    String draft_form_title();

    @Message
    String draft_form_intro();

    @Message
    String draft_section(String section);

    @Message
    String draft_last_saved(String who, String when);

    @Message
    String draft_save();

    @Message
    String draft_previous();

    @Message
    String draft_next();

    @Message
    String draft_to_summary();

    @Message
    String draft_saved();

    @Message
    String draft_errors();

    @Message
    String draft_failure(String reason);

    @Message
    String draft_stale(String who, String when);

    @Message
    String draft_reload();

    @Message
    String draft_complete();

    @Message
    String draft_open(Object count);

    @Message
    String draft_section_issues();

    @Message
    String draft_issues();

    @Message
    String draft_ready();

    @Message
    String draft_go_submit();

    @Message
    String draft_on_proposal_page();

    @Message
    String draft_sections();

    @Message
    String draft_amount_format();

    @Message
    String draft_f_title();

    @Message
    String draft_f_acronym();

    @Message
    String draft_f_summary();

    @Message
    String draft_f_area();

    @Message
    String draft_choose();

    @Message
    String draft_outside();

    @Message
    String draft_f_start();

    @Message
    String draft_f_start_hint();

    @Message
    String draft_f_duration();

    @Message
    String draft_lead();

    @Message
    String draft_partners();

    @Message
    String draft_partners_hint();

    @Message
    String draft_no_partners();

    @Message
    String draft_partner_vat();

    @Message
    String draft_add_partner();

    @Message
    String draft_remove();

    @Message
    String draft_contracts();

    @Message
    String draft_contracts_hint();

    @Message
    String draft_provider();

    @Message
    String draft_subject();

    @Message
    String draft_amount();

    @Message
    String draft_new_row();

    @Message
    String draft_add_row();

    @Message
    String draft_budget_hint();

    @Message
    String draft_partner();

    @Message
    String draft_cost_category();

    @Message
    String draft_research_category();

    @Message
    String draft_cost(String category);

    @Message
    String draft_not_member();

    @Message
    String draft_totals();

    @Message
    String draft_other_categories();

    @Message
    String draft_total();

    @Message
    String draft_no_budget();

    @Message
    String draft_wp_hint();

    @Message
    String draft_wp_new();

    @Message
    String draft_wp_code();

    @Message
    String draft_wp_title();

    @Message
    String draft_wp_start();

    @Message
    String draft_wp_target();

    @Message
    String draft_wp_justification();

    @Message
    String draft_milestones();

    @Message
    String draft_milestone();

    @Message
    String draft_month();

    @Message
    String draft_remove_wp();

    @Message
    String draft_trl_hint();

    @Message
    String draft_trl_start();

    @Message
    String draft_trl_target();

    @Message
    String draft_trl_justification();

    @Message
    String draft_trl_limits(Object min, Object low, Object high);

    @Message
    String draft_trl_level(String level);

    // issued documents (receipt, requests, notices, decisions)

    @Message
    String doc_list_title();

    @Message
    String doc_list_none();

    @Message
    String doc_kind(String kind);
}
