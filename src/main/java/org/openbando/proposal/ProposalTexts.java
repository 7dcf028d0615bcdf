package org.openbando.proposal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of drafting: the proposal pages, the guided draft form, attachments, issued documents' list, used in
 * templates as {@code proposal:key}. Italian is the default; the texts are in {@code messages/proposal_it.properties}
 * and {@code messages/proposal_en.properties} (same keys). Enumerations are passed by name. Public: the pages of later
 * features and of the portal show these texts too.
 */
@MessageBundle(value = "proposal", locale = "it")
@PublicApi
public interface ProposalTexts {

    @Message
    String my_proposals();

    @Message
    String none();

    @Message
    String new_line(String line);

    @Message
    String status(String status);

    @Message
    String untitled();

    @Message
    String blocking();

    @Message
    String warnings();

    @Message
    String line_closed(String line, String why);

    @Message
    String ready();

    @Message
    String confirm();

    @Message
    String submit();

    @Message
    String submitted();

    @Message
    String receipt();

    @Message
    String protocol();

    @Message
    String arrived_at();

    @Message
    String received_at();

    @Message
    String hash();

    @Message
    String withdraw();

    @Message
    String withdrawn();

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
    String draft_open(int count);

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
    String draft_trl_limits(int min, int low, int high);

    @Message
    String draft_trl_level(String level);

    @Message
    String doc_list_title();

    @Message
    String doc_list_none();

    @Message
    String doc_kind(String kind);

    // what a draft lacks to be a complete application (DraftChecks)

    @Message
    String checks_title();

    @Message
    String checks_acronym();

    @Message
    String checks_summary();

    @Message
    String checks_area();

    @Message
    String checks_start();

    @Message
    String checks_duration();

    @Message
    String checks_partner_unknown(String organisation);

    @Message
    String checks_partner_twice(String organisation);

    @Message
    String checks_partner_unconfirmed(String organisation);

    @Message
    String checks_contract_provider();

    @Message
    String checks_budget_not_member(String organisation);

    @Message
    String checks_budget_feasibility();

    @Message
    String checks_budget();

    @Message
    String checks_trl();

    @Message
    String checks_trl_justification();

    @Message
    String checks_wp();

    @Message
    String checks_wp_code();

    @Message
    String checks_wp_code_twice(String code);

    @Message
    String checks_wp_title();

    @Message
    String checks_wp_trl();

    @Message
    String checks_wp_justification();

    // the guided form's errors under its fields (DraftForm)

    @Message
    String form_partner_unknown(String vat);

    @Message
    String form_partner_is_lead(String name);

    @Message
    String form_partner_twice(String name);

    @Message
    String form_provider_required();

    @Message
    String form_provider_unknown(String vat);

    @Message
    String form_required();

    @Message
    String form_not_listed();

    @Message
    String form_not_a_choice();

    @Message
    String form_no_version();

    // a field of the proposal named for people, from its JSON path (FieldLabels)

    /** A field outside the lists, by its path: {@code title}, {@code trl.start}. */
    @Message
    String field_name(String name);

    /** A row of a list: {@code partners} and 2 is "Partner 2". */
    @Message
    String field_row(String list, String number);

    /** A field of a row: {@code organizationId}. */
    @Message
    String field_part(String part);

    /** A field of a row, with the row: "Partner 2: organizzazione". */
    @Message
    String field_in(String row, String part);

    @Message
    String invitations();

    @Message
    String invitations_hint();

    @Message
    String invitation_lead();

    @Message
    String invitation_budget();

    @Message
    String invitation_state();

    @Message
    String invitation_pending();

    @Message
    String invitation_confirmed_by(String user);

    @Message
    String invitation_confirm();

    @Message
    String invitation_withdraw();

    @Message
    String invitation_confirmed();

    @Message
    String invitation_withdrawn();

    @Message
    String draft_partner_confirmed();

    @Message
    String draft_partner_pending();

    @Message
    String draft_right_to_publish();

    @Message
    String draft_right_to_publish_hint();

    @Message
    String estimate_note();

    @Message
    String estimate_title();

    @Message
    String estimate_badge();

    @Message
    String estimate_intro(String day);

    @Message
    String estimate_cap(String cap);

    @Message
    String estimate_no_cap();

    @Message
    String estimate_category();

    @Message
    String estimate_cost();

    @Message
    String estimate_intensity();

    @Message
    String estimate_grant();

    @Message
    String estimate_partner_total();

    @Message
    String estimate_project_total();

    @Message
    String estimate_none();

    @Message
    String estimate_summary(String grant, String cost);

    @Message
    String estimate_details();
}
