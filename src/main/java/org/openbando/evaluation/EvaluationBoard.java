package org.openbando.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbando.call.CallService;
import org.openbando.call.EvaluationRules;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/**
 * What an officer (or an auditor) watches of a call's evaluation: each admitted proposal with its panel (who sits on
 * each seat, how far they are, who is late), and where its evaluation stands; and one panel in full. A page of the
 * board costs a constant number of queries whatever the call's size (counts by status, the page's evaluations, their
 * seats, their headings), never one per proposal. Reads only: the acts are {@code Assignments}', {@code Scoring}'s and
 * {@code Consensus}'.
 */
@ApplicationScoped
@PublicApi
public class EvaluationBoard {

    /** The lines of a page of the board when the caller asks for none. */
    public static final int PAGE_SIZE = 50;
    /** The most lines a page of the board shows. */
    public static final int MAX_PAGE_SIZE = 200;
    /** The late experts the board lists at most. */
    public static final int LATE_SHOWN = 20;

    /** A seat of a panel as the board shows it: the assignment in force, or an empty seat (no assignment). */
    @PublicApi
    public record SeatLine(int seat, Long assignmentId, String expert, AssignmentStatus status, Instant dueAt,
            boolean late) {

        public boolean empty() {
            return assignmentId == null;
        }
    }

    /**
     * One admitted proposal on the board.
     *
     * @param fundable the outcome (officers and auditors only: the applicant reads it with the ranking); null until
     *                 concluded
     */
    @PublicApi
    public record Line(long submissionId, long proposalId, long protocolNumber, String acronym, String title,
            String leadName, String line, EvaluationStatus status, String rapporteur, List<SeatLine> seats,
            int submitted, int late, int divergences, RevisionStatus consensus, BigDecimal total, Boolean fundable) {
    }

    /** An expert whose term has ended without a submission, on the board's list of what holds up the call. */
    @PublicApi
    public record LateSeat(long submissionId, long protocolNumber, String acronym, int seat, String expert,
            Instant dueAt) {
    }

    /**
     * What still holds up the call's evaluation phase, by the stages of {@link EvaluationPhase}: proposals still in
     * admissibility, panels to assign, experts at work, consensus to reach; the late experts (the first
     * {@link #LATE_SHOWN}, longest late first) and how many they are.
     */
    @PublicApi
    public record Phase(long inAdmissibility, long panelPending, long waitingExperts, long consensus, long lateCount,
            List<LateSeat> late) {

        public boolean holding() {
            return inAdmissibility + panelPending + waitingExperts + consensus > 0;
        }
    }

    /**
     * A page of the board of a call.
     *
     * @param byStatus how many evaluations of the call are in each status (every page tells the whole call)
     * @param total    how many lines the filter gives (all pages)
     */
    @PublicApi
    public record Board(long callId, String callCode, int evaluators, EvaluationStatus filter, int page, int pageSize,
            long total, Map<EvaluationStatus, Long> byStatus, List<Line> lines, Phase phase) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page < pages();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /** An assignment of a panel, in force or ended, as the panel page lists it (its history too). */
    @PublicApi
    public record AssignmentLine(long id, int seat, String expert, AssignmentStatus status, Instant assignedAt,
            String assignedBy, Instant dueAt, Instant respondedAt, EndReason endReason, String endNote,
            Instant endedAt, String endedBy, boolean late) {

        public boolean inForce() {
            return endedAt == null;
        }
    }

    /** One panel in full: the proposal, the evaluation's status, the seats in force and every assignment ever made. */
    @PublicApi
    public record Panel(long callId, long submissionId, long proposalId, long protocolNumber, String acronym,
            String title, String leadName, String line, EvaluationStatus status, String rapporteur, int evaluators,
            Instant openedAt, Instant concludedAt, List<SeatLine> seats, List<AssignmentLine> history) {

        /** The seats nobody holds now (declined, lapsed, removed, or never assigned). */
        public List<Integer> emptySeats() {
            return seats.stream().filter(SeatLine::empty).map(SeatLine::seat).toList();
        }

        /** Whether the panel was never assigned. */
        public boolean unassigned() {
            return history.isEmpty();
        }

        /** The experts in force on the panel (who may be the rapporteur). */
        public List<String> experts() {
            return seats.stream().filter(s -> !s.empty()).map(SeatLine::expert).toList();
        }
    }

