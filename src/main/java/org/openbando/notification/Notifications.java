package org.openbando.notification;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbando.identity.UserService;
import org.openbando.shared.PublicApi;

/**
 * Tells people by e-mail what happened and where to act. Each message is rendered in the recipient's language and
 * stored in the outbox in the caller's transaction (a rolled-back act sends nothing); a scheduled sender delivers it
 * and retries when the mail server fails ({@code OutboxSender}), so an act never fails because of mail. A user
 * without an e-mail address (or disabled, or unknown) gets a message recorded as undeliverable: the administrators
 * see it on the outbox page.
 */
@ApplicationScoped
@PublicApi
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    /** The longest path kept in a link (a page's path is short: this only bounds a caller's mistake). */
    private static final int MAX_PATH = 500;

    private final UserService users;
    private final NotificationTexts italian;
    private final NotificationTexts english;
    private final Clock clock;
    private final String publicUrl;

    public Notifications(UserService users, NotificationTexts italian, @Localized("en") NotificationTexts english,
            Clock clock, @ConfigProperty(name = "openbando.public-url", defaultValue = "http://localhost:8080")
            String publicUrl) {
        this.users = users;
        this.italian = italian;
        this.english = english;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Queues a message for {@code username}. {@code values} fill the texts; the keys read (others are ignored, a
     * missing one is left out of the sentence): {@code acronym} and {@code title} of the proposal, {@code call} (the
     * call's code), {@code protocol} (the protocol number), {@code seat} (an expert's seat), {@code dueAt} (an
     * ISO-8601 instant, e.g. {@code Instant.toString()}: written as a date and time in Rome in the recipient's
     * language), {@code reason} (why, in a sentence). {@code path} is the page where the recipient acts (e.g.
     * {@code /proposals/12}, {@code /expert/assignments/7}), made absolute with {@code openbando.public-url}.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void send(String username, MessageKind kind, Map<String, String> values, String path) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        store(username, null, kind, values, path, Instant.now(clock));
    }

    /**
     * Queues the message for every user who acts for the organisation, each in their own language; when nobody acts
     * for it, one undeliverable message records that it could not be told.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void sendToOrganization(long organizationId, MessageKind kind, Map<String, String> values, String path) {
        Objects.requireNonNull(kind, "kind");
        Instant now = Instant.now(clock);
        List<String> recipients = users.actingFor(organizationId);
        if (recipients.isEmpty()) {
            LOG.warnf("No user acts for organisation %d: its %s message is recorded as undeliverable", organizationId,
                    kind);
            store(null, organizationId, kind, values, path, now);
        }
        recipients.forEach(username -> store(username, organizationId, kind, values, path, now));
    }

    private void store(String username, Long organizationId, MessageKind kind, Map<String, String> values,
            String path, Instant now) {
        Optional<UserService.Contact> contact = username == null ? Optional.empty() : users.contact(username);
        String language = contact.map(UserService.Contact::language).orElse("it");
        NotificationTexts texts = "en".equals(language) ? english : italian;
        MessageValues v = MessageValues.of(values, texts, language);
        String link = link(path);
        OutboxMessage message = new OutboxMessage();
        message.recipient = contact.map(UserService.Contact::username).orElse(username);
        message.organizationId = organizationId;
        message.language = language;
        message.kind = kind;
        message.subject = OutboxMessage.bounded(MessageValues.clean(subject(texts, kind, v)),
                OutboxMessage.MAX_SUBJECT);
        String name = contact.map(UserService.Contact::displayName).filter(n -> !n.isBlank())
                .orElse(username == null ? "" : username);
        message.body = OutboxMessage.bounded(texts.greeting(name) + "\n\n" + body(texts, kind, v) + "\n\n"
                + texts.open_page(link) + "\n\n-- \n" + texts.footer() + "\n", OutboxMessage.MAX_BODY);
        message.link = link;
        message.createdAt = now;
        String undeliverable = contact.isEmpty() ? (username == null ? "no user acts for organisation "
                + organizationId : "no such user") : contact.get().disabled() ? "the user is disabled"
                        : contact.get().email() == null ? "the user has no e-mail address" : null;
        if (undeliverable == null) {
            message.address = contact.get().email();
            message.status = MessageStatus.PENDING;
            message.nextAttemptAt = now;
        } else {
            message.status = MessageStatus.UNDELIVERABLE;
            message.lastError = undeliverable;
        }
        message.persist();
    }

    /** The absolute link: the public address and the path (a path that is not one is left out). */
    private String link(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH || !path.startsWith("/")
                || path.startsWith("//") || !path.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            if (path != null && !path.isEmpty()) {
                LOG.warnf("A message's path is not a path of this site; the link goes to the home page: %s",
                        MessageValues.clean(path));
            }
            return publicUrl + "/";
        }
        return publicUrl + path;
    }

    static String subject(NotificationTexts t, MessageKind kind, MessageValues v) {
        return switch (kind) {
            case ASSIGNMENT -> t.subject_assignment(v);
            case REMINDER -> t.subject_reminder(v);
            case TERM_LAPSED -> t.subject_term_lapsed(v);
            case REMOVED -> t.subject_removed(v);
            case ADMITTED -> t.subject_admitted(v);
            case COMPLETION_REQUESTED -> t.subject_completion_requested(v);
            case REJECTION_NOTIFIED -> t.subject_rejection_notified(v);
            case INADMISSIBLE -> t.subject_inadmissible(v);
            case UNDER_EVALUATION -> t.subject_under_evaluation(v);
            case EVALUATED -> t.subject_evaluated(v);
            case RANKING_PUBLISHED -> t.subject_ranking_published(v);
            case FUNDING_DECIDED -> t.subject_funding_decided(v);
            case GRANT_FORFEITED -> t.subject_grant_forfeited(v);
            case MOVED_UP -> t.subject_moved_up(v);
            case MEMBERSHIP_CONFIRMED -> t.subject_membership_confirmed(v);
            case PROOF_REJECTED -> t.subject_proof_rejected(v);
            case REVOCATION_NOTIFIED -> t.subject_revocation_notified(v);
            case GRANT_REVOKED -> t.subject_grant_revoked(v);
        };
    }

    static String body(NotificationTexts t, MessageKind kind, MessageValues v) {
        return switch (kind) {
            case ASSIGNMENT -> t.body_assignment(v);
            case REMINDER -> t.body_reminder(v);
            case TERM_LAPSED -> t.body_term_lapsed(v);
            case REMOVED -> t.body_removed(v);
            case ADMITTED -> t.body_admitted(v);
            case COMPLETION_REQUESTED -> t.body_completion_requested(v);
            case REJECTION_NOTIFIED -> t.body_rejection_notified(v);
            case INADMISSIBLE -> t.body_inadmissible(v);
            case UNDER_EVALUATION -> t.body_under_evaluation(v);
            case EVALUATED -> t.body_evaluated(v);
            case RANKING_PUBLISHED -> t.body_ranking_published(v);
            case FUNDING_DECIDED -> t.body_funding_decided(v);
            case GRANT_FORFEITED -> t.body_grant_forfeited(v);
            case MOVED_UP -> t.body_moved_up(v);
            case MEMBERSHIP_CONFIRMED -> t.body_membership_confirmed(v);
            case PROOF_REJECTED -> t.body_proof_rejected(v);
            case REVOCATION_NOTIFIED -> t.body_revocation_notified(v);
            case GRANT_REVOKED -> t.body_grant_revoked(v);
        };
    }
}
