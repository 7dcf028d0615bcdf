package org.openbando.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    public List<AuditEvent> of(String entityType, long entityId) {
        return AuditEvent.list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }
}
