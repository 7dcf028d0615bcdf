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

/** The evaluation of one admitted submission, from its admission to the consensus. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long submissionId;
    public long proposalId;
    public long callId;
    public String line;
    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;
    /** The expert of the panel who writes the consensus report; null until the officer chooses one. */
    public String rapporteur;
    public Instant openedAt;
    public Instant concludedAt;
    @Version
    public long version;

    static Evaluation bySubmission(long submissionId) {
        return find("submissionId", submissionId).firstResult();
    }
}
