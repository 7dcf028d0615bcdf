package org.openbando.eligibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of eligibility and admissibility: the results of the checks, the review, the officers' queue and the
 * timeline, used in templates as {@code eligibility:key}; and the sentences of the rules (what each checks, the
 * reasons of its outcome, what it asks of a draft), which Java writes in both languages. Italian is the default; the
 * texts are in {@code messages/eligibility_it.properties} and {@code messages/eligibility_en.properties} (same keys).
 * Enumerations are passed by name. Public: the pages of later features and of the portal show these texts too.
 */
@MessageBundle(value = "eligibility", locale = "it")
@PublicApi
public interface EligibilityTexts {

    @Message
    String automatic_checks();

    @Message
    String pending();

    @Message
    String round(Integer round);

    @Message
    String rule();

    @Message
    String outcome();

    @Message
    String reason();

    @Message
    String outcome_value(String outcome);

    @Message
    String steps();

    @Message
    String step_kind(String kind);

    @Message
    String by_at(String by, String at);

    @Message
    String term_ends(String at);

    @Message
    String answer_completion();

    @Message
    String answer_observations();

    @Message
    String answer_text();

    @Message
    String answered();

    @Message
    String timeline();

    @Message
    String when();

    @Message
    String what();

    @Message
    String who();

    @Message
    String queue_title();

    @Message
    String queue_awaiting();

    @Message
    String queue_in_progress();

    @Message
    String queue_empty();

    @Message
    String protocol();

    @Message
    String received();

    @Message
    String lead();

    @Message
    String failed();

    @Message
    String open();

    @Message
    String snapshot();

    @Message
    String total_cost();

    @Message
    String partners();

    @Message
    String trl();

    @Message
    String decide();

    @Message
    String decision_value(String decision);

    @Message
    String missing();

    @Message
    String reasons();

    @Message
    String answer_obs();

    @Message
    String notes();

    @Message
    String record();

    @Message
    String decided();

    @Message
    String no_decision(String status);

    @Message
    String frozen_title();

    @Message
    String frozen_intro(String day);

    @Message
    String frozen_partner();

    @Message
    String frozen_clusters();

    @Message
    String frozen_ever_yes();

    @Message
    String frozen_ever_no();

    // the eligibility rules: what each checks, the reasons of its outcome, what it asks of a draft

    @Message
    String rule_checks(String rule);

    @Message
    String time_before_opening();

    @Message
    String time_after_deadline();

    @Message
    String time_in_time();

    @Message
    String smes_pass();

    @Message
    String smes_fail(String names);

    @Message
    String for_line_a();

    @Message
    String for_line_b();

    @Message
    String members_pass(String day);

    @Message
    String members_fail(String day, String names);

    @Message
    String never_members_pass();

    @Message
    String never_members_fail(String names);

    @Message
    String attestation_pass();

    @Message
    String attestation_fail();

    @Message
    String trl_pass(String start, String low, String high);

    @Message
    String trl_project();

    @Message
    String trl_work_package(String code);

    @Message
    String trl_missing(String what);

    @Message
    String trl_low_start(String what, String start, String min);

    @Message
    String trl_target(String what, String target, String low, String high);

    @Message
    String trl_no_work_package();

    @Message
    String research_not_applicable();

    @Message
    String research_pass(String research, String development);

    @Message
    String research_fail(String research, String development);

    @Message
    String cost_pass(String total, String min, String max);

    @Message
    String cost_fail(String total, String min, String max);

    @Message
    String area_pass(String area);

    @Message
    String area_fail(String area);

    @Message
    String enterprises_pass(String count, String min);

    @Message
    String enterprises_fail(String count, String min);

    @Message
    String max_proposals_pass(String max);

    @Message
    String max_proposals_fail(String max, String names);

    @Message
    String incentive_pass(String start, String submitted);

    @Message
    String incentive_fail(String start, String submitted);

    @Message
    String draft_attestation();

    @Message
    String draft_wp_required();

    @Message
    String draft_trl_min_start(String min);

    @Message
    String draft_trl_target(String low, String high);

    @Message
    String draft_research(String research, String development);

    @Message
    String draft_cost(String total, String min, String max);

    @Message
    String draft_area(String area, String admitted);

    @Message
    String draft_enterprises(String min, String count);

    @Message
    String draft_incentive();

    @Message
    String draft_trl_missing();

    @Message
    String draft_sme(String organisation, String size);

    @Message
    String draft_line_a_never(String organisation);

    @Message
    String draft_line_a_not_now(String organisation);

    @Message
    String draft_line_b(String organisation);

    // the timeline (ProposalTimeline)

    @Message
    String timeline_submission(String protocol);

    /** A step of the process by its activity id; its name in the model (English) when there is no other label. */
    @Message
    String timeline_step(String activityId, String name);
}
