package org.openbando.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the evaluation, used in templates as {@code evaluation:key}: the statuses of evaluations and
 * assignments, the reasons an assignment ends, the reasons of the conflict checks, the expertise match. Italian is the
 * default; the texts are in {@code messages/evaluation_it.properties} and {@code messages/evaluation_en.properties}
 * (same keys), grouped by what uses them: statuses and reasons, scores and consensus, the officer's pages, the
 * expert's pages. Enumerations are passed by name.
 */
@MessageBundle(value = "evaluation", locale = "it")
@PublicApi
public interface EvaluationTexts {

    @Message
    String evaluation_status(String status);

    @Message
    String assignment_status(String status);

    @Message
    String end_reason(String reason);

    @Message
    String exclusion(String reason);

    @Message
    String match(String match);

    @Message
    String seat(Integer seat);

    @Message
    String term_ends(String at);

    @Message
    String late();

    @Message
    String consortium();

    @Message
    String declaration_title();

    @Message
    String declaration_signed(String at, String sha256);

    @Message
    String rapporteur();

    @Message
    String expert_profile();

    @Message
    String affiliation();

    @Message
    String affiliation_vat();

    @Message
    String clusters();

    @Message
    String areas();

    @Message
    String languages();

    @Message
    String max_per_call();

    @Message
    String active();

    @Message
    String load_in_call(Integer load, Integer max);

    // --- score: the individual evaluations, the consensus, the outcome

    /** {@code DRAFT}, {@code SUBMITTED}, {@code REOPENED} ({@link RevisionStatus}). */
    @Message
    String revision_status(String status);

    /** How the call aggregates: {@code MEAN} or {@code MEDIAN}. */
    @Message
    String aggregation(String how);

    @Message
    String divergent();

    @Message
    String blind();

    @Message
    String waiting_seats(String seats);

    @Message
    String minority_view();

    @Message
    String total_of(String total, String threshold);

    @Message
    String outcome(boolean fundable);

    /** A {@link Fundability.Reason}: its code and values as text (the criterion's name or code). */
    @Message
    String outcome_reason(String code, String criterion, String value, String limit);

    // D2 officer pages: the board, the panel page, the experts' profiles, the applicant's status lines

    @Message
    String board_title(String call);

    @Message
    String board_intro();

    @Message
    String board_link();

    @Message
    String board_filter();

    @Message
    String board_filter_all();

    @Message
    String board_filter_apply();

    @Message
    String board_counts();

    @Message
    String board_empty();

    @Message
    String board_proposal();

    @Message
    String board_panel();

    @Message
    String board_progress();

    @Message
    String board_outcome();

    @Message
    String board_submitted(int done, int of);

    @Message
    String board_late(int count);

    @Message
    String board_page(int page, int pages, long total);

    @Message
    String board_previous();

    @Message
    String board_next();

    @Message
    String board_open();

    @Message
    String board_pending_title();

    @Message
    String board_pending_none();

    @Message
    String board_readonly();

    @Message
    String expert_seat(int seat);

    @Message
    String seat_empty();

    @Message
    String seat_due(String day);

    @Message
    String seat_late();

    @Message
    String outcome_fundable();

    @Message
    String outcome_not_fundable();

    @Message
    String outcome_none();

    @Message
    String panel_title(String protocol);

    @Message
    String panel_back();

    @Message
    String panel_seats();

    @Message
    String panel_expert();

    @Message
    String panel_history();

    @Message
    String panel_assigned(String by, String at);

    @Message
    String panel_ended(String by, String at);

    @Message
    String panel_rapporteur();

    @Message
    String panel_no_rapporteur();

    @Message
    String panel_choose_rapporteur();

    @Message
    String panel_proposal_title();

    @Message
    String panel_proposal_intro(int count);

    @Message
    String panel_match();

    @Message
    String panel_load();

    @Message
    String panel_excluded();

    @Message
    String panel_excluded_reason();

    @Message
    String panel_assign();

    @Message
    String panel_reassign();

    @Message
    String panel_remove();

    @Message
    String panel_reason();

    @Message
    String panel_note();

    @Message
    String panel_reopen();

    @Message
    String panel_reopen_reason();

    @Message
    String panel_done(String what);

    @Message
    String panel_scores();

    @Message
    String panel_scores_none();

    @Message
    String panel_hash();

    @Message
    String panel_total();

    @Message
    String panel_aggregation();

    @Message
    String panel_aggregated();

    @Message
    String panel_spread();

    @Message
    String panel_divergent();

