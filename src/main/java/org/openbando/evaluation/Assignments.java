package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.EvaluationRules;
import org.openbando.identity.Role;
import org.openbando.identity.UserDirectory;
import org.openbando.notification.MessageKind;
import org.openbando.notification.Notifications;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.InputLimits;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;

/**
 * The panel as people make it: the officer asks for a proposal of experts ({@link PanelProposer}), assigns the seats,
 * gives an empty seat to another expert, removes an expert (a conflict found later), chooses the rapporteur; the expert
 * accepts (signing the declaration of absence of conflict of interest, {@link DeclarationText}) or declines. Each
 * method takes the acting username and checks its role and the object: 403 for a role, 404 for what the caller may
 * not see, 409 for a state, 400 naming the field for bad input. Every act is audited, fires its event in the
 * transaction (the proposal process observes it) and tells the expert concerned by mail.
 */
@ApplicationScoped
@PublicApi
public class Assignments {

    /** The reasons an expert declines an assignment for. */
    public static final Set<EndReason> DECLINE_REASONS = Set.of(EndReason.CONFLICT, EndReason.EXPERTISE,
            EndReason.WORKLOAD);
    /** The reasons an officer removes an expert for (a lapsed term is the process's, not a person's). */
    public static final Set<EndReason> REMOVAL_REASONS = Set.of(EndReason.CONFLICT, EndReason.EXPERTISE,
            EndReason.WORKLOAD, EndReason.OTHER);
    public static final int MAX_NOTE = 2000;
    public static final int MAX_USERNAME = 100;
    /** The most assignments an inbox lists (the most recent). */
    public static final int MAX_INBOX = 500;

    /** The declaration of an assignment: signed (with its hash) or, before accepting, the text to sign. */
    @PublicApi
    public record Declaration(boolean signed, String language, String text, String sha256, String version,
            Instant signedAt) {
    }

    /** One assignment with its declaration. */
    @PublicApi
    public record AssignmentDetail(AssignmentView assignment, Declaration declaration) {
    }

    private final CallService calls;
    private final UserDirectory users;
    private final ExpertPool pool;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<PanelAssigned> panelAssigned;
    private final Event<SeatAnswered> seatAnswered;
    private final Event<SeatReassigned> seatReassigned;
    private final Event<ExpertRemoved> expertRemoved;
    private final Event<RapporteurChosen> rapporteurChosen;

    public Assignments(CallService calls, UserDirectory users, ExpertPool pool, Notifications notifications,
            AuditTrail audit, Clock clock, Event<PanelAssigned> panelAssigned, Event<SeatAnswered> seatAnswered,
            Event<SeatReassigned> seatReassigned, Event<ExpertRemoved> expertRemoved,
            Event<RapporteurChosen> rapporteurChosen) {
        this.calls = calls;
        this.users = users;
        this.pool = pool;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.panelAssigned = panelAssigned;
        this.seatAnswered = seatAnswered;
        this.seatReassigned = seatReassigned;
        this.expertRemoved = expertRemoved;
        this.rapporteurChosen = rapporteurChosen;
    }

    // -------------------------------------------------------------------------------------------------------------
    // the officer

