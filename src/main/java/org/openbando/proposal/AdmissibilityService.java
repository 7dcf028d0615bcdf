package org.openbando.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbando.call.GrantCall;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;

/**
 * The admissibility review as people take it: the officer's decisions (admit; request to complete documents within a
 * term; reject, first with a notice before rejection when the call says so) and the applicant's answers (the
 * completion, observations), each within its term by the server clock. Every step is stored with who and when; the
 * proposal process is told through events and moves on.
 */
@ApplicationScoped
public class AdmissibilityService {

    /** What the officer decides. */
    public enum Decision {
        ADMIT, REQUEST_COMPLETION, REJECT
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

    /** The officer decided; the process completes the officer's task with it. */
    public record Decided(long proposalId, long submissionId, String processInstanceId, Decision decision,
            Instant dueAt, long stepId, String by) {
    }

    /** The applicant answered within the term; the process completes the applicant's task. */
    public record Answered(long proposalId, long submissionId, String processInstanceId, AdmissibilityStep.Kind kind,
            long stepId, String by) {
    }

    public record Step(long id, AdmissibilityStep.Kind kind, String text, List<String> items, Instant dueAt,
            String takenBy, Instant takenAt) {
    }

    /** Where the review stands and how it got there. */
    public record Review(long proposalId, ProposalStatus status, Instant openTermEndsAt, List<Step> steps) {
    }

    /** One line of the officers' queue. */
    public record QueueItem(long proposalId, String callCode, long protocolNumber, Instant receivedAt,
            String leadName, String line, ProposalStatus status, String acronym, String title, Integer failedRules,
            Instant openTermEndsAt) {
    }

    /** The officers' queue: what waits for them first, then what waits for the checks or the applicant. */
    public record Queue(List<QueueItem> awaitingDecision, List<QueueItem> inProgress) {
    }

    /** A moment of the status timeline: what happened, when, by whom. */
    public record TimelineEntry(String step, String activityId, Instant at, String by) {
    }

    private static final ObjectMapper json = new ObjectMapper();

    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<Decided> decided;
    private final Event<Answered> answered;
    private final jakarta.validation.Validator validator;
    private final ProcessHistory history;

    public AdmissibilityService(ProposalService proposals, CurrentUser currentUser, AuditTrail audit, Clock clock,
            Event<Decided> decided, Event<Answered> answered, jakarta.validation.Validator validator,
            ProcessHistory history) {
        this.history = history;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.decided = decided;
        this.answered = answered;
        this.validator = validator;
    }

    /** One rule's result as shown to people: what it checks, the outcome, why, and the inputs it used. */
    public record RuleResult(EligibilityRule rule, String checks, EligibilityRule.Outcome outcome, String reason,
            Map<String, Object> inputs) {
    }

    /**
     * The latest round of eligibility checks of the submission in force: PENDING until the checks have run (they run
     * right after the acknowledgement), NOT_SUBMITTED for a draft.
     */
    public record Eligibility(long proposalId, Long submissionId, String state, Integer round, Instant checkedAt,
            Boolean eligible, List<RuleResult> results) {
    }

    /** The results with what each rule checks and its reason in the language given (Italian or English). */
    public Eligibility eligibility(long proposalId, Locale language) {
        proposals.readable(proposalId);
        Submission submission = Submission.activeOf(proposalId).orElse(null);
        if (submission == null) {
            return new Eligibility(proposalId, null, "NOT_SUBMITTED", null, null, null, List.of());
        }
        List<EligibilityResult> latest = EligibilityResult.latestOf(submission.id);
        if (latest.isEmpty()) {
            return new Eligibility(proposalId, submission.id, "PENDING", null, null, null, List.of());
        }
        List<RuleResult> results = latest.stream().map(r -> new RuleResult(r.rule, r.rule.checks(language),
                r.outcome, r.reason(language), readMap(r.inputs))).toList();
        return new Eligibility(proposalId, submission.id, "CHECKED", latest.get(0).round, latest.get(0).checkedAt,
                results.stream().noneMatch(r -> r.outcome() == EligibilityRule.Outcome.FAIL), results);
    }

