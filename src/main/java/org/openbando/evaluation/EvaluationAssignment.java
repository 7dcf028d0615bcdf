package org.openbando.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A seat of a panel held by one expert: assigned by an officer, accepted with a declaration of absence of conflict of
 * interest or declined, then submitted. A decline, a lapsed term or a conflict found later ends it ({@link #endedAt})
 * and a new assignment takes the seat.
 */
@Entity
@Table(name = "evaluation_assignment")
public class EvaluationAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long evaluationId;
    public int seat;
    public String expert;
    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;
    public Instant assignedAt;
    public String assignedBy;
    public Instant dueAt;
    public Instant remindAt;
    public Instant respondedAt;
    @Enumerated(EnumType.STRING)
    public EndReason endReason;
    public String endNote;
    public Instant endedAt;
    public String endedBy;
    public Instant remindedAt;
    @Version
    public long version;

    /** The assignments in force (not ended) of an evaluation, by seat. */
    static List<EvaluationAssignment> inForce(long evaluationId) {
        return list("evaluationId = ?1 and endedAt is null order by seat", evaluationId);
    }
}
