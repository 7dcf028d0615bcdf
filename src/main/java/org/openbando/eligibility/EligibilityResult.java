package org.openbando.eligibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openbando.shared.Languages;

/** The outcome of one eligibility rule in one round of checks of a submission, with its reason and inputs (JSON). */
@Entity
@Table(name = "eligibility_result")
public class EligibilityResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    public Long submissionId;
    public int round;
    @Enumerated(EnumType.STRING)
    public EligibilityRule rule;
    @Enumerated(EnumType.STRING)
    public EligibilityRule.Outcome outcome;
    /** In English. */
    public String reason;
    /** In Italian (none for results checked before OpenBando wrote it). */
    public String reasonIt;
    public String inputs;
    public Instant checkedAt;

    /** The reason in Italian ("it", when there is one) or English. */
    String reason(Locale language) {
        return Languages.isItalian(language) && reasonIt != null ? reasonIt : reason;
    }

    /** The results of the latest round of checks of a submission, in the order of the rules. */
    static List<EligibilityResult> latestOf(long submissionId) {
        return list("submissionId = ?1 and round = (select max(r.round) from EligibilityResult r "
                + "where r.submissionId = ?1) order by id", submissionId);
    }

    static int lastRound(long submissionId) {
        Integer round = getEntityManager().createQuery("select max(r.round) from EligibilityResult r "
                + "where r.submissionId = ?1", Integer.class).setParameter(1, submissionId).getSingleResult();
        return round == null ? 0 : round;
    }
}
