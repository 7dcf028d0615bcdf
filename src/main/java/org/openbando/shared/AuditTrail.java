package org.openbando.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the audit trail inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditTrail {

    /** The actor recorded when the process engine, not a person, changes a state. */
    public static final String SYSTEM = "system";

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, long entityId, String action, String from, String to,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.detail = detail;
        event.persist();
    }

    /** A row of the trail as {@link #recordAll} writes it. */
    public record Entry(Instant occurredAt, String actor, String entityType, long entityId, String action, String from,
            String to, String detail) {
    }

    /**
     * Writes many rows in one JDBC batch on the caller's connection and transaction (the submission register, which
     * writes whole batches of submissions without the entity manager).
     */
    public void recordAll(Connection connection, List<Entry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into openbando.audit_event (occurred_at, "
                + "actor, entity_type, entity_id, action, from_state, to_state, detail) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                insert.setObject(1, e.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(2, e.actor());
                insert.setString(3, e.entityType());
                insert.setLong(4, e.entityId());
                insert.setString(5, e.action());
                insert.setString(6, e.from());
                insert.setString(7, e.to());
                insert.setString(8, e.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rows of one entity as records, oldest first (the dossier of issue 15 reads its own issued manifests). */
    public List<Entry> entries(String entityType, long entityId) {
        return of(entityType, entityId).stream().map(e -> new Entry(e.occurredAt, e.actor, e.entityType, e.entityId,
                e.action, e.fromState, e.toState, e.detail)).toList();
    }

    public List<AuditEvent> of(String entityType, long entityId) {
        return AuditEvent.list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }
}