    private final CallService calls;
    private final Submissions submissions;
    private final ProposalService proposals;
    private final ObjectMapper json;
    private final Clock clock;

    public EvaluationBoard(CallService calls, Submissions submissions, ProposalService proposals, ObjectMapper json,
            Clock clock) {
        this.calls = calls;
        this.submissions = submissions;
        this.proposals = proposals;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A page (from 1) of the board of a call, in the order the proposals were submitted, those of one status only when
     * {@code filter} is given; the page size is bounded by {@link #MAX_PAGE_SIZE}. 404 for an unknown call.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Board board(long callId, EvaluationStatus filter, int page, int size) {
        EvaluationRules rules = calls.evaluationRules(callId);
        int pageSize = size <= 0 ? PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        Map<EvaluationStatus, Long> byStatus = new EnumMap<>(EvaluationStatus.class);
        Evaluation.getEntityManager().createQuery("select e.status, count(e) from Evaluation e where e.callId = ?1 "
                + "group by e.status", Object[].class).setParameter(1, callId).getResultList()
                .forEach(row -> byStatus.put((EvaluationStatus) row[0], (Long) row[1]));
        long total = filter == null ? byStatus.values().stream().mapToLong(Long::longValue).sum()
                : byStatus.getOrDefault(filter, 0L);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.max(1, Math.min(page, pages));
        List<Evaluation> evaluations = (filter == null
                ? Evaluation.find("callId = ?1 order by submissionId", callId)
                : Evaluation.find("callId = ?1 and status = ?2 order by submissionId", callId, filter))
                .page(current - 1, pageSize).list();
        Map<Long, List<EvaluationAssignment>> seats = inForce(evaluations.stream().map(e -> e.id).toList());
        Map<Long, Submissions.Heading> headings = submissions.headings(evaluations.stream()
                .map(e -> e.submissionId).toList());
        Instant now = clock.instant();
        List<Long> ids = evaluations.stream().map(e -> e.id).toList();
        Map<Long, Integer> divergences = divergences(rules, ids, seats);
        Map<Long, ConsensusReport> reports = new HashMap<>();
        if (!ids.isEmpty()) {
            ConsensusReport.<ConsensusReport>list("evaluationId in ?1", ids).forEach(r -> reports.put(r.evaluationId, r));
        }
        List<Line> lines = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<SeatLine> panel = seatLines(seats.getOrDefault(e.id, List.of()), rules.evaluatorsPerProposal(), now);
            Submissions.Heading h = headings.get(e.submissionId);
            ConsensusReport report = reports.get(e.id);
            lines.add(new Line(e.submissionId, e.proposalId, h == null ? 0 : h.protocolNumber(),
                    h == null ? null : h.acronym(), h == null ? null : h.title(), h == null ? null : h.leadName(),
                    e.line, e.status, e.rapporteur, panel,
                    (int) panel.stream().filter(s -> s.status() == AssignmentStatus.SUBMITTED).count(),
                    (int) panel.stream().filter(SeatLine::late).count(), divergences.getOrDefault(e.id, 0),
                    report == null ? null : report.status, report == null ? null : report.total, fundable(e.status)));
        }
        return new Board(callId, rules.callCode(), rules.evaluatorsPerProposal(), filter, current, pageSize, total,
                byStatus, lines, phase(callId, byStatus, now));
    }

