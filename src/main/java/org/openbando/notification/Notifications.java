package org.openbando.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.openbando.shared.PublicApi;

/**
 * Tells people by e-mail what happened and where to act. Each message is rendered in the recipient's language and
 * stored in the outbox in the caller's transaction (a rolled-back act sends nothing); a scheduled sender delivers it
 * and retries when the mail server fails, so an act never fails because of mail.
 */
@ApplicationScoped
@PublicApi
public class Notifications {

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
        // public surface first; the outbox follows on this branch
    }

    /** Queues the message for every user who acts for the organisation. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void sendToOrganization(long organizationId, MessageKind kind, Map<String, String> values, String path) {
        // public surface first; the outbox follows on this branch
    }
}