    @Message
    String panel_divergences(int count);

    @Message
    String panel_consensus();

    @Message
    String panel_consensus_none();

    @Message
    String panel_agreed();

    @Message
    String panel_minority();

    @Message
    String panel_reasons();

    @Message
    String panel_report();

    @Message
    String panel_report_lang(String lang);

    @Message
    String panel_readonly();

    @Message
    String experts_title();

    @Message
    String experts_intro();

    @Message
    String experts_search();

    @Message
    String experts_search_button();

    @Message
    String experts_none();

    @Message
    String experts_more(int count);

    @Message
    String experts_name();

    @Message
    String experts_affiliation();

    @Message
    String experts_vat();

    @Message
    String experts_clusters();

    @Message
    String experts_areas();

    @Message
    String experts_languages();

    @Message
    String experts_max_per_call();

    @Message
    String experts_active();

    @Message
    String experts_inactive();

    @Message
    String experts_edit();

    @Message
    String experts_profile_title(String name);

    @Message
    String experts_save();

    @Message
    String experts_saved();

    @Message
    String experts_hint_list();

    @Message
    String applicant_under_evaluation();

    @Message
    String applicant_evaluated();


    @Message
    String board_phase(long admissibility, long panels, long experts, long consensus);

    @Message
    String board_late_title(long count);

    @Message
    String board_consensus(String status);
    // D1 "expert pages": the expert's inbox, declaration, scoring form and consensus form

    String expert_inbox_title();

    String expert_inbox_intro();

    String expert_inbox_none();

    String expert_call();

    String expert_proposal();

    String expert_consortium();

    String expert_seat_label();

    String expert_status();

    String expert_term();

    String expert_term_ends(String day);

    String expert_late();

    String expert_open();

    String expert_rapporteur();

    String expert_consensus_link();

    String expert_status_value(String status);

    String expert_declined();

    String expert_assignment_title();

    String expert_before_accept();

    String expert_declaration_title();

    String expert_declaration_signed(String lang, String at);

    String expert_declare();

    String expert_accept();

    String expert_must_declare();

    String expert_decline_title();

    String expert_decline_reason();

    String expert_reason_value(String reason);

    String expert_decline_note();

    String expert_decline();

    String expert_choose();

    String expert_go_scores();

    String expert_ended();

    String expert_scores_title();

    String expert_proposal_side();

    String expert_summary();

    String expert_protocol(String code, Long number, String at);

    String expert_snapshot_hash();

    String expert_thematic_area();

    String expert_duration();

    String expert_duration_value(String start, Integer months);

    String expert_trl_project();

    String expert_work_packages();

    String expert_wp_trl(Integer start, Integer target);

    String expert_budget();

    String expert_budget_total();

    String expert_partners();

    String expert_lead();

    String expert_attachments();

    String expert_attachments_none();

    String expert_criteria();

    String expert_criterion_max(String max);

    String expert_criterion_min(String min);

    String expert_weight(String weight);

    String expert_score();

    String expert_comment();

    String expert_comment_help();

    String expert_trl_title();

    String expert_trl_start(Integer trl);

    String expert_trl_target(Integer trl);

    String expert_trl_wp();

    String expert_yes();

    String expert_no();

    String expert_reason();

    String expert_save();

    String expert_saved();

    String expert_autosave();

    String expert_stale(String version);

    String expert_submit_title();

    String expert_confirm_submit();

    String expert_submit();

    String expert_must_confirm();

    String expert_errors();

    String expert_submitted_title();

    String expert_submitted_at(String at);

    String expert_hash();

    String expert_others_title();

    String expert_others_blind();

    String expert_others_none();

    String expert_not_submitted();

    String expert_consensus_title();

    String expert_consensus_intro(String method, String percent);

    String expert_method(String method);

    String expert_individual();

    String expert_aggregated();

    String expert_spread();

    String expert_divergent();

    String expert_final_score();

    String expert_final_comment();

    String expert_agreed();

    String expert_minority();

    String expert_trl_verdict();

    String expert_verdict_start();

    String expert_verdict_target();

    String expert_verdict_reason();

    String expert_consensus_save();

    String expert_consensus_confirm();

    String expert_consensus_submit();

    String expert_consensus_readonly();

    String expert_consensus_submitted(String at);

    String expert_consensus_waiting();

    String expert_total();

    String expert_outcome();

    String expert_fundable(Boolean fundable);

    String expert_choose_reason();

    String expert_too_long(Integer max, Integer length);
}
