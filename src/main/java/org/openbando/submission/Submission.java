package org.openbando.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A submission: the frozen snapshot of a proposal with its SHA-256, protocol number, the instant its request arrived
 * (judged against the deadline) and the instant it was registered.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    public Long callId;
    public long protocolNumber;
    public Instant receivedAt;
    public Instant arrivedAt;
    @Column(length = 1_000_000)
    public String snapshot;
    public String sha256;
    public String submittedBy;
    public String idempotencyKey;
    public Instant withdrawnAt;
    public String withdrawnBy;
    /** The proposal process of this submission; null until the starter has started it (the outbox). */
    public String processInstanceId;
    public Instant processStartedAt;

    /** The frozen snapshot, typed. */
    Snapshot typedSnapshot() {
        return Snapshot.read(snapshot, "The snapshot of submission " + id);
    }

    /** The submission in force (not withdrawn) of a proposal. */
    public static Optional<Submission> activeOf(long proposalId) {
        return find("proposalId = ?1 and withdrawnAt is null", proposalId).firstResultOptional();
    }
}