    /** The panel of a submission in full; 404 when the submission has no evaluation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Panel panel(long submissionId) {
        Evaluation e = Evaluation.bySubmission(submissionId);
        if (e == null) {
            throw ProblemException.notFound("Evaluation of submission", submissionId);
        }
        EvaluationRules rules = calls.evaluationRules(e.callId);
        Instant now = clock.instant();
        List<EvaluationAssignment> all = EvaluationAssignment.list("evaluationId = ?1 order by seat, id", e.id);
        List<SeatLine> seats = seatLines(all.stream().filter(a -> a.endedAt == null).toList(),
                Math.max(rules.evaluatorsPerProposal(), all.stream().mapToInt(a -> a.seat).max().orElse(0)), now);
        List<AssignmentLine> history = all.stream().map(a -> new AssignmentLine(a.id, a.seat, a.expert, a.status,
                a.assignedAt, a.assignedBy, a.dueAt, a.respondedAt, a.endReason, a.endNote, a.endedAt, a.endedBy,
                late(a, now))).toList();
        Submissions.Heading h = submissions.headings(List.of(submissionId)).get(submissionId);
        return new Panel(e.callId, submissionId, e.proposalId, h == null ? 0 : h.protocolNumber(),
                h == null ? null : h.acronym(), h == null ? null : h.title(), h == null ? null : h.leadName(), e.line,
                e.status, e.rapporteur, rules.evaluatorsPerProposal(), e.openedAt, e.concludedAt, seats, history);
    }

    /**
     * How many criteria diverge per evaluation of the page, from the submitted evaluations of the seats in force (one
     * query for the page): the rule of {@link Aggregation}, as the panel page and the consensus show it.
     */
    private Map<Long, Integer> divergences(EvaluationRules rules, List<Long> evaluationIds,
            Map<Long, List<EvaluationAssignment>> seats) {
        Map<Long, Integer> found = new HashMap<>();
        List<Long> submittedSeats = seats.values().stream().flatMap(List::stream)
                .filter(a -> a.status == AssignmentStatus.SUBMITTED).map(a -> a.id).toList();
        if (evaluationIds.isEmpty() || submittedSeats.isEmpty()) {
            return found;
        }
        Map<Long, Map<Integer, List<BigDecimal>>> scores = new HashMap<>();
        IndividualEvaluation.<IndividualEvaluation>list("assignmentId in ?1 and status = ?2", submittedSeats,
                RevisionStatus.SUBMITTED).forEach(i -> {
                    ScoringForm form = Scoring.read(json, i.content);
                    List<BigDecimal> byCriterion = new ArrayList<>();
                    for (EvaluationRules.Criterion c : rules.criteria()) {
                        ScoringForm.CriterionScore given = form.score(c.code());
                        if (given == null || given.score() == null) {
                            return; // not a complete evaluation: it cannot count
                        }
                        byCriterion.add(given.score());
                    }
                    scores.computeIfAbsent(i.evaluationId, k -> new HashMap<>()).put(i.seat, byCriterion);
                });
        scores.forEach((evaluation, bySeat) -> found.put(evaluation, (int) Aggregation.of(rules, bySeat).stream()
                .filter(Aggregation.CriterionAggregate::divergent).count()));
        return found;
    }

