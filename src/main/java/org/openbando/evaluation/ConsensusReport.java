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
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The consensus report of a panel, written by the rapporteur: a draft, then submitted once with the outcome (total,
 * fundable, reasons) and frozen with its SHA-256 (V17). {@link #releasedAt} records when the applicant may read it
 * (with the ranking).
 */
@Entity
@Table(name = "consensus_report")
public class ConsensusReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long evaluationId;
    public String rapporteur;
    @Enumerated(EnumType.STRING)
    public RevisionStatus status;
    /** {@link Consensus.Content} as JSON: the form and the aggregation as the rapporteur saw it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    public BigDecimal total;
    public Boolean fundable;
    /** The {@link Fundability.Reason}s as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String reasons;
    public Instant savedAt;
    public Instant submittedAt;
    public String sha256;
    public Instant releasedAt;
    public String releasedBy;
    @Version
    public long version;

    static ConsensusReport of(long evaluationId) {
        return find("evaluationId", evaluationId).firstResult();
    }
}
