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
import org.openbando.shared.Sha256;

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
    /** How often starting the process failed; the last failure, its cause, and when the starter tries again. */
    public int startAttempts;
    public Instant startFailedAt;
    public String startError;
    public Instant startRetryAt;

    /**
     * The frozen snapshot, typed, once its text is checked against its hash: nothing is issued or judged from a
     * snapshot that was altered (the job that reads it fails, and its incident says why).
     */
    Snapshot typedSnapshot() {
        if (!Sha256.of(snapshot).equals(sha256)) {
            throw new IllegalStateException("Integrity failure: the snapshot of submission " + id
                    + " no longer has the SHA-256 stored with it (" + sha256 + "): restore it from a backup");
        }
        return Snapshot.read(snapshot, "The snapshot of submission " + id);
    }

    /** The submission in force (not withdrawn) of a proposal. */
    public static Optional<Submission> activeOf(long proposalId) {
        return find("proposalId = ?1 and withdrawnAt is null", proposalId).firstResultOptional();
    }
}
