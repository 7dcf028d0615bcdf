package org.openbando.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/**
 * A party of the proposal under evaluation, as the submission froze it: the lead, a partner or a provider of contracted
 * research, with its VAT number (what an expert's affiliation is compared with). Never changed.
 */
@Entity
@Table(name = "evaluation_party")
@IdClass(EvaluationParty.Key.class)
public class EvaluationParty extends PanacheEntityBase {

    public enum Role {
        LEAD, PARTNER, PROVIDER
    }

    /** The primary key: the evaluation and the party's position (the lead first). */
    public static class Key implements Serializable {
        public Long evaluationId;
        public Integer position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(evaluationId, k.evaluationId)
                    && java.util.Objects.equals(position, k.position);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(evaluationId, position);
        }
    }

    @Id
    public Long evaluationId;
    @Id
    public Integer position;
    @Enumerated(EnumType.STRING)
    public Role role;
    public long organizationId;
    public String name;
    public String vatNumber;

    static List<EvaluationParty> of(long evaluationId) {
        return list("evaluationId = ?1 order by position", evaluationId);
    }
}
