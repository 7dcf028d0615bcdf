package org.openbando.proposal;

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

/**
 * One step of the admissibility review of a submission, in order: an officer's decision, the applicant's answer, or
 * the lapse of a term; with who took it and when. {@code items} holds the listed reasons or missing documents (JSON
 * array), {@code dueAt} the end of the term it opens.
 */
@Entity
@Table(name = "admissibility_step")
public class AdmissibilityStep extends PanacheEntityBase {

    public enum Kind {
        /** Officer: admitted to evaluation. */
        ADMITTED,
        /** Officer: asks the applicant to complete documents within a term. */
        COMPLETION_REQUESTED,
        /** Applicant: the completion. */
        COMPLETION_SENT,
        /** Officer: notice before rejection (Law 241/1990 art. 10-bis), opening the term for observations. */
        REJECTION_NOTIFIED,
        /** Applicant: observations on the notice. */
        OBSERVATIONS_SENT,
        /** The term for observations passed without any. */
        OBSERVATIONS_TERM_EXPIRED,
        /** Officer (or the lapse of the completion term): inadmissible. */
        INADMISSIBLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    public Long submissionId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String text;
    public String items;
    public Instant dueAt;
    public String takenBy;
    public Instant takenAt;

    static List<AdmissibilityStep> of(long submissionId) {
        return list("submissionId = ?1 order by id", submissionId);
    }

    static AdmissibilityStep last(long submissionId, Kind kind) {
        return find("submissionId = ?1 and kind = ?2 order by id desc", submissionId, kind).firstResult();
    }
}
