package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbando.call.CallService;
import org.openbando.call.CallStatus;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/**
 * The call's evaluation phase ({@code bpmn/call.bpmn}, {@code Task_EvaluationPhase}): what holds up a closed call
 * before its ranking, and whether anything still does. A submission holds the call while its proposal is in
 * admissibility (submitted, under review, waiting for a completion or observations) or admitted and under evaluation;
 * withdrawn, inadmissible and evaluated ones do not.
 */
@ApplicationScoped
@PublicApi
public class EvaluationPhase {

    /** The statuses of a proposal that hold up its call. */
    public static final Set<ProposalStatus> HOLDING;

    static {
        Set<ProposalStatus> holding = EnumSet.copyOf(ProposalStatus.IN_REVIEW);
        holding.add(ProposalStatus.ADMITTED);
        holding.add(ProposalStatus.UNDER_EVALUATION);
        HOLDING = Set.copyOf(holding);
    }

    /** The first key of the calls' evaluation-phase advisory locks (PostgreSQL's two-key form; the second: the call). */
    private static final int CALL_PHASE_LOCKS = 0x0B4D0013;

    /** Where a submission that holds up its call stands. */
    @PublicApi
    public enum Stage {
        /** Submitted, its admissibility not decided yet (checks, officer's review, completion, observations). */
        IN_ADMISSIBILITY,
        /** Admitted: the officer has not assigned the whole panel yet. */
        PANEL_PENDING,
        /** The experts answer and score; some may be late. */
        WAITING_EXPERTS,
        /** Every expert has submitted: the rapporteur (or, when none is chosen, the officer) acts. */
        CONSENSUS
    }

    /** An expert whose term has ended (or ends now) without a submission. */
    @PublicApi
    public record LateExpert(int seat, String expert, Instant dueAt) {
    }

    /**
     * A submission that holds up its call: what the officer's board shows. {@code rapporteur} is null until chosen;
     * {@code late} is empty but in {@link Stage#WAITING_EXPERTS}.
     */
    @PublicApi
    public record Pending(long submissionId, long proposalId, long protocolNumber, String acronym, Stage stage,
            String rapporteur, List<LateExpert> late) {
    }

    private final ProposalService proposals;
    private final Submissions submissions;
    private final CallService calls;
    private final AuditTrail audit;
    private final Clock clock;

    public EvaluationPhase(ProposalService proposals, Submissions submissions, CallService calls, AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** The submissions of the call that hold it up, in protocol order, each with its stage and who is late. */
    @Transactional
    public List<Pending> pending(long callId) {
        List<ProposalView> holding = proposals.inCall(callId, HOLDING);
        if (holding.isEmpty()) {
            return List.of();
        }
        Map<Long, Submissions.SubmissionView> byProposal = submissions.inForce(holding.stream().map(ProposalView::id)
                .toList());
        Map<Long, Evaluation> evaluations = new HashMap<>();
        Evaluation.<Evaluation>list("callId = ?1 and status in ?2", callId, EnumSet.of(EvaluationStatus.PANEL_PENDING,
                EvaluationStatus.IN_PROGRESS, EvaluationStatus.CONSENSUS))
                .forEach(e -> evaluations.put(e.submissionId, e));
        Map<Long, List<LateExpert>> late = new HashMap<>();
        Instant now = clock.instant();
        if (!evaluations.isEmpty()) {
            Map<Long, Long> submissionOf = new HashMap<>();
            evaluations.values().forEach(e -> submissionOf.put(e.id, e.submissionId));
            EvaluationAssignment.<EvaluationAssignment>list("evaluationId in ?1 and endedAt is null and status in ?2 "
                    + "and dueAt <= ?3 order by seat", submissionOf.keySet(),
                    EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED), now)
                    .forEach(a -> late.computeIfAbsent(submissionOf.get(a.evaluationId), k -> new ArrayList<>())
                            .add(new LateExpert(a.seat, a.expert, a.dueAt)));
        }
        List<Pending> pending = new ArrayList<>();
        for (ProposalView p : holding) {
            Submissions.SubmissionView s = byProposal.get(p.id());
            if (s == null) { // a status without a submission in force: nothing to wait for
                continue;
            }
            Evaluation e = evaluations.get(s.id());
            Stage stage = e != null ? switch (e.status) {
                case PANEL_PENDING -> Stage.PANEL_PENDING;
                case IN_PROGRESS -> Stage.WAITING_EXPERTS;
                default -> Stage.CONSENSUS;
            } : ProposalStatus.IN_REVIEW.contains(p.status()) ? Stage.IN_ADMISSIBILITY : Stage.PANEL_PENDING;
            pending.add(new Pending(s.id(), p.id(), s.protocolNumber(), p.content().acronym(), stage,
                    e == null ? null : e.rapporteur, List.copyOf(late.getOrDefault(s.id(), List.of()))));
        }
        pending.sort(Comparator.comparingLong(Pending::protocolNumber));
        return pending;
    }

    /**
     * Whether the call is closed and none of its submissions holds it up. Takes first, until the transaction ends, the
     * advisory lock of the call's phase, and reads the statuses as committed now: two proposals that end at once are
     * judged one after the other, so the second sees the first ended and neither misses the end of the phase.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean complete(long callId) {
        lock(callId);
        return calls.status(callId) == CallStatus.CLOSED && proposals.countInCall(callId, HOLDING) == 0;
    }

    /** The lock of the call's evaluation phase, held until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(long callId) {
        Evaluation.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l")
                .setParameter(1, CALL_PHASE_LOCKS).setParameter(2, (int) (callId % Integer.MAX_VALUE))
                .getSingleResult();
    }

    /**
     * The submission was withdrawn while its evaluation was open: it closes without an outcome (CLOSED). Idempotent;
     * nothing happens when there is no evaluation or it is concluded. Withdrawal is refused once admissibility is
     * decided, so the proposal process never reaches this today (docs/processes.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void close(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        if (evaluation == null || evaluation.status.concluded()) {
            return;
        }
        EvaluationStatus from = evaluation.status;
        evaluation.status = EvaluationStatus.CLOSED;
        evaluation.concludedAt = clock.instant();
        audit.record(AuditTrail.SYSTEM, "evaluation", evaluation.id, "closed", from.name(),
                EvaluationStatus.CLOSED.name(), "submission " + submissionId + " withdrawn");
    }
}