    /** The panel as it is and the experts proposed for its empty seats (officers and auditors read it). */
    @Transactional
    public PanelProposal propose(long submissionId) {
        Evaluation evaluation = evaluation(submissionId);
        EvaluationRules rules = calls.evaluationRules(evaluation.callId);
        EvaluationSubject subject = EvaluationSubject.findById(evaluation.id);
        List<EvaluationAssignment> assignments = Seats.all(evaluation.id);
        Map<String, ExpertPool.Expert> experts = pool.experts();
        Map<String, Integer> load = pool.loadInCall(evaluation.callId);
        Map<String, Integer> recent = pool.recentElsewhere(evaluation.callId);
        PanelProposer.Subject s = ExpertPool.subject(subject, EvaluationParty.of(evaluation.id), assignments);
        List<PanelProposer.Candidate> candidates = experts.values().stream()
                .map(e -> ExpertPool.candidate(e, load, recent)).toList();
        PanelProposer.Proposal proposal = PanelProposer.propose(s, candidates);
        Map<String, PanelProposer.Candidate> byName = candidates.stream()
                .collect(Collectors.toMap(PanelProposer.Candidate::username, c -> c));

        List<Integer> empty = emptySeats(evaluation, rules.evaluatorsPerProposal(), assignments);
        Map<String, String> names = displayNames(assignments.stream().map(a -> a.expert).toList(), experts);
        Set<Long> declared = declared(assignments);
        Instant now = clock.instant();
        List<PanelProposal.SeatView> panel = new ArrayList<>();
        List<PanelProposal.SeatView> ended = new ArrayList<>();
        for (EvaluationAssignment a : assignments) {
            PanelProposal.SeatView view = new PanelProposal.SeatView(a.seat, a.id, a.expert, names.get(a.expert),
                    a.status, a.assignedAt, a.dueAt, late(a, now), declared.contains(a.id), a.endReason,
                    a.endNote, a.endedAt);
            (a.endedAt == null ? panel : ended).add(view);
        }
        List<PanelProposal.Candidate> proposed = proposal.proposed().stream()
                .map(p -> candidateView(experts.get(p.username()), byName.get(p.username()), p.match(), null))
                .toList();
        List<PanelProposal.Candidate> excluded = proposal.excluded().stream()
                .map(x -> candidateView(experts.get(x.username()), byName.get(x.username()),
                        PanelProposer.match(s, byName.get(x.username())), x.reason()))
                .toList();
        List<String> suggested = proposed.stream().limit(empty.size()).map(PanelProposal.Candidate::username)
                .toList();
        return new PanelProposal(submissionId, evaluation.callId, subject.protocol(), subject.acronym,
                subject.title, subject.thematicAreaCode, subject.clusterCode, evaluation.status,
                rules.evaluatorsPerProposal(), evaluation.rapporteur, panel, ended, empty, proposed, excluded,
                suggested);
    }

