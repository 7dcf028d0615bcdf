package org.openbando.notification;

/** Where a message of the outbox stands. */
public enum MessageStatus {
    /** Waiting for the sender (again, after a failure: {@code attempts}, {@code lastError}, {@code nextAttemptAt}). */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** The sender gave up after {@code openbando.outbox.max-attempts}; an administrator may retry it. */
    FAILED,
    /** It cannot be sent: the user has no e-mail address, is disabled or unknown, or nobody acts for the organisation. */
    UNDELIVERABLE
}
