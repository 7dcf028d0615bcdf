package org.openbando.call;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the call pages (home, a call, the officers' list and form), used in templates as {@code call:key}.
 * Italian is the default; the texts are in {@code messages/call_it.properties} and {@code messages/call_en.properties}
 * (same keys). Enumerations are passed by name. Public: the pages of later features and of the portal show these texts
 * too.
 */
@MessageBundle(value = "call", locale = "it")
@PublicApi
public interface CallTexts {

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
    String status(String status);

    @Message
    String line(String line);

    @Message
    String line_a();

    @Message
    String line_b();

    @Message
    String budget();

    @Message
    String total_budget();

    @Message
    String timeline();

    @Message
    String publication();

    @Message
    String opening();

    @Message
    String deadline();

    @Message
    String s3();

    @Message
    String clusters();

    @Message
    String rules();

    @Message
    String rule_trl(int start, int target, int max);

    @Message
    String rule_research();

    @Message
    String rule_cost(String min, String max);

    @Message
    String rule_enterprises(int count);

    @Message
    String rule_proposals(int count);

    @Message
    String rule_evaluators(int count, String threshold);

    @Message
    String rule_completion(int days);

    @Message
    String rule_notice(int days);

    @Message
    String rule_no_notice();

    @Message
    String rule_joining(int days);

    @Message
    String rule_reserve(int months);

    @Message
    String criteria();

    @Message
    String criterion();

    @Message
    String max_score();

    @Message
    String min_score();

    @Message
    String weight();

    @Message
    String aid();

    @Message
    String aid_cap(String cap);

    @Message
    String aid_category();

    @Message
    String aid_collaboration();

    @Message
    String aid_no_collaboration();

    @Message
    String category(String category);

    @Message
    String officer_title();

    @Message
    String officer_new();

    @Message
    String officer_actions();

    @Message
    String officer_publish();

    @Message
    String officer_created();

    @Message
    String officer_published();

    @Message
    String form_title();

    @Message
    String form_intro();

    @Message
    String form_code();

    @Message
    String form_name();

    @Message
    String form_description();

    @Message
    String form_budget_a();

    @Message
    String form_budget_b();

    @Message
    String form_save();

    @Message
    String form_evaluation();

    @Message
    String form_evaluation_hint();

    @Message
    String form_evaluators();

    @Message
    String form_threshold();

    @Message
    String form_aggregation();

    @Message
    String form_term_days();

    @Message
    String form_reminder_days();

    @Message
    String form_score_step();

    @Message
    String form_divergence();

    @Message
    String aggregation(String aggregation);

    @Message
    String rule_evaluation(String aggregation, String step, String divergence);

    @Message
    String rule_evaluation_term(int days, int reminder);

    @Message
    String officer_evaluation();

    @Message
    String rule_tie_break(String criterion);

    @Message
    String rule_tie_break_time();

    @Message
    String rule_partial(String share);

    @Message
    String rule_no_partial();

    @Message
    String rule_remainder();

    @Message
    String rule_no_remainder();

    @Message
    String rule_acceptance(int days);

    @Message
    String rule_revocation(int days);

    @Message
    String funding_rules();

    @Message
    String aid_explained();

    @Message
    String aid_rounding();

    @Message
    String form_funding();

    @Message
    String form_funding_hint();

    @Message
    String form_tie_break();

    @Message
    String form_partial();

    @Message
    String form_partial_share();

    @Message
    String form_remainder();

    @Message
    String form_reserve_months();

    @Message
    String form_aid_cap();

    @Message
    String form_acceptance_days();

    @Message
    String form_joining_days();

    @Message
    String form_revocation_days();

    @Message
    String form_yes();

    @Message
    String form_no();
}
