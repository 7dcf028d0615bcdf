package org.openbando.eligibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of eligibility and admissibility: the results of the checks, the review, the officers' queue and the
 * timeline, used in templates as {@code eligibility:key}. Italian is the default; the texts are in {@code
 * messages/eligibility_it.properties} and {@code messages/eligibility_en.properties} (same keys). Enumerations are
 * passed by name. Public: the pages of later features and of the portal show these texts too.
 */
@MessageBundle(value = "eligibility", locale = "it")
@PublicApi
public interface EligibilityTexts {

    @Message
    String automatic_checks();

    @Message
    String pending();

    @Message
    String round(Object round);

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
}