    /** The submissions under admissibility review, in protocol order (first come, first served). */
    public Queue queue() {
        List<Proposal> inReview = Proposal.list("status in ?1", ProposalStatus.IN_REVIEW);
        if (inReview.isEmpty()) {
            return new Queue(List.of(), List.of());
        }
        Map<Long, Proposal> byId = inReview.stream().collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p));
        List<Submission> submissions = Submission.list("proposalId in ?1 and withdrawnAt is null "
                + "order by receivedAt, protocolNumber", byId.keySet());
        Map<Long, Long> failed = new java.util.HashMap<>();
        Proposal.getEntityManager().createQuery("select r.submissionId, count(r) from EligibilityResult r "
                + "where r.outcome = ?1 and r.submissionId in ?2 and r.round = (select max(x.round) from "
                + "EligibilityResult x where x.submissionId = r.submissionId) group by r.submissionId", Object[].class)
                .setParameter(1, EligibilityRule.Outcome.FAIL)
                .setParameter(2, submissions.stream().map(x -> x.id).toList())
                .getResultList().forEach(row -> failed.put((Long) row[0], (Long) row[1]));
        Map<Long, Boolean> checked = new java.util.HashMap<>();
        Proposal.getEntityManager().createQuery("select distinct r.submissionId from EligibilityResult r "
                + "where r.submissionId in ?1", Long.class).setParameter(1, submissions.stream().map(x -> x.id).toList())
                .getResultList().forEach(id -> checked.put(id, true));
        // calls, leads and open terms in one query each, not one per proposal
        Map<Long, GrantCall> calls = new java.util.HashMap<>();
        GrantCall.<GrantCall>list("id in ?1", inReview.stream().map(p -> p.callId).distinct().toList())
                .forEach(c -> calls.put(c.id, c));
        Map<Long, org.openbando.organization.Organization> leads = new java.util.HashMap<>();
        org.openbando.organization.Organization.<org.openbando.organization.Organization>list("id in ?1",
                inReview.stream().map(p -> p.leadOrganizationId).distinct().toList()).forEach(o -> leads.put(o.id, o));
        Map<Long, Instant> terms = new java.util.HashMap<>(); // the latest step with a term, per submission
        Proposal.getEntityManager().createQuery("select a.submissionId, a.dueAt from AdmissibilityStep a "
                + "where a.submissionId in ?1 and a.id = (select max(x.id) from AdmissibilityStep x "
                + "where x.submissionId = a.submissionId and x.dueAt is not null)", Object[].class)
                .setParameter(1, submissions.stream().map(x -> x.id).toList())
                .getResultList().forEach(row -> terms.put((Long) row[0], (Instant) row[1]));
        List<QueueItem> awaiting = new java.util.ArrayList<>();
        List<QueueItem> others = new java.util.ArrayList<>();
        for (Submission s : submissions) {
            Proposal p = byId.get(s.proposalId);
            ProposalContent content = proposals.content(p.content);
            GrantCall call = calls.get(p.callId);
            org.openbando.organization.Organization lead = leads.get(p.leadOrganizationId);
            Instant term = p.status == ProposalStatus.COMPLETION_REQUESTED || p.status == ProposalStatus.REJECTION_NOTIFIED
                    ? terms.get(s.id) : null;
            QueueItem item = new QueueItem(p.id, call.code, s.protocolNumber, s.receivedAt, lead.name, p.line.name(),
                    p.status, content.acronym(), content.title(),
                    checked.containsKey(s.id) ? failed.getOrDefault(s.id, 0L).intValue() : null, term);
            (ProposalStatus.AWAITING_OFFICER.contains(p.status) ? awaiting : others).add(item);
        }
        return new Queue(awaiting, others);
    }

    /** The status timeline of the submission in force, from the history of its process. */
    public List<TimelineEntry> timeline(long proposalId) {
        proposals.readable(proposalId);
        Submission submission = Submission.activeOf(proposalId).orElse(null);
        if (submission == null) {
            return List.of();
        }
        List<TimelineEntry> entries = new java.util.ArrayList<>();
        entries.add(new TimelineEntry("Submission stored with protocol number " + submission.protocolNumber, null,
                submission.receivedAt, submission.submittedBy));
        for (ProcessHistory.Entry e : history.of(submission.processInstanceId)) {
            entries.add(new TimelineEntry(e.name(), e.activityId(), e.at(), e.by() == null ? AuditTrail.SYSTEM : e.by()));
        }
        return entries;
    }

    public Review review(long proposalId) {
        Proposal proposal = proposals.readable(proposalId);
        return Submission.activeOf(proposalId).map(s -> review(proposal, s))
                .orElse(new Review(proposalId, proposal.status, null, List.of()));
    }

    @Transactional
    public Review decide(long proposalId, DecisionRequest request) {
        Proposal proposal = proposals.readable(proposalId);
        validate(request);
        locked(proposal);
        if (!ProposalStatus.AWAITING_OFFICER.contains(proposal.status)) {
            throw ProblemException.conflict("not-awaiting-decision", "Proposal " + proposalId + " is "
                    + proposal.status + ": there is no admissibility decision to take now");
        }
        Submission submission = Submission.activeOf(proposalId).orElseThrow();
        GrantCall call = GrantCall.findById(proposal.callId);
        boolean finalReview = proposal.status == ProposalStatus.FINAL_REVIEW;
        Instant now = clock.instant();
        AdmissibilityStep step;
        Instant dueAt = null;
        ProposalStatus next;
        switch (request.decision()) {
            case ADMIT -> {
                step = step(proposalId, submission.id, AdmissibilityStep.Kind.ADMITTED, request.notes(), null, null,
                        currentUser.username(), now);
                next = ProposalStatus.ADMITTED;
            }
            case REQUEST_COMPLETION -> {
                if (finalReview) {
                    throw ProblemException.invalid("decision", "after a notice before rejection the decision is "
                            + "ADMIT or REJECT");
                }
                required(request.missing(), "missing", "list the documents or declarations to complete");
                dueAt = termEnd(now, call.rules.completionTermDays);
                step = step(proposalId, submission.id, AdmissibilityStep.Kind.COMPLETION_REQUESTED, request.notes(),
                        write(request.missing()), dueAt, currentUser.username(), now);
                next = ProposalStatus.COMPLETION_REQUESTED;
            }
            case REJECT -> {
                required(request.reasons(), "reasons", "give the reasons of the rejection");
                if (finalReview && AdmissibilityStep.last(submission.id, AdmissibilityStep.Kind.OBSERVATIONS_SENT) != null
                        && blank(request.answerToObservations())) {
                    throw ProblemException.invalid("answerToObservations", "say why the applicant's observations "
                            + "are not accepted");
                }
                if (!finalReview && call.rules.noticeBeforeRejection) {
                    dueAt = termEnd(now, call.rules.observationsTermDays);
                    step = step(proposalId, submission.id, AdmissibilityStep.Kind.REJECTION_NOTIFIED, request.notes(),
                            write(request.reasons()), dueAt, currentUser.username(), now);
                    next = ProposalStatus.REJECTION_NOTIFIED;
                } else {
                    step = step(proposalId, submission.id, AdmissibilityStep.Kind.INADMISSIBLE,
                            request.answerToObservations(), write(request.reasons()), null, currentUser.username(), now);
                    next = ProposalStatus.INADMISSIBLE;
                }
            }
            default -> throw new IllegalStateException("Unknown decision " + request.decision());
        }
        audit.record(currentUser.username(), "proposal", proposalId, "admissibility-" + step.kind.name().toLowerCase(),
                proposal.status.name(), next.name(), dueAt == null ? null : "term ends " + rome(dueAt));
        proposal.status = next;
        decided.fire(new Decided(proposalId, submission.id, submission.processInstanceId, request.decision(), dueAt,
                step.id, currentUser.username()));
        return review(proposal, submission);
    }

    @Transactional
    public Review complete(long proposalId, Answer answer) {
        return answer(proposalId, answer, ProposalStatus.COMPLETION_REQUESTED, AdmissibilityStep.Kind.COMPLETION_REQUESTED,
                AdmissibilityStep.Kind.COMPLETION_SENT, ProposalStatus.SUBMITTED);
    }

    @Transactional
    public Review observe(long proposalId, Answer answer) {
        return answer(proposalId, answer, ProposalStatus.REJECTION_NOTIFIED, AdmissibilityStep.Kind.REJECTION_NOTIFIED,
                AdmissibilityStep.Kind.OBSERVATIONS_SENT, ProposalStatus.FINAL_REVIEW);
    }

    private Review answer(long proposalId, Answer answer, ProposalStatus expected, AdmissibilityStep.Kind opening,
            AdmissibilityStep.Kind kind, ProposalStatus next) {
        Proposal proposal = proposals.actionable(proposalId, "answer for");
        validate(answer);
        locked(proposal);
        if (proposal.status != expected) {
            throw ProblemException.conflict("nothing-to-answer", "Proposal " + proposalId + " is " + proposal.status
                    + ": there is no " + (kind == AdmissibilityStep.Kind.COMPLETION_SENT ? "request to complete "
                            + "documents" : "notice before rejection") + " to answer");
        }
        Submission submission = Submission.activeOf(proposalId).orElseThrow();
        AdmissibilityStep request = AdmissibilityStep.last(submission.id, opening);
        Instant now = clock.instant();
        if (!now.isBefore(request.dueAt)) {
            throw ProblemException.conflict("term-expired", "The term to answer ended at " + rome(request.dueAt));
        }
        String items = null;
        if (kind == AdmissibilityStep.Kind.COMPLETION_SENT) {
            List<String> added = AttachmentService.addedSince(proposalId, request.takenAt).stream()
                    .map(a -> a.fileName + " (" + a.kind + ", SHA-256 " + a.sha256 + ")").toList();
            items = added.isEmpty() ? null : write(added);
        }
        AdmissibilityStep step = step(proposalId, submission.id, kind, answer.text(), items, null,
                currentUser.username(), now);
        audit.record(currentUser.username(), "proposal", proposalId, "admissibility-" + kind.name().toLowerCase(),
                proposal.status.name(), next.name(), null);
        proposal.status = next;
        answered.fire(new Answered(proposalId, submission.id, submission.processInstanceId, kind, step.id,
                currentUser.username()));
        return review(proposal, submission);
    }

    /**
     * The end of a term of {@code days} days from a decision: the end of the last day in Rome (a term given on
     * 3 March with 10 days ends when 14 March begins).
     */
    static Instant termEnd(Instant decidedAt, int days) {
        LocalDate decidedOn = decidedAt.atZone(ClockProducer.ROME).toLocalDate();
        return decidedOn.plusDays(days + 1L).atStartOfDay(ClockProducer.ROME).toInstant();
    }

    static AdmissibilityStep step(long proposalId, long submissionId, AdmissibilityStep.Kind kind, String text,
            String items, Instant dueAt, String takenBy, Instant takenAt) {
        AdmissibilityStep step = new AdmissibilityStep();
        step.proposalId = proposalId;
        step.submissionId = submissionId;
        step.kind = kind;
        step.text = blank(text) ? null : text;
        step.items = items;
        step.dueAt = dueAt;
        step.takenBy = takenBy;
        step.takenAt = takenAt;
        step.persist();
        return step;
    }

    static List<String> items(AdmissibilityStep step) {
        if (step.items == null) {
            return List.of();
        }
        return List.of(Json.read(json, step.items, String[].class, "The items of step " + step.id));
    }

    private static Map<String, Object> readMap(String text) {
        return Json.read(json, text, new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() {
        }, "Stored eligibility inputs");
    }

    private Review review(Proposal proposal, Submission submission) {
        List<Step> steps = AdmissibilityStep.of(submission.id).stream().map(s -> new Step(s.id, s.kind, s.text,
                items(s), s.dueAt, s.takenBy, s.takenAt)).toList();
        Instant openTerm = switch (proposal.status) {
            case COMPLETION_REQUESTED, REJECTION_NOTIFIED -> steps.get(steps.size() - 1).dueAt();
            default -> null;
        };
        return new Review(proposal.id, proposal.status, openTerm, steps);
    }

    private static Proposal locked(Proposal proposal) {
        Proposal.getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        return proposal;
    }

    private void validate(Object request) {
        List<FieldViolation> errors = org.openbando.shared.Validation.toFieldViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void required(List<String> values, String field, String message) {
        if (values == null || values.isEmpty()) {
            throw ProblemException.invalid(field, message);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String write(List<String> items) {
        return Json.write(json, items, "A list of items");
    }

    private static String rome(Instant instant) {
        return instant.atZone(ClockProducer.ROME).toOffsetDateTime().toString();
    }
}
