package org.openbando.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the conflict checks and the experts' inbox read of the proposal under evaluation, copied once from the frozen
 * snapshot when the evaluation opens ({@link EvaluationSteps#open}); never changed (V16's trigger refuses it).
 */
@Entity
@Table(name = "evaluation_subject")
public class EvaluationSubject extends PanacheEntityBase {

    @Id
    public Long evaluationId;
    public String callCode;
    public long protocolNumber;
    public String acronym;
    public String title;
    public String thematicAreaCode;
    public String clusterCode;

    /** The protocol reference as the documents write it: CALL/123. */
    public String protocol() {
        return callCode + "/" + protocolNumber;
    }
}
