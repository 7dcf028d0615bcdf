package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The protocol register of a call: the last number given. {@link SubmissionSequencer} locks the call's row until its
 * transaction ends, so numbers are given in the order the submissions commit, and a rolled-back batch gives its
 * numbers back.
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
