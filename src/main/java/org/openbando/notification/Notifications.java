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
     * Queues a message for {@code username}. {@code values} fill the texts (e.g. {@code acronym}, {@code call},
     * {@code protocol}, {@code term}); {@code path} is the page where the recipient acts (e.g. {@code /proposals/12}),
     * made absolute with {@code openbando.public-url}.
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
