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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One revision of an expert's individual evaluation of a seat ({@link EvaluationAssignment}): a draft saved as the
 * expert goes, then submitted once and frozen with its seal ({@code Scoring.Sealed}; the database refuses any later
 * change, V17). An officer's reopening marks the submitted revision {@link RevisionStatus#REOPENED} and a new revision, a
 * draft copied from it, takes over.
 */
@Entity
@Table(name = "individual_evaluation")
public class IndividualEvaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long assignmentId;
    public long evaluationId;
    public int seat;
    public String expert;
    public int revision;
    @Enumerated(EnumType.STRING)
    public RevisionStatus status;
    /** The {@link ScoringForm} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    public Instant savedAt;
    public Instant submittedAt;
    public String sha256;
    public Instant reopenedAt;
    public String reopenedBy;
    public String reopenedReason;
    @Version
    public long version;

    /** The revision in work or in force of an assignment (not reopened), or null. */
    static IndividualEvaluation current(long assignmentId) {
        return find("assignmentId = ?1 and status <> ?2", assignmentId, RevisionStatus.REOPENED).firstResult();
    }

    /** Every revision of the evaluation's individual evaluations, by seat and revision. */
    static List<IndividualEvaluation> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by seat, assignmentId, revision", evaluationId);
    }
}
