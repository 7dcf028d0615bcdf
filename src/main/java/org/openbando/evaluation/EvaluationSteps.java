package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbando.call.CallService;
import org.openbando.notification.MessageKind;
import org.openbando.notification.Notifications;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalRef;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * What the proposal process ({@code bpmn/proposal.bpmn}, evaluation sub-process) does to an evaluation: each method is
 * one service task or listener, called by a one-line delegate of the workflow: the opening, the seats, reminders and
 * lapsed terms (each recorded with who, the system, and when, and told by mail to the people concerned), then the
 * consensus and the outcome, and the closing of a withdrawn submission's evaluation.
 */
@ApplicationScoped
@PublicApi
public class EvaluationSteps {

    /** The expert in force on a seat of the panel and the dates of their term. */
    @PublicApi
    public record Seat(int seat, String expert, Instant dueAt, Instant remindAt) {
    }

    private final Submissions submissions;
    private final ProposalStatuses statuses;
    private final CallService calls;
    private final OrganizationDirectory organizations;
    private final ClusterDirectory clusters;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    public EvaluationSteps(Submissions submissions, ProposalStatuses statuses, CallService calls,
            OrganizationDirectory organizations, ClusterDirectory clusters, Notifications notifications,
            AuditTrail audit, Clock clock) {
        this.submissions = submissions;
        this.statuses = statuses;
        this.calls = calls;
        this.organizations = organizations;
        this.clusters = clusters;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The proposal is admitted: its evaluation opens (PANEL_PENDING), with what the conflict checks read of the
     * frozen snapshot (thematic area, cluster, the parties' VAT numbers: {@link EvaluationSubject}); the proposal is
     * UNDER_EVALUATION and its lead organisation is told. The officers are not mailed: the board shows it.
     * Idempotent: a second call changes nothing. A withdrawn submission opens nothing.
     */
    @Transactional
    public void open(long submissionId) {
        Submissions.SubmissionView submission = submissions.get(submissionId);
        ProposalRef proposal = statuses.lock(submission.proposalId()); // serializes two openings of one proposal
        if (Evaluation.bySubmission(submissionId) != null || submission.withdrawnAt() != null) {
            return;
        }
        Snapshot snapshot = submissions.snapshot(submissionId);
        Evaluation evaluation = new Evaluation();
        evaluation.submissionId = submissionId;
        evaluation.proposalId = submission.proposalId();
        evaluation.callId = submission.callId();
        evaluation.line = snapshot.line().name();
        evaluation.status = EvaluationStatus.PANEL_PENDING;
        evaluation.openedAt = clock.instant();
        evaluation.persist();

        ProposalContent content = snapshot.content();
        EvaluationSubject subject = new EvaluationSubject();
        subject.evaluationId = evaluation.id;
        subject.callCode = snapshot.callCode();
        subject.protocolNumber = snapshot.protocolNumber();
        subject.acronym = content.acronym();
        subject.title = content.title();
        subject.thematicAreaCode = content.thematicAreaCode();
        subject.clusterCode = content.thematicAreaCode() == null ? null
                : clusters.areaByCode(content.thematicAreaCode()).map(ClusterDirectory.AreaRef::clusterCode)
                        .orElse(null);
        subject.persist();
        parties(evaluation.id, snapshot).forEach(p -> p.persist());

        audit.record(AuditTrail.SYSTEM, "evaluation", evaluation.id, "opened", null,
                EvaluationStatus.PANEL_PENDING.name(), "submission " + submissionId);
        if (proposal.status() == ProposalStatus.ADMITTED) {
            statuses.move(proposal.id(), ProposalStatus.UNDER_EVALUATION, AuditTrail.SYSTEM, "evaluation-opened",
                    null);
            notifications.sendToOrganization(submission.leadOrganizationId(), MessageKind.UNDER_EVALUATION,
                    Map.of("acronym", Objects.toString(subject.acronym, ""), "title",
                            Objects.toString(subject.title, ""), "call", subject.callCode, "protocol",
                            subject.protocol()), "/proposals/" + proposal.id());
        }
    }

    /** The lead, the partners (as the snapshot froze them) and the providers of contracted research. */
    private List<EvaluationParty> parties(long evaluationId, Snapshot snapshot) {
        List<EvaluationParty> parties = new ArrayList<>();
        List<OrganizationFacts> members = snapshot.members() != null ? snapshot.members() : List.of();
        for (OrganizationFacts m : members) {
            parties.add(party(evaluationId, parties.size(), parties.isEmpty() ? EvaluationParty.Role.LEAD
                    : EvaluationParty.Role.PARTNER, m.id(), m.name(), m.vatNumber()));
        }
        if (members.isEmpty() && snapshot.lead() != null) {
            Snapshot.Lead lead = snapshot.lead();
            parties.add(party(evaluationId, 0, EvaluationParty.Role.LEAD, lead.organizationId(), lead.name(),
                    lead.vatNumber()));
        }
        List<Long> providers = snapshot.content().contractsOrEmpty().stream()
                .map(ProposalContent.Contract::providerOrganizationId).filter(Objects::nonNull).distinct().toList();
        Map<Long, OrganizationDirectory.Entry> entries = organizations.byIds(providers);
        for (Long id : providers) {
            OrganizationDirectory.Entry e = entries.get(id);
            if (e != null && parties.stream().noneMatch(p -> p.organizationId == id)) {
                parties.add(party(evaluationId, parties.size(), EvaluationParty.Role.PROVIDER, id, e.name(),
                        e.vatNumber()));
            }
        }
        return parties;
    }

    private static EvaluationParty party(long evaluationId, int position, EvaluationParty.Role role, long id,
            String name, String vat) {
        EvaluationParty p = new EvaluationParty();
        p.evaluationId = evaluationId;
        p.position = position;
        p.role = role;
        p.organizationId = id;
        p.name = name;
        p.vatNumber = vat;
        return p;
    }

    /** The number of seats of the panel (the call's evaluators per proposal). */
    @Transactional
    public int evaluators(long submissionId) {
        return calls.evaluationRules(evaluation(submissionId).callId).evaluatorsPerProposal();
    }

    /** The seat as it is now: its expert in force and their term; expert and dates null when the seat is empty. */
    @Transactional
    public Seat seat(long submissionId, int seat) {
        EvaluationAssignment a = Seats.onSeat(evaluation(submissionId).id, seat);
        return a == null ? new Seat(seat, null, null, null) : new Seat(seat, a.expert, a.dueAt, a.remindAt);
    }

    /**
     * The reminder before the term of the seat's expert ends: recorded once ({@code reminded_at}) and mailed, unless
     * the expert has submitted already or the seat is empty.
     */
    @Transactional
    public void remind(long submissionId, int seat) {
        Evaluation evaluation = evaluation(submissionId);
        EvaluationAssignment a = Seats.onSeat(evaluation.id, seat);
        if (a == null || a.remindedAt != null || !Seats.working(a)) {
            return;
        }
        a.remindedAt = clock.instant();
        audit.record(AuditTrail.SYSTEM, "evaluation_assignment", a.id, "reminded", a.status.name(),
                a.status.name(), "term ends " + a.dueAt);
        EvaluationSubject subject = EvaluationSubject.findById(evaluation.id);
        notifications.send(a.expert, MessageKind.REMINDER, Assignments.values(subject, a),
                "/expert/assignments/" + a.id);
    }

    /**
     * The term of the seat's expert ended before their submission: the assignment lapses (ended, TERM_LAPSED) and the
     * expert is told; the officer reassigns the seat (the board shows it). Nothing happens when the expert submitted.
     */
    @Transactional
    public void termLapsed(long submissionId, int seat) {
        Evaluation evaluation = evaluation(submissionId);
        EvaluationAssignment a = Seats.onSeat(evaluation.id, seat);
        if (a == null || !Seats.working(a)) {
            return;
        }
        AssignmentStatus from = a.status;
        Seats.end(a, AssignmentStatus.LAPSED, EndReason.TERM_LAPSED, null, AuditTrail.SYSTEM, clock.instant());
        if (a.expert.equals(evaluation.rapporteur)) {
            evaluation.rapporteur = null;
        }
        audit.record(AuditTrail.SYSTEM, "evaluation_assignment", a.id, "term-lapsed", from.name(),
                AssignmentStatus.LAPSED.name(), "term ended " + a.dueAt);
        EvaluationSubject subject = EvaluationSubject.findById(evaluation.id);
        notifications.send(a.expert, MessageKind.TERM_LAPSED, Assignments.values(subject, a), "/expert");
    }

    private static Evaluation evaluation(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        if (evaluation == null) {
            throw new IllegalStateException("The evaluation of submission " + submissionId + " is not open");
        }
        return evaluation;
    }

    // --- the consensus
    @Inject
    ConsensusSteps consensusSteps;

    /**
     * Every seat submitted: the evaluation goes to CONSENSUS (idempotent); returns the rapporteur, or null when none
     * is chosen yet (the process then waits for the officer to choose one).
     */
    @Transactional
    public String consensusStarted(long submissionId) {
        return consensusSteps.consensusStarted(submissionId);
    }

    /**
     * The consensus is submitted: the outcome it recorded (total, fundable, reasons) concludes the evaluation
     * (EVALUATED_FUNDABLE or EVALUATED_NOT_FUNDABLE) and the proposal is EVALUATED; returns whether it is fundable.
     * Idempotent.
     */
    @Transactional
    public boolean conclude(long submissionId) {
        return consensusSteps.conclude(submissionId);
    }

    /**
     * Renders and stores the Evaluation Summary Report in Italian and in English (two documents of kind
     * EVALUATION_SUMMARY, references {@code evaluation:<id>:it|en}); once: a second call finds them stored.
     */
    @Transactional
    public void issueReport(long submissionId) {
        consensusSteps.issueReport(submissionId);
    }

    @jakarta.inject.Inject
    EvaluationPhase phase;

    /** The submission was withdrawn: the evaluation closes without an outcome. Idempotent. */
    @Transactional
    public void close(long submissionId) {
        phase.close(submissionId);
    }
}
