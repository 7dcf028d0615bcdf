package org.openbando.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox: every {@code openbando.outbox.every} (10 s; off in the tests, which call {@link #sendPending})
 * it locks a small batch of due messages, oldest first, skipping those another node holds ({@code FOR UPDATE SKIP
 * LOCKED}: two nodes never send the same message), hands each to the mail server and marks it sent, in one
 * transaction. A message the server refuses (or a server that does not answer) is marked with the error and tried
 * again after a pause ({@link Backoff}: 1, 5, 15, 60 minutes, then hourly); the round stops there, so that a server
 * that is down costs one attempt per round, not one per message. After {@code max-attempts} the message is FAILED.
 * Should the commit after a send fail, that message is sent again at the next round: delivery is at least once.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final Mailer mailer;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;

    public OutboxSender(Mailer mailer, Clock clock, OutboxConfig config) {
        this.mailer = mailer;
        this.clock = clock;
        this.batchSize = config.batchSize();
        this.maxAttempts = config.maxAttempts();
    }

    @Scheduled(every = "${openbando.outbox.every}", identity = "outbox-sender",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (sendPending() == batchSize) {
                // a full batch: more are due, go on at once
            }
        } catch (RuntimeException e) {
            LOG.error("Sending the outbox's messages failed; retrying at the next round", e);
        }
    }

    /**
     * Sends up to one batch of due messages in one transaction; returns how many it handled (sent, or failed and
     * rescheduled). Fewer than a batch when the round stopped at a failure or none were left.
     */
    public int sendPending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<OutboxMessage> due = OutboxMessage.getEntityManager()
                    .createQuery("from OutboxMessage where status = ?1 and nextAttemptAt <= ?2 "
                            + "order by nextAttemptAt, id", OutboxMessage.class)
                    .setParameter(1, MessageStatus.PENDING).setParameter(2, now).setMaxResults(batchSize)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                    .getResultList();
            int handled = 0;
            for (OutboxMessage message : due) {
                handled++;
                if (!deliver(message, now)) {
                    break;
                }
            }
            return handled;
        });
    }

    private boolean deliver(OutboxMessage message, Instant now) {
        message.attempts++;
        message.lastAttemptAt = now;
        try {
            mailer.send(Mail.withText(message.address, message.subject, message.body));
            message.status = MessageStatus.SENT;
            message.sentAt = clock.instant();
            message.nextAttemptAt = null;
            message.lastError = null;
            return true;
        } catch (RuntimeException e) {
            message.lastError = OutboxMessage.bounded(cause(e), OutboxMessage.MAX_ERROR);
            if (message.attempts >= maxAttempts) {
                message.status = MessageStatus.FAILED;
                message.nextAttemptAt = null;
                LOG.errorf("Message %d to %s failed %d times and is given up (%s); an administrator may retry it "
                        + "on /admin/outbox", message.id, message.recipient, message.attempts, message.lastError);
            } else {
                message.nextAttemptAt = now.plus(Backoff.after(message.attempts));
                LOG.warnf("Message %d to %s could not be sent (attempt %d: %s); next attempt at %s", message.id,
                        message.recipient, message.attempts, message.lastError, message.nextAttemptAt);
            }
            return false;
        }
    }

    /** The innermost cause, as people read it: its type and message. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return MessageValues.clean(text).isEmpty() ? "(no message)" : text.replaceAll("[\\p{Cntrl}]", " ");
    }
}