    /**
     * The experts suggested for the empty seats of every open evaluation of a call, in protocol order: each
     * suggestion counts in the load of the experts it names, so that the call's proposals are spread over the experts
     * (a few queries whatever the number of proposals and experts).
     */
    @Transactional
    public PanelProposal.ForCall proposeAll(long callId) {
        EvaluationRules rules = calls.evaluationRules(callId);
        int seats = rules.evaluatorsPerProposal();
        List<Evaluation> evaluations = new ArrayList<>(Evaluation.<Evaluation>find("callId = ?1 and status in ?2",
                callId, List.of(EvaluationStatus.PANEL_PENDING, EvaluationStatus.IN_PROGRESS))
                .withHint(ExpertPool.READ_ONLY, true).list());
        Map<Long, EvaluationSubject> subjects = new HashMap<>();
        Map<Long, List<EvaluationParty>> parties = new HashMap<>();
        Map<Long, List<EvaluationAssignment>> assignments = new HashMap<>();
        if (!evaluations.isEmpty()) {
            String ofCall = "(select e.id from Evaluation e where e.callId = ?1)";
            EvaluationSubject.<EvaluationSubject>find("evaluationId in " + ofCall, callId)
                    .withHint(ExpertPool.READ_ONLY, true).list().forEach(x -> subjects.put(x.evaluationId, x));
            EvaluationParty.<EvaluationParty>find("evaluationId in " + ofCall, callId)
                    .withHint(ExpertPool.READ_ONLY, true).list().forEach(x -> parties.computeIfAbsent(x.evaluationId, k -> new ArrayList<>()).add(x));
            EvaluationAssignment.<EvaluationAssignment>find("evaluationId in " + ofCall + " order by seat, id", callId)
                    .withHint(ExpertPool.READ_ONLY, true).list().forEach(x -> assignments.computeIfAbsent(x.evaluationId, k -> new ArrayList<>()).add(x));
        }
        Map<String, ExpertPool.Expert> experts = pool.experts();
        Map<String, Integer> load = pool.loadInCall(callId);
        Map<String, Integer> recent = pool.recentElsewhere(callId);
        // the candidates once; a suggestion replaces those it names with one more in their load
        Map<String, PanelProposer.Candidate> candidates = new LinkedHashMap<>();
        experts.values().forEach(x -> candidates.put(x.profile().username(), ExpertPool.candidate(x, load, recent)));
        evaluations.sort(Comparator.comparingLong(e -> Optional.ofNullable(subjects.get(e.id))
                .map(x -> x.protocolNumber).orElse(Long.MAX_VALUE)));
        List<PanelProposal.Suggestion> suggestions = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<EvaluationAssignment> own = assignments.getOrDefault(e.id, List.of());
            List<Integer> empty = emptySeats(e, seats, own);
            if (empty.isEmpty() || !subjects.containsKey(e.id)) {
                continue;
            }
            PanelProposer.Subject s = ExpertPool.subject(subjects.get(e.id), parties.getOrDefault(e.id, List.of()),
                    own);
            PanelProposer.Proposal p = PanelProposer.propose(s, candidates.values());
            List<String> chosen = p.proposed().stream().limit(empty.size()).map(PanelProposer.Proposed::username)
                    .toList();
            chosen.forEach(x -> candidates.computeIfPresent(x, (k, c) -> ExpertPool.loaded(c)));
            suggestions.add(new PanelProposal.Suggestion(e.submissionId, subjects.get(e.id).protocol(), empty, chosen,
                    p.proposed().size()));
        }
        return new PanelProposal.ForCall(callId, seats, experts.size(), suggestions);
    }

    /**
     * Assigns every seat of the panel (first time): exactly the call's number of distinct experts, seat 1 to n in
     * the order given, each an active expert whom {@link PanelProposer#exclusion} does not exclude; the rapporteur, if
     * given, one of them. Each term ends {@code termDays} from now, the reminder {@code reminderDays} before.
     */
    @Transactional
    public void assign(long submissionId, List<String> experts, String rapporteur, String by) {
        officer(by);
        Evaluation evaluation = lockedEvaluation(submissionId);
        EvaluationRules rules = calls.evaluationRules(evaluation.callId);
        int n = rules.evaluatorsPerProposal();
        if (experts == null || experts.size() != n) {
            throw ProblemException.invalid("experts", "give exactly " + n + " experts, one per seat (the call's "
                    + "number of evaluators per proposal)");
        }
        List<Problem.FieldViolation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < experts.size(); i++) {
            String problem = usernameProblem(experts.get(i));
            if (problem == null && !seen.add(experts.get(i))) {
                problem = "is named twice: each seat needs another expert";
            }
            if (problem != null) {
                errors.add(new Problem.FieldViolation("experts[" + i + "]", problem));
            }
        }
        if (rapporteur != null && !experts.contains(rapporteur)) {
            errors.add(new Problem.FieldViolation("rapporteur", "must be one of the experts of the panel"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (evaluation.status != EvaluationStatus.PANEL_PENDING) {
            throw ProblemException.conflict("panel-assigned", "The panel of submission " + submissionId
                    + " is already assigned (the evaluation is " + evaluation.status + "): give an empty seat to "
                    + "another expert instead");
        }
        List<EvaluationAssignment> past = Seats.all(evaluation.id);
        Map<String, ExpertPool.Expert> locked = pool.lockedExperts(experts);
        checkCandidates(evaluation, past, locked, experts, "experts");

        Instant now = clock.instant();
        EvaluationSubject subject = EvaluationSubject.findById(evaluation.id);
        List<EvaluationAssignment> created = new ArrayList<>();
        for (int i = 0; i < experts.size(); i++) {
            created.add(seat(evaluation, i + 1, experts.get(i), rules, by, now));
        }
        evaluation.status = EvaluationStatus.IN_PROGRESS;
        evaluation.rapporteur = rapporteur;
        audit.record(by, "evaluation", evaluation.id, "panel-assigned", EvaluationStatus.PANEL_PENDING.name(),
                EvaluationStatus.IN_PROGRESS.name(), "experts " + String.join(", ", experts)
                        + (rapporteur == null ? "" : "; rapporteur " + rapporteur));
        panelAssigned.fire(new PanelAssigned(submissionId, by));
        created.forEach(a -> notifications.send(a.expert, MessageKind.ASSIGNMENT, values(subject, a),
                "/expert/assignments/" + a.id));
    }

    /** Gives an empty seat (its expert declined, lapsed or was removed) to another expert. */
    @Transactional
    public void reassign(long submissionId, int seat, String expert, String by) {
        officer(by);
        Evaluation evaluation = lockedEvaluation(submissionId);
        EvaluationRules rules = calls.evaluationRules(evaluation.callId);
        if (seat < 1 || seat > rules.evaluatorsPerProposal()) {
            throw ProblemException.invalid("seat", "must be from 1 to " + rules.evaluatorsPerProposal());
        }
        String problem = usernameProblem(expert);
        if (problem != null) {
            throw ProblemException.invalid("expert", problem);
        }
        if (evaluation.status != EvaluationStatus.IN_PROGRESS) {
            throw ProblemException.conflict("panel-not-in-progress", "The seats of submission " + submissionId
                    + " are not open to reassignment: the evaluation is " + evaluation.status);
        }
        EvaluationAssignment holder = Seats.onSeat(evaluation.id, seat);
        if (holder != null) {
            throw ProblemException.conflict("seat-taken", "Seat " + seat + " is held by " + holder.expert + " ("
                    + holder.status + "): only an empty seat is given to another expert");
        }
        List<EvaluationAssignment> past = Seats.all(evaluation.id);
        checkCandidates(evaluation, past, pool.lockedExperts(List.of(expert)), List.of(expert), "expert");
        EvaluationAssignment a = seat(evaluation, seat, expert, rules, by, clock.instant());
        seatReassigned.fire(new SeatReassigned(submissionId, seat, expert, by));
        notifications.send(expert, MessageKind.ASSIGNMENT, values(EvaluationSubject.findById(evaluation.id), a),
                "/expert/assignments/" + a.id);
    }

    /**
     * Removes the expert in force on a seat (e.g. a conflict found later) while the experts work: the seat is empty
     * until the officer gives it to another expert. Once the consensus has started the panel is fixed.
     */
    @Transactional
    public void remove(long assignmentId, EndReason reason, String note, String by) {
        officer(by);
        List<Problem.FieldViolation> errors = new ArrayList<>();
        if (reason == null || !REMOVAL_REASONS.contains(reason)) {
            errors.add(new Problem.FieldViolation("reason", "must be one of " + sorted(REMOVAL_REASONS)));
        }
        noteProblem(note, true).ifPresent(p -> errors.add(new Problem.FieldViolation("note", p)));
        EvaluationAssignment a = lockedAssignment(assignmentId);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Evaluation evaluation = Evaluation.findById(a.evaluationId, LockModeType.PESSIMISTIC_WRITE);
        if (a.endedAt != null) {
            throw ProblemException.conflict("assignment-ended", "Assignment " + assignmentId + " already ended ("
                    + a.status + ")");
        }
        if (evaluation.status != EvaluationStatus.IN_PROGRESS) {
            throw ProblemException.conflict("panel-not-in-progress", "The panel of submission "
                    + evaluation.submissionId + " is fixed: the evaluation is " + evaluation.status);
        }
        if (a.status == AssignmentStatus.SUBMITTED) { // its seat's work in the process is over (docs/processes.md)
            throw ProblemException.conflict("seat-not-in-progress", "The expert of seat " + a.seat
                    + " has already submitted: an expert is removed only before submitting");
        }
        AssignmentStatus from = a.status;
        Seats.end(a, AssignmentStatus.REMOVED, reason, note.strip(), by, clock.instant());
        if (a.expert.equals(evaluation.rapporteur)) {
            evaluation.rapporteur = null;
        }
        audit.record(by, "evaluation_assignment", a.id, "removed", from.name(), AssignmentStatus.REMOVED.name(),
                reason + ": " + note.strip());
        expertRemoved.fire(new ExpertRemoved(evaluation.submissionId, a.seat, by));
        Map<String, String> values = new LinkedHashMap<>(values(EvaluationSubject.findById(evaluation.id), a));
        values.put("reason", note.strip());
        notifications.send(a.expert, MessageKind.REMOVED, values, "/expert");
    }

    /**
     * Chooses the rapporteur among the experts in force on the panel; fires {@link RapporteurChosen} so that a process
     * waiting for one goes on. Once the consensus has started with a rapporteur, the choice is made.
     */
    @Transactional
    public void chooseRapporteur(long submissionId, String expert, String by) {
        officer(by);
        String problem = usernameProblem(expert);
        if (problem != null) {
            throw ProblemException.invalid("expert", problem);
        }
        Evaluation evaluation = lockedEvaluation(submissionId);
        if (evaluation.status != EvaluationStatus.IN_PROGRESS && evaluation.status != EvaluationStatus.CONSENSUS) {
            throw ProblemException.conflict("panel-not-in-progress", "No rapporteur is chosen now: the evaluation "
                    + "of submission " + submissionId + " is " + evaluation.status);
        }
        if (evaluation.status == EvaluationStatus.CONSENSUS && evaluation.rapporteur != null) {
            throw ProblemException.conflict("rapporteur-chosen", "The consensus has started with the rapporteur "
                    + evaluation.rapporteur);
        }
        boolean onPanel = EvaluationAssignment.inForce(evaluation.id).stream().anyMatch(a -> a.expert.equals(expert)
                && (a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.SUBMITTED
                        || a.status == AssignmentStatus.ASSIGNED));
        if (!onPanel) {
            throw ProblemException.invalid("expert", "is not an expert in force on this panel");
        }
        String from = evaluation.rapporteur;
        evaluation.rapporteur = expert;
        audit.record(by, "evaluation", evaluation.id, "rapporteur-chosen", null, null,
                "rapporteur " + expert + (from == null ? "" : " instead of " + from));
        rapporteurChosen.fire(new RapporteurChosen(submissionId, expert, by));
    }

    // -------------------------------------------------------------------------------------------------------------
    // the expert

    /**
     * The expert accepts: signs the declaration of absence of conflict of interest for this proposal, in Italian or
     * English; the text as signed is stored with its SHA-256, who and when. Only the assigned expert, only while the
     * assignment waits for an answer and its term runs.
     */
    @Transactional
    public AssignmentDetail accept(long assignmentId, String language, String by) {
        if (language == null || !DeclarationText.LANGUAGES.contains(language)) {
            throw ProblemException.invalid("language", "must be it or en: the language of the declaration you sign");
        }
        EvaluationAssignment a = ownAssignment(assignmentId, by, true);
        Evaluation evaluation = Evaluation.findById(a.evaluationId);
        awaitingAnswer(a, evaluation);
        Instant now = clock.instant();
        EvaluationSubject subject = EvaluationSubject.findById(a.evaluationId);
        ConflictDeclaration d = new ConflictDeclaration();
        d.assignmentId = a.id;
        d.expert = by;
        d.signedAt = now;
        d.language = language;
        d.text = declarationText(a, subject, language);
        d.sha256 = Sha256.of(d.text);
        d.textVersion = DeclarationText.VERSION;
        d.persist();
        a.status = AssignmentStatus.ACCEPTED;
        a.respondedAt = now;
        audit.record(by, "evaluation_assignment", a.id, "accepted", AssignmentStatus.ASSIGNED.name(),
                AssignmentStatus.ACCEPTED.name(), "declaration " + d.id + " (" + language + ", SHA-256 " + d.sha256
                        + ")");
        seatAnswered.fire(new SeatAnswered(evaluation.submissionId, a.seat, true, by));
        return detail(a, evaluation, subject, language);
    }

    /** The expert declines, for a conflict of interest, for lack of expertise or for workload: the seat is empty. */
    @Transactional
    public void decline(long assignmentId, EndReason reason, String note, String by) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        if (reason == null || !DECLINE_REASONS.contains(reason)) {
            errors.add(new Problem.FieldViolation("reason", "must be one of " + sorted(DECLINE_REASONS)));
        }
        noteProblem(note, false).ifPresent(p -> errors.add(new Problem.FieldViolation("note", p)));
        EvaluationAssignment a = ownAssignment(assignmentId, by, true);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Evaluation evaluation = Evaluation.findById(a.evaluationId, LockModeType.PESSIMISTIC_WRITE);
        awaitingAnswer(a, evaluation);
        Instant now = clock.instant();
        a.respondedAt = now;
        Seats.end(a, AssignmentStatus.DECLINED, reason, note == null || note.isBlank() ? null : note.strip(), by, now);
        if (by.equals(evaluation.rapporteur)) {
            evaluation.rapporteur = null;
        }
        audit.record(by, "evaluation_assignment", a.id, "declined", AssignmentStatus.ASSIGNED.name(),
                AssignmentStatus.DECLINED.name(), reason + (a.endNote == null ? "" : ": " + a.endNote));
        seatAnswered.fire(new SeatAnswered(evaluation.submissionId, a.seat, false, by));
    }

    /** The expert's assignments, those waiting for them first, then by term; at most {@link #MAX_INBOX}. */
    @Transactional
    public List<AssignmentView> inbox(String expert) {
        List<EvaluationAssignment> mine = EvaluationAssignment.<EvaluationAssignment>find("expert = ?1 order by "
                + "case when endedAt is null then 0 else 1 end, dueAt desc, id desc", expert).page(0, MAX_INBOX)
                .list();
        return views(mine);
    }

    /**
     * One assignment with its declaration: the expert's own (404 for anyone else's), or any for officers and
     * auditors. Before accepting, the declaration is the text to sign in {@code language} (the user's when null).
     */
    @Transactional
    public AssignmentDetail assignment(long assignmentId, String language, String user) {
        UserDirectory.UserRef reader = users.find(user).orElseThrow(() -> ProblemException.notFound("Assignment",
                assignmentId));
        boolean readsAll = reader.has(Role.OFFICER) || reader.has(Role.AUDITOR);
        EvaluationAssignment a = readsAll ? EvaluationAssignment.findById(assignmentId)
                : ownAssignment(assignmentId, user, false);
        if (a == null) {
            throw ProblemException.notFound("Assignment", assignmentId);
        }
        String lang = language != null && DeclarationText.LANGUAGES.contains(language) ? language
                : users.find(a.expert).map(UserDirectory.UserRef::language).orElse("it");
        return detail(a, Evaluation.findById(a.evaluationId), EvaluationSubject.findById(a.evaluationId), lang);
    }

    /**
     * A declaration of absence of conflict of interest as signed, for a project's dossier (issue 15): the seat and the
     * assignment it was signed for, who, when, in which language and text version, the full text and its SHA-256.
     */
    @PublicApi
    public record SignedDeclaration(long assignmentId, int seat, String expert, Instant signedAt, String language,
            String textVersion, String sha256, String text) {
    }

    /**
     * Every declaration signed for the panel of a submission (those of seats that later ended too), in the order they
     * were signed; empty when the submission has no evaluation. Two queries whatever the panel. No visibility check:
     * the caller reads everything (the auditor's dossier, {@code report.Dossiers}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignedDeclaration> declarations(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        if (evaluation == null) {
            return List.of();
        }
        Map<Long, Integer> seats = new HashMap<>();
        EvaluationAssignment.<EvaluationAssignment>list("evaluationId", evaluation.id)
                .forEach(a -> seats.put(a.id, a.seat));
        if (seats.isEmpty()) {
            return List.of();
        }
        return ConflictDeclaration.<ConflictDeclaration>list("assignmentId in ?1 order by signedAt, id",
                seats.keySet()).stream().map(d -> new SignedDeclaration(d.assignmentId, seats.get(d.assignmentId),
                        d.expert, d.signedAt, d.language, d.textVersion, d.sha256, d.text)).toList();
    }

    /**
     * Whether the expert may read the proposal under evaluation: on its panel now, having accepted with the
     * declaration (ACCEPTED or SUBMITTED). What the pages and the other services of the evaluation ask before showing
     * anything beyond the heading of {@link AssignmentView}.
     */
    @Transactional
    public boolean mayRead(long submissionId, String expert) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        return evaluation != null && EvaluationAssignment.count("evaluationId = ?1 and expert = ?2 and endedAt is "
                + "null and status in ?3", evaluation.id, expert, List.of(AssignmentStatus.ACCEPTED,
                        AssignmentStatus.SUBMITTED)) > 0;
    }

    // -------------------------------------------------------------------------------------------------------------

    /** The values of the expert's messages: proposal, call, protocol, seat, term. */
    static Map<String, String> values(EvaluationSubject subject, EvaluationAssignment a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("acronym", Objects.toString(subject.acronym, ""));
        values.put("title", Objects.toString(subject.title, ""));
        values.put("call", subject.callCode);
        values.put("protocol", subject.protocol());
        values.put("seat", String.valueOf(a.seat));
        values.put("dueAt", a.dueAt.toString());
        return values;
    }

    private EvaluationAssignment seat(Evaluation evaluation, int seat, String expert, EvaluationRules rules, String by,
            Instant now) {
        EvaluationAssignment a = new EvaluationAssignment();
        a.evaluationId = evaluation.id;
        a.seat = seat;
        a.expert = expert;
        a.status = AssignmentStatus.ASSIGNED;
        a.assignedAt = now;
        a.assignedBy = by;
        a.dueAt = now.plus(Duration.ofDays(rules.termDays()));
        a.remindAt = a.dueAt.minus(Duration.ofDays(rules.reminderDays()));
        a.persist();
        audit.record(by, "evaluation_assignment", a.id, "assigned", null, AssignmentStatus.ASSIGNED.name(),
                "submission " + evaluation.submissionId + ", seat " + seat + ", expert " + expert + ", term ends "
                        + a.dueAt);
        return a;
    }

    /** Every named expert must have a usable profile and must not be excluded by the rule: 400 naming the field. */
    private void checkCandidates(Evaluation evaluation, List<EvaluationAssignment> past,
            Map<String, ExpertPool.Expert> experts, List<String> names, String field) {
        Map<String, Integer> load = pool.loadInCall(evaluation.callId);
        PanelProposer.Subject s = ExpertPool.subject(EvaluationSubject.findById(evaluation.id),
                EvaluationParty.of(evaluation.id), past);
        List<Problem.FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = field.equals("expert") ? field : field + "[" + i + "]";
            ExpertPool.Expert e = experts.get(names.get(i));
            if (e == null) {
                errors.add(new Problem.FieldViolation(name, names.get(i) + " is not an expert with a profile"));
                continue;
            }
            PanelProposer.exclusion(s, ExpertPool.candidate(e, load, Map.of())).ifPresent(x -> errors.add(
                    new Problem.FieldViolation(name, e.profile().username() + " may not sit on this panel: " + x + " ("
                            + exclusionSentence(x) + ")")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static String exclusionSentence(PanelProposer.Exclusion x) {
        return switch (x) {
            case INACTIVE -> "the expert's profile is not active, or the user may not evaluate";
            case AFFILIATION_IN_CONSORTIUM -> "the expert's affiliation is a member of the consortium or a provider "
                    + "of its contracted research";
            case DECLARED_CONFLICT -> "the expert declared a conflict of interest with this proposal, or was "
                    + "removed for one";
            case ALREADY_ON_PANEL -> "the expert is or was on this panel";
            case FULL -> "the expert has as many proposals of this call as the profile allows";
        };
    }

    private static List<Integer> emptySeats(Evaluation evaluation, int seats, List<EvaluationAssignment> assignments) {
        if (evaluation.status.concluded() || evaluation.status == EvaluationStatus.CONSENSUS) {
            return List.of();
        }
        Set<Integer> held = assignments.stream().filter(a -> a.endedAt == null).map(a -> a.seat)
                .collect(Collectors.toSet());
        List<Integer> empty = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            if (!held.contains(seat)) {
                empty.add(seat);
            }
        }
        return empty;
    }

    private PanelProposal.Candidate candidateView(ExpertPool.Expert e, PanelProposer.Candidate c,
            PanelProposer.Match match, PanelProposer.Exclusion exclusion) {
        return new PanelProposal.Candidate(c.username(), e.displayName(), e.profile().affiliationName(), match,
                c.loadInCall(), c.maxPerCall(), c.recentAssignments(), exclusion);
    }

    private Map<String, String> displayNames(Collection<String> usernames, Map<String, ExpertPool.Expert> experts) {
        Map<String, String> names = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String u : new HashSet<>(usernames)) {
            ExpertPool.Expert e = experts.get(u);
            if (e != null) {
                names.put(u, e.displayName());
            } else {
                unknown.add(u);
            }
        }
        users.find(unknown).forEach((u, ref) -> names.put(u, ref.displayName()));
        return names;
    }

    private static Set<Long> declared(List<EvaluationAssignment> assignments) {
        if (assignments.isEmpty()) {
            return Set.of();
        }
        return ConflictDeclaration.<ConflictDeclaration>list("assignmentId in ?1",
                assignments.stream().map(a -> a.id).toList()).stream().map(d -> d.assignmentId)
                .collect(Collectors.toSet());
    }

    /** Not submitted, not ended, and the reminder's day has come (the term ends soon or has ended). */
    static boolean late(EvaluationAssignment a, Instant now) {
        return a.endedAt == null && a.status != AssignmentStatus.SUBMITTED && !now.isBefore(a.remindAt);
    }

    private List<AssignmentView> views(List<EvaluationAssignment> assignments) {
        if (assignments.isEmpty()) {
            return List.of();
        }
        Set<Long> evaluationIds = assignments.stream().map(a -> a.evaluationId).collect(Collectors.toSet());
        Map<Long, Evaluation> evaluations = new HashMap<>();
        Evaluation.<Evaluation>list("id in ?1", evaluationIds).forEach(e -> evaluations.put(e.id, e));
        Map<Long, EvaluationSubject> subjects = new HashMap<>();
        EvaluationSubject.<EvaluationSubject>list("evaluationId in ?1", evaluationIds)
                .forEach(s -> subjects.put(s.evaluationId, s));
        Map<Long, List<String>> consortia = new HashMap<>();
        EvaluationParty.<EvaluationParty>list("evaluationId in ?1 order by evaluationId, position", evaluationIds)
                .forEach(p -> consortia.computeIfAbsent(p.evaluationId, k -> new ArrayList<>()).add(p.name));
        Set<Long> declared = declared(assignments);
        Instant now = clock.instant();
        return assignments.stream().map(a -> view(a, evaluations.get(a.evaluationId), subjects.get(a.evaluationId),
                consortia.getOrDefault(a.evaluationId, List.of()), declared.contains(a.id), now)).toList();
    }

    private static AssignmentView view(EvaluationAssignment a, Evaluation e, EvaluationSubject s,
            List<String> consortium, boolean declared, Instant now) {
        return new AssignmentView(a.id, e.submissionId, e.callId, s.callCode, s.protocol(), s.acronym, s.title,
                consortium, a.seat, a.status, a.assignedAt, a.dueAt, a.remindAt, a.respondedAt, a.endReason,
                a.endedAt, late(a, now), declared, a.expert.equals(e.rapporteur) && a.endedAt == null);
    }

    private AssignmentDetail detail(EvaluationAssignment a, Evaluation e, EvaluationSubject s, String language) {
        List<String> consortium = EvaluationParty.of(a.evaluationId).stream().map(p -> p.name).toList();
        ConflictDeclaration d = ConflictDeclaration.ofAssignment(a.id);
        Declaration declaration = d != null
                ? new Declaration(true, d.language, d.text, d.sha256, d.textVersion, d.signedAt)
                : new Declaration(false, language, declarationText(a, s, language), null, DeclarationText.VERSION,
                        null);
        return new AssignmentDetail(view(a, e, s, consortium, d != null, clock.instant()), declaration);
    }

    private String declarationText(EvaluationAssignment a, EvaluationSubject s, String language) {
        String name = users.find(a.expert).map(UserDirectory.UserRef::displayName).orElse(a.expert);
        return DeclarationText.of(language, name, a.expert, s.callCode, s.protocol(), s.acronym, s.title,
                EvaluationParty.of(a.evaluationId).stream().map(p -> p.name).toList());
    }

    private void awaitingAnswer(EvaluationAssignment a, Evaluation evaluation) {
        if (a.status != AssignmentStatus.ASSIGNED || a.endedAt != null) {
            throw ProblemException.conflict("not-awaiting-answer", "Assignment " + a.id + " is " + a.status
                    + ": there is nothing to accept or decline");
        }
        if (evaluation.status != EvaluationStatus.IN_PROGRESS) {
            throw ProblemException.conflict("panel-not-in-progress", "The evaluation is " + evaluation.status);
        }
        if (!clock.instant().isBefore(a.dueAt)) {
            throw ProblemException.conflict("term-ended", "The term of assignment " + a.id + " ended at " + a.dueAt);
        }
    }

    /** The expert's own assignment (locked when asked): 404 for anyone else, who may not know it exists. */
    private EvaluationAssignment ownAssignment(long assignmentId, String by, boolean lock) {
        EvaluationAssignment a = lock ? EvaluationAssignment.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE)
                : EvaluationAssignment.findById(assignmentId);
        if (a == null || !a.expert.equals(by)) {
            throw ProblemException.notFound("Assignment", assignmentId);
        }
        return a;
    }

    private static EvaluationAssignment lockedAssignment(long assignmentId) {
        EvaluationAssignment a = EvaluationAssignment.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("Assignment", assignmentId);
        }
        return a;
    }

    private static Evaluation evaluation(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        if (evaluation == null) {
            throw ProblemException.notFound("Evaluation of submission", submissionId);
        }
        return evaluation;
    }

    private static Evaluation lockedEvaluation(long submissionId) {
        Evaluation evaluation = evaluation(submissionId);
        Evaluation.getEntityManager().refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        return evaluation;
    }

    private void officer(String by) {
        if (users.find(by).filter(u -> u.has(Role.OFFICER) && !u.disabled()).isEmpty()) {
            throw ProblemException.forbidden("Only an officer assigns, reassigns and removes experts");
        }
    }

    private static String usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return "is required";
        }
        if (username.length() > MAX_USERNAME) {
            return "must be at most " + MAX_USERNAME + " characters long";
        }
        return InputLimits.refusedCharacterMessage(username);
    }

    private static Optional<String> noteProblem(String note, boolean required) {
        if (note == null || note.isBlank()) {
            return required ? Optional.of("say why (it is kept in the audit trail and told to the expert)")
                    : Optional.empty();
        }
        if (note.length() > MAX_NOTE) {
            return Optional.of("must be at most " + MAX_NOTE + " characters long");
        }
        return Optional.ofNullable(InputLimits.refusedCharacterMessage(note));
    }

    private static String sorted(Set<EndReason> reasons) {
        return reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
