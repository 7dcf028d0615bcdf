package org.openbando.eligibility;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openbando.identity.CurrentUser;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.ProposalRef;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Validation;
import org.openbando.submission.Submissions;

/**
 * The admissibility review as people take it: the officer's decisions (admit; request to complete documents within a
 * term; reject, with the reasons) and the applicant's answers (the completion, observations), each within its term by
 * the server clock. A decision records what the officer chose and why, and the proposal process routes it
 * ({@code bpmn/proposal.bpmn}: a rejection is first notified when the call says so); the step the process takes is
 * stored with who and when ({@link AdmissibilitySteps}). An answer is recorded here and moves the process on.
 */
@ApplicationScoped
@PublicApi
public class AdmissibilityReview {

    /** What the officer decides. */
    public enum Decision {
        ADMIT, REQUEST_COMPLETION, REJECT;

        /** The decisions an officer may take while the proposal waits in this status. */
        public static List<Decision> allowedAt(ProposalStatus status) {
            return switch (status) {
                case UNDER_REVIEW -> List.of(ADMIT, REQUEST_COMPLETION, REJECT);
                case FINAL_REVIEW -> List.of(ADMIT, REJECT); // after a notice before rejection
                default -> List.of();
            };
        }
    }

    /** The officer's decision: the missing documents for a completion, the reasons for a rejection. */
    public record DecisionRequest(@NotNull Decision decision,
            @Size(max = 20) List<@NotNull @Size(min = 1, max = 1000) String> missing,
            @Size(max = 20) List<@NotNull @Size(min = 1, max = 1000) String> reasons,
            @Size(max = 5000) String answerToObservations,
            @Size(max = 5000) String notes) {
    }

    /** The applicant's completion or observations. */
    public record Answer(@NotNull @Size(min = 1, max = 10000) String text) {
    }

    public record Step(long id, StepKind kind, String text, List<String> items, Instant dueAt,
            String takenBy, Instant takenAt) {
    }

    /** Where the review stands and how it got there. */
    public record Review(long proposalId, ProposalStatus status, Instant openTermEndsAt, List<Step> steps) {
    }

    private final ProposalService proposals;
    private final ProposalStatuses statuses;
    private final Submissions submissions;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Event<AdmissibilityDecided> decided;
    private final Event<AdmissibilityAnswered> answered;
    private final Validator validator;
    private final ObjectMapper json;

    public AdmissibilityReview(ProposalService proposals, ProposalStatuses statuses, Submissions submissions,
            AttachmentService attachments, CurrentUser currentUser, Clock clock, Event<AdmissibilityDecided> decided,
            Event<AdmissibilityAnswered> answered, Validator validator, ObjectMapper json) {
        this.proposals = proposals;
        this.statuses = statuses;
        this.submissions = submissions;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.clock = clock;
        this.decided = decided;
        this.answered = answered;
        this.validator = validator;
        this.json = json;
    }

    /**
     * The reasons the officer listed when declaring these submissions inadmissible (the decision's items; the lapse of
     * a completion term lists none), by submission, in one query: what a ranking act lists. No visibility check: the
     * caller publishes them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, List<String>> inadmissibilityReasons(java.util.Collection<Long> submissionIds) {
        java.util.Map<Long, List<String>> found = new java.util.HashMap<>();
        if (submissionIds.isEmpty()) {
            return found;
        }
        AdmissibilityStep.<AdmissibilityStep>list("submissionId in ?1 and kind = ?2 order by id", submissionIds,
                StepKind.INADMISSIBLE).forEach(step -> found.put(step.submissionId, step.itemList(json)));
        return found;
    }

    public Review review(long proposalId) {
        ProposalRef proposal = proposals.readable(proposalId);
        return submissions.inForce(proposalId).map(s -> review(proposal.id(), proposal.status(), s.id()))
                .orElse(new Review(proposalId, proposal.status(), null, List.of()));
    }

    /**
     * Records the officer's decision and hands it to the process, which takes the step it leads to in this same
     * transaction: the review returned shows it.
     */
    @Transactional
    public Review decide(long proposalId, DecisionRequest request) {
        proposals.readable(proposalId);
        Validation.check(validator, request);
        ProposalRef proposal = statuses.lock(proposalId);
        Optional<Submissions.SubmissionView> inForce = submissions.inForce(proposalId);
        inForce.ifPresent(s -> s.refuseOwn(currentUser.username(), currentUser.organizationId()));
        List<Decision> allowed = Decision.allowedAt(proposal.status());
        if (allowed.isEmpty()) {
            throw ProblemException.conflict("not-awaiting-decision", "Proposal " + proposalId + " is "
                    + proposal.status() + ": there is no admissibility decision to take now");
        }
        if (!allowed.contains(request.decision())) {
            throw ProblemException.invalid("decision", "after a notice before rejection the decision is "
                    + "ADMIT or REJECT");
        }
        Submissions.SubmissionView submission = inForce.orElseThrow();
        switch (request.decision()) {
            case REQUEST_COMPLETION -> required(request.missing(), "missing",
                    "list the documents or declarations to complete");
            case REJECT -> {
                required(request.reasons(), "reasons", "give the reasons of the rejection");
                if (proposal.status() == ProposalStatus.FINAL_REVIEW
                        && AdmissibilityStep.last(submission.id(), StepKind.OBSERVATIONS_SENT) != null
                        && blank(request.answerToObservations())) {
                    throw ProblemException.invalid("answerToObservations", "say why the applicant's observations "
                            + "are not accepted");
                }
            }
            default -> {
            }
        }
        decided.fire(new AdmissibilityDecided(proposalId, submission.id(), request.decision(), request.missing(),
                request.reasons(), request.answerToObservations(), request.notes(), currentUser.username(),
                clock.instant()));
        return review(proposalId, proposals.readable(proposalId).status(), submission.id());
    }

