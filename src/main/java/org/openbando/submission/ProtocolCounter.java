package org.openbando.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The protocol register of a call: its last protocol number. {@link SubmissionRegister} locks the row, numbers a
 * batch of submissions and stores the new last number in the transaction that stores them, so numbers follow the
 * commit order without gaps.
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
}
