package org.openbando.eligibility;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Json;

/**
 * One step of the admissibility review of a submission, in order: an officer's decision, the applicant's answer, or
 * the lapse of a term; with who took it and when. {@code items} holds the listed reasons or missing documents (JSON
 * array), {@code dueAt} the end of the term it opens.
 */
@Entity
@Table(name = "admissibility_step")
public class AdmissibilityStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    public Long submissionId;
    @Enumerated(EnumType.STRING)
    public StepKind kind;
    public String text;
    public String items;
    public Instant dueAt;
    public String takenBy;
    public Instant takenAt;

    /** Records a step of the review. */
    static AdmissibilityStep record(ObjectMapper json, long proposalId, long submissionId, StepKind kind, String text,
            List<String> items, Instant dueAt, String takenBy, Instant takenAt) {
        AdmissibilityStep step = new AdmissibilityStep();
        step.proposalId = proposalId;
        step.submissionId = submissionId;
        step.kind = kind;
        step.text = text == null || text.isBlank() ? null : text;
        step.items = items == null || items.isEmpty() ? null : Json.write(json, items, "A list of items");
        step.dueAt = dueAt;
        step.takenBy = takenBy;
        step.takenAt = takenAt;
        step.persist();
        return step;
    }

    /** The listed reasons or missing documents (empty when none). */
    List<String> itemList(ObjectMapper json) {
        return items == null ? List.of() : List.of(Json.read(json, items, String[].class, "The items of step " + id));
    }

    /**
     * The end of a term of {@code days} days from a decision: the end of the last day in Rome (a term given on
     * 3 March with 10 days ends when 14 March begins).
     */
    static Instant termEnd(Instant decidedAt, int days) {
        return ClockProducer.termEnd(decidedAt, days);
    }

    static List<AdmissibilityStep> of(long submissionId) {
        return list("submissionId = ?1 order by id", submissionId);
    }

    static AdmissibilityStep last(long submissionId, StepKind kind) {
        return find("submissionId = ?1 and kind = ?2 order by id desc", submissionId, kind).firstResult();
    }
}