    @Transactional
    public Review complete(long proposalId, Answer answer) {
        return answer(proposalId, answer, ProposalStatus.COMPLETION_REQUESTED, StepKind.COMPLETION_REQUESTED,
                StepKind.COMPLETION_SENT, ProposalStatus.SUBMITTED);
    }

    @Transactional
    public Review observe(long proposalId, Answer answer) {
        return answer(proposalId, answer, ProposalStatus.REJECTION_NOTIFIED, StepKind.REJECTION_NOTIFIED,
                StepKind.OBSERVATIONS_SENT, ProposalStatus.FINAL_REVIEW);
    }

    private Review answer(long proposalId, Answer answer, ProposalStatus expected, StepKind opening,
            StepKind kind, ProposalStatus next) {
        proposals.actionable(proposalId, "answer for");
        Validation.check(validator, answer);
        ProposalRef proposal = statuses.lock(proposalId);
        if (proposal.status() != expected) {
            throw ProblemException.conflict("nothing-to-answer", "Proposal " + proposalId + " is " + proposal.status()
                    + ": there is no " + (kind == StepKind.COMPLETION_SENT ? "request to complete "
                            + "documents" : "notice before rejection") + " to answer");
        }
        Submissions.SubmissionView submission = submissions.inForce(proposalId).orElseThrow();
        AdmissibilityStep request = AdmissibilityStep.last(submission.id(), opening);
        Instant now = clock.instant();
        if (!now.isBefore(request.dueAt)) {
            throw ProblemException.conflict("term-expired", "The term to answer ended at "
                    + ClockProducer.inRome(request.dueAt));
        }
        List<String> items = kind != StepKind.COMPLETION_SENT ? null
                : attachments.addedSince(proposalId, request.takenAt).stream()
                        .map(a -> a.fileName() + " (" + a.kind() + ", SHA-256 " + a.sha256() + ")").toList();
        AdmissibilityStep step = AdmissibilityStep.record(json, proposalId, submission.id(), kind, answer.text(), items,
                null, currentUser.username(), now);
        statuses.move(proposalId, next, currentUser.username(), "admissibility-" + kind.name().toLowerCase(), null);
        answered.fire(new AdmissibilityAnswered(proposalId, submission.id(), kind, step.id, currentUser.username()));
        return review(proposalId, next, submission.id());
    }

    private Review review(long proposalId, ProposalStatus status, long submissionId) {
        List<Step> steps = AdmissibilityStep.of(submissionId).stream().map(s -> new Step(s.id, s.kind, s.text,
                s.itemList(json), s.dueAt, s.takenBy, s.takenAt)).toList();
        Instant openTerm = switch (status) {
            case COMPLETION_REQUESTED, REJECTION_NOTIFIED -> steps.get(steps.size() - 1).dueAt();
            default -> null;
        };
        return new Review(proposalId, status, openTerm, steps);
    }

    private static void required(List<String> values, String field, String message) {
        if (values == null || values.isEmpty()) {
            throw ProblemException.invalid(field, message);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
