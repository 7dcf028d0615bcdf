package org.openbando.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the e-mail messages, a subject and a body per {@link MessageKind}, and of the administrators' outbox
 * page ({@code notification:key} in templates). Italian is the default; the texts are in
 * {@code messages/notification_it.properties} and {@code messages/notification_en.properties} (same keys). A message
 * is plain text: greeting, what happened, the link to the page where the recipient acts, the footer.
 */
@MessageBundle(value = "notification", locale = "it")
public interface NotificationTexts {

    // --- pieces of every message

    @Message
    String proposal(MessageValues v);

    @Message
    String due_day(String day);

    @Message
    String due_time(String day, String time);

    @Message
    String greeting(String name);

    @Message
    String open_page(String link);

    @Message
    String footer();

    // --- subject and body per kind (MessageKind)

    @Message
    String subject_assignment(MessageValues v);

    @Message
    String body_assignment(MessageValues v);

    @Message
    String subject_reminder(MessageValues v);

    @Message
    String body_reminder(MessageValues v);

    @Message
    String subject_term_lapsed(MessageValues v);

    @Message
    String body_term_lapsed(MessageValues v);

    @Message
    String subject_removed(MessageValues v);

    @Message
    String body_removed(MessageValues v);

    @Message
    String subject_admitted(MessageValues v);

    @Message
    String body_admitted(MessageValues v);

    @Message
    String subject_completion_requested(MessageValues v);

    @Message
    String body_completion_requested(MessageValues v);

    @Message
    String subject_rejection_notified(MessageValues v);

    @Message
    String body_rejection_notified(MessageValues v);

    @Message
    String subject_inadmissible(MessageValues v);

    @Message
    String body_inadmissible(MessageValues v);

    @Message
    String subject_under_evaluation(MessageValues v);

    @Message
    String body_under_evaluation(MessageValues v);

    @Message
    String subject_evaluated(MessageValues v);

    @Message
    String body_evaluated(MessageValues v);

    @Message
    String subject_ranking_published(MessageValues v);

    @Message
    String body_ranking_published(MessageValues v);

    @Message
    String subject_funding_decided(MessageValues v);

    @Message
    String body_funding_decided(MessageValues v);

    @Message
    String subject_grant_forfeited(MessageValues v);

    @Message
    String body_grant_forfeited(MessageValues v);

    @Message
    String subject_moved_up(MessageValues v);

    @Message
    String body_moved_up(MessageValues v);

    @Message
    String subject_membership_confirmed(MessageValues v);

    @Message
    String body_membership_confirmed(MessageValues v);

    @Message
    String subject_proof_rejected(MessageValues v);

    @Message
    String body_proof_rejected(MessageValues v);

    @Message
    String subject_revocation_notified(MessageValues v);

    @Message
    String body_revocation_notified(MessageValues v);

    @Message
    String subject_grant_revoked(MessageValues v);

    @Message
    String body_grant_revoked(MessageValues v);

    // --- the administrators' outbox page

    @Message
    String outbox_title();

    @Message
    String outbox_intro();

    @Message
    String outbox_none();

    @Message
    String status(String status);

    @Message
    String kind(String kind);

    @Message
    String col_created();

    @Message
    String col_recipient();

    @Message
    String col_kind();

    @Message
    String col_subject();

    @Message
    String col_status();

    @Message
    String col_actions();

    @Message
    String attempts(Integer attempts);

    @Message
    String next_attempt(String at);

    @Message
    String retry();

    @Message
    String retried();

    @Message
    String filter_all();

    @Message
    String filter();
}
