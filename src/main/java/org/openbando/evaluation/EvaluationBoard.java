package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
            int submitted, int late, Boolean fundable) {
    }

    /**
     * A page of the board of a call.
     *
     * @param byStatus how many evaluations of the call are in each status (every page tells the whole call)
     * @param total    how many lines the filter gives (all pages)
     */
    @PublicApi
    public record Board(long callId, String callCode, int evaluators, EvaluationStatus filter, int page, int pageSize,
            long total, Map<EvaluationStatus, Long> byStatus, List<Line> lines) {

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
    private final Clock clock;

    public EvaluationBoard(CallService calls, Submissions submissions, Clock clock) {
        this.calls = calls;
        this.submissions = submissions;
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
        List<Line> lines = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<SeatLine> panel = seatLines(seats.getOrDefault(e.id, List.of()), rules.evaluatorsPerProposal(), now);
            Submissions.Heading h = headings.get(e.submissionId);
            lines.add(new Line(e.submissionId, e.proposalId, h == null ? 0 : h.protocolNumber(),
                    h == null ? null : h.acronym(), h == null ? null : h.title(), h == null ? null : h.leadName(),
                    e.line, e.status, e.rapporteur, panel,
                    (int) panel.stream().filter(s -> s.status() == AssignmentStatus.SUBMITTED).count(),
                    (int) panel.stream().filter(SeatLine::late).count(), fundable(e.status)));
        }
        return new Board(callId, rules.callCode(), rules.evaluatorsPerProposal(), filter, current, pageSize, total,
                byStatus, lines);
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
