package org.openbando.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the evaluation, used in templates as {@code evaluation:key}: the statuses of evaluations and
 * assignments, the reasons an assignment ends, the reasons of the conflict checks, the expertise match. Italian is the
 * default; the texts are in {@code messages/evaluation_it.properties} and {@code messages/evaluation_en.properties}
 * (same keys). Enumerations are passed by name. Each helper of issue 13 appends its keys at the end of both files,
 * under a comment line naming it.
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

    // D1 "expert pages": the expert's inbox, declaration, scoring form and consensus form

    @Message
    String expert_inbox_title();

    @Message
    String expert_inbox_intro();

    @Message
    String expert_inbox_none();

    @Message
    String expert_call();

    @Message
    String expert_proposal();

    @Message
    String expert_consortium();

    @Message
    String expert_seat();

    @Message
    String expert_seat_n(Integer seat);

    @Message
    String expert_status();

    @Message
    String expert_term();

    @Message
    String expert_term_ends(String day);

    @Message
    String expert_late();

    @Message
    String expert_open();

    @Message
    String expert_rapporteur();

    @Message
    String expert_consensus_link();

    @Message
    String expert_status_value(String status);

    @Message
    String expert_declined();

    @Message
    String expert_assignment_title();

    @Message
    String expert_before_accept();

    @Message
    String expert_declaration_title();

    @Message
    String expert_declaration_signed(String lang, String at);

    @Message
    String expert_declare();

    @Message
    String expert_accept();

    @Message
    String expert_must_declare();

    @Message
    String expert_decline_title();

    @Message
    String expert_decline_reason();

    @Message
    String expert_reason_value(String reason);

    @Message
    String expert_decline_note();

    @Message
    String expert_decline();

    @Message
    String expert_choose();

    @Message
    String expert_go_scores();

    @Message
    String expert_ended();

    @Message
    String expert_scores_title();

    @Message
    String expert_proposal_side();

    @Message
    String expert_summary();

    @Message
    String expert_protocol(String code, Long number, String at);

    @Message
    String expert_snapshot_hash();

    @Message
    String expert_thematic_area();

    @Message
    String expert_duration();

    @Message
    String expert_duration_value(String start, Integer months);

    @Message
    String expert_trl_project();

    @Message
    String expert_work_packages();

    @Message
    String expert_wp_trl(Integer start, Integer target);

    @Message
    String expert_budget();

    @Message
    String expert_budget_total();

    @Message
    String expert_partners();

    @Message
    String expert_lead();

    @Message
    String expert_attachments();

    @Message
    String expert_attachments_none();

    @Message
    String expert_criteria();

    @Message
    String expert_criterion_max(String max);

    @Message
    String expert_criterion_min(String min);

    @Message
    String expert_weight(String weight);

    @Message
    String expert_score();

    @Message
    String expert_comment();

    @Message
    String expert_comment_help();

    @Message
    String expert_trl_title();

    @Message
    String expert_trl_start(Integer trl);

    @Message
    String expert_trl_target(Integer trl);

    @Message
    String expert_trl_wp();

    @Message
    String expert_yes();

    @Message
    String expert_no();

    @Message
    String expert_reason();

    @Message
    String expert_save();

    @Message
    String expert_saved();

    @Message
    String expert_autosave();

    @Message
    String expert_stale(String version);

    @Message
    String expert_submit_title();

    @Message
    String expert_confirm_submit();

    @Message
    String expert_submit();

    @Message
    String expert_must_confirm();

    @Message
    String expert_errors();

    @Message
    String expert_submitted_title();

    @Message
    String expert_submitted_at(String at);

    @Message
    String expert_hash();

    @Message
    String expert_others_title();

    @Message
    String expert_others_blind();

    @Message
    String expert_others_none();

    @Message
    String expert_not_submitted();

    @Message
    String expert_consensus_title();

    @Message
    String expert_consensus_intro(String method, String percent);

    @Message
    String expert_method(String method);

    @Message
    String expert_individual();

    @Message
    String expert_aggregated();

    @Message
    String expert_spread();

    @Message
    String expert_divergent();

    @Message
    String expert_final_score();

    @Message
    String expert_final_comment();

    @Message
    String expert_agreed();

    @Message
    String expert_minority();

    @Message
    String expert_trl_verdict();

    @Message
    String expert_verdict_start();

    @Message
    String expert_verdict_target();

    @Message
    String expert_verdict_reason();

    @Message
    String expert_consensus_save();

    @Message
    String expert_consensus_confirm();

    @Message
    String expert_consensus_submit();

    @Message
    String expert_consensus_readonly();

    @Message
    String expert_consensus_submitted(String at);

    @Message
    String expert_consensus_waiting();

    @Message
    String expert_total();

    @Message
    String expert_outcome();

    @Message
    String expert_fundable(Boolean fundable);

    @Message
    String expert_choose_reason();

    @Message
    String expert_too_long(Integer max, Integer length);
}