    /** What holds up the call now: counts by stage (two queries) and the late experts (two more, bounded). */
    private Phase phase(long callId, Map<EvaluationStatus, Long> byStatus, Instant now) {
        long inAdmissibility = proposals.countInCall(callId, ProposalStatus.IN_REVIEW);
        List<AssignmentStatus> working = List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED);
        String from = "from EvaluationAssignment a, Evaluation e where a.evaluationId = e.id and e.callId = ?1 "
                + "and a.endedAt is null and a.status in ?2 and a.dueAt <= ?3";
        long lateCount = Evaluation.getEntityManager().createQuery("select count(a) " + from, Long.class)
                .setParameter(1, callId).setParameter(2, working).setParameter(3, now).getSingleResult();
        List<Object[]> rows = lateCount == 0 ? List.of() : Evaluation.getEntityManager()
                .createQuery("select e.submissionId, a.seat, a.expert, a.dueAt " + from + " order by a.dueAt, a.id",
                        Object[].class)
                .setParameter(1, callId).setParameter(2, working).setParameter(3, now).setMaxResults(LATE_SHOWN)
                .getResultList();
        Map<Long, Submissions.Heading> headings = submissions.headings(rows.stream().map(r -> (Long) r[0])
                .distinct().toList());
        List<LateSeat> late = rows.stream().map(r -> {
            Submissions.Heading h = headings.get((Long) r[0]);
            return new LateSeat((Long) r[0], h == null ? 0 : h.protocolNumber(), h == null ? null : h.acronym(),
                    (Integer) r[1], (String) r[2], (Instant) r[3]);
        }).toList();
        return new Phase(inAdmissibility, byStatus.getOrDefault(EvaluationStatus.PANEL_PENDING, 0L),
                byStatus.getOrDefault(EvaluationStatus.IN_PROGRESS, 0L),
                byStatus.getOrDefault(EvaluationStatus.CONSENSUS, 0L), lateCount, late);
    }

    /** Whether the ranking has released the Evaluation Summary Report of the proposal to its applicant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reportReleased(long proposalId) {
        Evaluation evaluation = Evaluation.find("proposalId = ?1 order by id desc", proposalId).firstResult();
        ConsensusReport report = evaluation == null ? null : ConsensusReport.of(evaluation.id);
        return report != null && report.status == RevisionStatus.SUBMITTED && report.releasedAt != null;
    }

    /** The code of a call (404 for an unknown one). */
    public String callCode(long callId) {
        return calls.evaluationRules(callId).callCode();
    }

    /** The status a filter names (null for none); a 400 naming {@code status} for a value that is none. */
    public static EvaluationStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (EvaluationStatus s : EvaluationStatus.values()) {
            if (s.name().equals(name.trim())) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "must be one of " + java.util.Arrays.toString(EvaluationStatus.values()));
    }

    private static Map<Long, List<EvaluationAssignment>> inForce(List<Long> evaluationIds) {
        Map<Long, List<EvaluationAssignment>> found = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            EvaluationAssignment.<EvaluationAssignment>list("evaluationId in ?1 and endedAt is null", evaluationIds)
                    .forEach(a -> found.computeIfAbsent(a.evaluationId, k -> new ArrayList<>()).add(a));
        }
        return found;
    }

    /** Seats 1..n, each with its assignment in force or empty. */
    private static List<SeatLine> seatLines(List<EvaluationAssignment> inForce, int evaluators, Instant now) {
        List<SeatLine> lines = new ArrayList<>();
        Map<Integer, EvaluationAssignment> bySeat = new HashMap<>();
        inForce.forEach(a -> bySeat.put(a.seat, a));
        int n = Math.max(evaluators, bySeat.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int seat = 1; seat <= n; seat++) {
            EvaluationAssignment a = bySeat.get(seat);
            lines.add(a == null ? new SeatLine(seat, null, null, null, null, false)
                    : new SeatLine(seat, a.id, a.expert, a.status, a.dueAt, late(a, now)));
        }
        lines.sort(Comparator.comparingInt(SeatLine::seat));
        return lines;
    }

    /** An expert is late when their term has passed and they have not submitted (nor left the seat). */
    static boolean late(EvaluationAssignment a, Instant now) {
        return a.endedAt == null && (a.status == AssignmentStatus.ASSIGNED || a.status == AssignmentStatus.ACCEPTED)
                && a.dueAt != null && a.dueAt.isBefore(now);
    }

    private static Boolean fundable(EvaluationStatus status) {
        return status == EvaluationStatus.EVALUATED_FUNDABLE ? Boolean.TRUE
                : status == EvaluationStatus.EVALUATED_NOT_FUNDABLE ? Boolean.FALSE : null;
    }
}
