package org.openbando.eligibility;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/**
 * The steps of the admissibility phase that the proposal process takes, not a person: the waits it enters, the
 * outcome of the path its gateways chose for an officer's decision, the lapse of terms, and the documents. Called by
 * the workflow package from the engine's transactions; each step records who (the officer, or the system), when, and
 * moves the proposal's status through {@link ProposalStatuses}.
 */
@ApplicationScoped
@PublicApi
public class AdmissibilitySteps {

    /** What the process keeps of a recorded step: its id (the document states it) and the term it opens, if any. */
    public record Recorded(long stepId, Instant dueAt) {
    }

    /** The outcomes of an officer's decision, one per path of the model. */
    public enum Outcome {
        ADMITTED(StepKind.ADMITTED, ProposalStatus.ADMITTED),
        COMPLETION_REQUESTED(StepKind.COMPLETION_REQUESTED, ProposalStatus.COMPLETION_REQUESTED),
        REJECTION_NOTIFIED(StepKind.REJECTION_NOTIFIED, ProposalStatus.REJECTION_NOTIFIED),
        INADMISSIBLE(StepKind.INADMISSIBLE, ProposalStatus.INADMISSIBLE);

        final StepKind kind;
        final ProposalStatus status;

        Outcome(StepKind kind, ProposalStatus status) {
            this.kind = kind;
            this.status = status;
        }
    }

    private final ProposalStatuses statuses;
    private final Submissions submissions;
    private final CallService calls;
    private final DecisionDocuments documents;
    private final Clock clock;
    private final ObjectMapper json;
    private final Event<AdmissibilityStepRecorded> recorded;

    public AdmissibilitySteps(ProposalStatuses statuses, Submissions submissions, CallService calls,
            DecisionDocuments documents, Clock clock, ObjectMapper json, Event<AdmissibilityStepRecorded> recorded) {
        this.statuses = statuses;
        this.submissions = submissions;
        this.calls = calls;
        this.documents = documents;
        this.clock = clock;
        this.json = json;
        this.recorded = recorded;
    }

    /** The process reached a wait: the proposal shows it (unless the submission was withdrawn meanwhile). */
    @Transactional
    public void enter(long submissionId, ProposalStatus status) {
        Submissions.SubmissionView submission = submissions.get(submissionId);
        if (submission.withdrawnAt() == null) {
            statuses.move(submission.proposalId(), status, AuditTrail.SYSTEM, "status", null);
        }
    }

    /**
     * The path the model chose for the officer's decision: records its step (with the term it opens, from the call's
     * rules: to the end of the last day in Rome) and the proposal's new status, as the officer who decided.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded recordDecision(AdmissibilityDecided decision, Outcome outcome) {
        CallRules call = calls.rules(submissions.get(decision.submissionId()).callId());
        Instant dueAt = switch (outcome) {
            case COMPLETION_REQUESTED -> AdmissibilityStep.termEnd(decision.at(), call.completionTermDays());
            case REJECTION_NOTIFIED -> AdmissibilityStep.termEnd(decision.at(), call.observationsTermDays());
            default -> null;
        };
        // the notes of an admission or a request; after observations, the officer's answer to them
        String text = outcome == Outcome.INADMISSIBLE ? decision.answerToObservations() : decision.notes();
        List<String> items = switch (outcome) {
            case COMPLETION_REQUESTED -> decision.missing();
            case REJECTION_NOTIFIED, INADMISSIBLE -> decision.reasons();
            default -> null;
        };
        AdmissibilityStep step = AdmissibilityStep.record(json, decision.proposalId(), decision.submissionId(),
                outcome.kind, text, items, dueAt, decision.by(), decision.at());
        statuses.move(decision.proposalId(), outcome.status, decision.by(), "admissibility-"
                + outcome.kind.name().toLowerCase(), dueAt == null ? null : "term ends "
                        + ClockProducer.inRome(dueAt));
        recorded.fire(new AdmissibilityStepRecorded(decision.proposalId(), decision.submissionId(), step.id,
                outcome.kind, dueAt, decision.by(), decision.at()));
        return new Recorded(step.id, dueAt);
    }

    /** The term to complete documents passed without an answer: the proposal is inadmissible. Returns the step. */
    @Transactional
    public long completionTermExpired(long submissionId) {
        AdmissibilityStep request = AdmissibilityStep.last(submissionId, StepKind.COMPLETION_REQUESTED);
        AdmissibilityStep step = AdmissibilityStep.record(json, request.proposalId, submissionId,
                StepKind.INADMISSIBLE, "The documents requested were not completed within the term, "
                        + "which ended at " + ClockProducer.inRome(request.dueAt),
                request.itemList(json), null, AuditTrail.SYSTEM, clock.instant());
        enter(submissionId, ProposalStatus.INADMISSIBLE);
        recorded.fire(new AdmissibilityStepRecorded(request.proposalId, submissionId, step.id, StepKind.INADMISSIBLE,
                null, AuditTrail.SYSTEM, step.takenAt));
        return step.id;
    }

    /** The term for observations passed without any: the officer decides on what is in the file. */
    @Transactional
    public void observationsTermExpired(long submissionId) {
        AdmissibilityStep notice = AdmissibilityStep.last(submissionId, StepKind.REJECTION_NOTIFIED);
        AdmissibilityStep.record(json, notice.proposalId, submissionId, StepKind.OBSERVATIONS_TERM_EXPIRED,
                "No observations were sent within the term", null, null, AuditTrail.SYSTEM, clock.instant());
    }

    /** The PDF/A of a decision or of a lapsed term, for its recorded step (once). */
    @Transactional
    public void issueDocument(long stepId) {
        documents.issue(stepId);
    }
}
