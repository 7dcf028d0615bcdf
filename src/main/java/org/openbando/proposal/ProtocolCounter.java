package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
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

    static long next(long callId) {
        ProtocolCounter counter = findById(callId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("Call " + callId + " has no protocol register: it was never published");
        }
        counter.lastNumber++;
        return counter.lastNumber;
    }
}
