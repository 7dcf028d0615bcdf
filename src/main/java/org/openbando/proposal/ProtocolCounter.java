package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The protocol register of a call. {@link #next} locks the call's row until the transaction ends, so numbers are
 * given one at a time, in the order the submissions commit, and a rolled-back submission gives its number back.
 */
@Entity
@Table(name = "protocol_counter")
public class ProtocolCounter extends PanacheEntityBase {

    @Id
    public Long callId;
    public long lastNumber;

    /** Opens the register of a call when it is published (same transaction), so that submitting never creates it. */
    static void open(long callId) {
        ProtocolCounter counter = new ProtocolCounter();
        counter.callId = callId;
        counter.lastNumber = 0;
        counter.persist();
    }

    /** Increments the call's register first (which locks its row until the transaction ends), then reads it. */
    static long next(long callId) {
        int updated = update("lastNumber = lastNumber + 1 where callId = ?1", callId);
        if (updated != 1) {
            throw new IllegalStateException("Call " + callId + " has no protocol register: it was never published");
        }
        return getEntityManager().createQuery("select c.lastNumber from ProtocolCounter c where c.callId = ?1",
                Long.class).setParameter(1, callId).getSingleResult();
    }
}
