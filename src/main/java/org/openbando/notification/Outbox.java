package org.openbando.notification;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;

/** The administrators' view of the outbox: the latest messages with their delivery, and a retry. */
@ApplicationScoped
public class Outbox {

    /** The most messages one page or one API answer lists. */
    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 50;

    /** A message as the administrators see it (the body is left out: the subject and the link say what it is). */
    public record MessageView(long id, String recipient, Long organizationId, String address, String language,
            MessageKind kind, String subject, String link, Instant createdAt, MessageStatus status, int attempts,
            Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(m.id, m.recipient, m.organizationId, m.address, m.language, m.kind, m.subject,
                    m.link, m.createdAt, m.status, m.attempts, m.lastAttemptAt, m.nextAttemptAt, m.sentAt,
                    m.lastError);
        }
    }

    private final Clock clock;
    private final AuditTrail audit;

    public Outbox(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** The latest messages, newest first, at most {@code limit} (1 to 200), of one status or all (null). */
    @Transactional
    public List<MessageView> latest(MessageStatus status, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Sort newestFirst = Sort.descending("createdAt", "id");
        List<OutboxMessage> found = status == null ? OutboxMessage.<OutboxMessage>findAll(newestFirst)
                .page(0, size).list()
                : OutboxMessage.<OutboxMessage>find("status", newestFirst, status).page(0, size).list();
        return found.stream().map(MessageView::of).toList();
    }

    /**
     * An administrator asks to send a pending or failed message now: it is due at once (the sender takes it at its
     * next round; a failed one gets its attempts again). 404 for an unknown message; 409 {@code not-retryable} for one
     * sent or undeliverable.
     */
    @Transactional
    public MessageView retry(long id, String by) {
        OutboxMessage message = OutboxMessage.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw ProblemException.notFound("Message", id);
        }
        if (message.status != MessageStatus.PENDING && message.status != MessageStatus.FAILED) {
            throw ProblemException.conflict("not-retryable", "Message " + id + " is " + message.status
                    + ": only a pending or failed message can be sent again");
        }
        MessageStatus from = message.status;
        message.status = MessageStatus.PENDING;
        message.nextAttemptAt = clock.instant();
        if (from == MessageStatus.FAILED) {
            message.attempts = 0;
        }
        audit.record(by, "outbox_message", id, "retry", from.name(), MessageStatus.PENDING.name(), null);
        return MessageView.of(message);
    }
}
