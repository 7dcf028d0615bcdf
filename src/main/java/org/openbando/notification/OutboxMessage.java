package org.openbando.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message of the outbox ({@code outbox_message}, V18): what was written to whom, in which language, and where its
 * delivery stands. What it says and to whom never changes (a trigger refuses it); only the delivery columns do.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 20_000;
    static final int MAX_LINK = 1000;
    static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The user; null only for an organisation for which nobody acts. */
    public String recipient;
    public Long organizationId;
    /** The address when it was written; null when undeliverable. */
    public String address;
    public String language;
    @Enumerated(EnumType.STRING)
    public MessageKind kind;
    public String subject;
    public String body;
    public String link;
    public Instant createdAt;
    @Enumerated(EnumType.STRING)
    public MessageStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant sentAt;
    public Instant lastAttemptAt;
    public String lastError;

    static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
