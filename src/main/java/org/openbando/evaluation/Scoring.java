package org.openbando.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openbando.call.EvaluationRules;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;
import org.openbando.shared.Validation;

/**
 * The individual evaluation as the expert of a seat writes it: read the form (with the call's criteria and the frozen
 * proposal's TRL plan), save it as a draft as often as needed (each score checked against its criterion's maximum and
 * the call's step), submit it once complete: it is frozen with its seal ({@link Sealed}: who, which revision, when, the form), the seat is
 * SUBMITTED and {@link EvaluationSubmitted} is fired. An officer may reopen a submitted evaluation, with a reason,
 * until the consensus report is submitted. Only the seat's expert writes; officers and auditors read.
 */
@ApplicationScoped
@PublicApi
public class Scoring {

    /** A criterion of the call, as the form shows it. */
    @PublicApi
    public record Criterion(String code, String name, BigDecimal maxScore, BigDecimal minScore, BigDecimal step) {
    }

    /** A work package of the frozen proposal ({@code index} from 0, as {@link ScoringForm.WorkPackageTrl} names it). */
    @PublicApi
    public record WorkPackage(int index, String code, String title, Integer startTrl, Integer targetTrl) {
    }

    /** The TRL plan of the frozen proposal: the project's start and target and its work packages. */
    @PublicApi
    public record TrlPlan(Integer start, Integer target, List<WorkPackage> workPackages) {
    }

    /**
     * An individual evaluation as its expert (or an officer, an auditor) reads it. {@code revision} 0 and status DRAFT
     * with version 0 when nothing is saved yet. {@code missing} lists what a submission still needs (field paths).
     */
    @PublicApi
    public record IndividualView(long assignmentId, long submissionId, int seat, String expert,
            AssignmentStatus assignmentStatus, Instant dueAt, int revision, RevisionStatus status, long version,
            ScoringForm form, Instant savedAt, Instant submittedAt, String sha256, Instant reopenedAt,
            String reopenedBy, String reopenedReason, List<Criterion> criteria, TrlPlan trlPlan,
            List<Problem.FieldViolation> missing) {
    }

    private final Panels panels;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    private final ObjectMapper json;
    private final Event<EvaluationSubmitted> submitted;

    public Scoring(Panels panels, AuditTrail audit, Clock clock, Validator validator, ObjectMapper json,
            Event<EvaluationSubmitted> submitted) {
        this.panels = panels;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.json = json;
        this.submitted = submitted;
    }

    /**
     * The form of an assignment: for its expert once accepted (409 {@code not-accepted} before, 409
     * {@code assignment-ended} after a decline, a lapse or a removal), for officers and auditors always; 404 for
     * anybody else.
     */
    @Transactional
    public IndividualView form(long assignmentId, String user) {
        EvaluationAssignment a = panels.assignment(assignmentId);
        if (!a.expert.equals(user)) {
            if (!panels.readsAll(user)) {
                throw ProblemException.notFound("Assignment", assignmentId);
            }
        } else {
            requireWorking(a, false);
        }
        Evaluation evaluation = Evaluation.findById(a.evaluationId);
        return view(evaluation, a, IndividualEvaluation.current(a.id));
    }

    /** Saves the draft (partial allowed): {@code version} is the one the expert read (0 before the first save). */
    @Transactional
    public IndividualView save(long assignmentId, ScoringForm form, long version, String expert) {
        EvaluationAssignment a = own(assignmentId, expert);
        if (form == null) {
            throw ProblemException.invalid("body", "a JSON body is required");
        }
        Validation.check(validator, form);
        Evaluation evaluation = panels.lockById(a.evaluationId);
        requireWorking(a, true);
        EvaluationRules rules = panels.rules(evaluation);
        TrlPlan plan = panels.trlPlan(evaluation);
        check(form, rules, plan);
        IndividualEvaluation current = IndividualEvaluation.current(a.id);
        Instant now = clock.instant();
        if (current == null) {
            if (version != 0) {
                throw ProblemException.staleVersion("The individual evaluation", version, 0);
            }
            current = new IndividualEvaluation();
            current.assignmentId = a.id;
            current.evaluationId = evaluation.id;
            current.seat = a.seat;
            current.expert = a.expert;
            current.revision = 1;
            current.status = RevisionStatus.DRAFT;
        } else if (current.version != version) {
            throw ProblemException.staleVersion("The individual evaluation", version, current.version);
        }
        current.content = canonical(normalized(form, rules));
        current.savedAt = now;
        current.persistAndFlush();
        audit.record(expert, "evaluation", evaluation.id, "scores-saved", null, null, "seat " + a.seat
                + " revision " + current.revision);
        return view(evaluation, a, current);
    }

    /**
     * Submits the draft: 422 {@code incomplete-evaluation} naming every missing field unless every criterion has a
     * score and a comment of at least {@value ScoringForm#MIN_COMMENT} characters and the TRL judgement is complete
     * with its reasons (the start, the target and every work package of the frozen proposal).
     */
    @Transactional
    public IndividualView submit(long assignmentId, String expert) {
        EvaluationAssignment a = own(assignmentId, expert);
        Evaluation evaluation = panels.lockById(a.evaluationId);
        requireWorking(a, true);
        EvaluationRules rules = panels.rules(evaluation);
        TrlPlan plan = panels.trlPlan(evaluation);
        IndividualEvaluation current = IndividualEvaluation.current(a.id);
        ScoringForm form = current == null ? ScoringForm.empty() : read(current.content);
        List<Problem.FieldViolation> missing = missing(form, rules, plan);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "incomplete-evaluation", "Individual evaluation incomplete",
                    ProblemException.detail(missing), missing);
        }
        String canonical = canonical(normalized(form, rules));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the seal is checkable
        current.content = canonical;
        current.status = RevisionStatus.SUBMITTED;
        current.submittedAt = now;
        current.sha256 = seal(current, expert, read(canonical));
        current.persistAndFlush();
        AssignmentStatus from = a.status;
        a.status = AssignmentStatus.SUBMITTED;
        audit.record(expert, "evaluation", evaluation.id, "individual-evaluation-submitted", from.name(),
                AssignmentStatus.SUBMITTED.name(), "seat " + a.seat + " revision " + current.revision + " sha256="
                        + current.sha256);
        submitted.fire(new EvaluationSubmitted(evaluation.submissionId, a.seat, expert));
        return view(evaluation, a, current);
    }

    /**
     * An officer reopens a submitted individual evaluation, with the reason: allowed only until the consensus report
     * is submitted (409 {@code consensus-submitted}). The submitted revision is kept (REOPENED, with who, when, why);
     * a new revision, a draft copied from it, takes over and the seat is ACCEPTED again: the consensus waits for it.
     */
    @Transactional
    public void reopen(long assignmentId, String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the evaluation is reopened");
        }
        if (reason.length() > 2000) {
            throw ProblemException.invalid("reason", "must be at most 2000 characters");
        }
        Validation.check(validator, new Reason(reason));
        EvaluationAssignment a = panels.assignment(assignmentId);
        Evaluation evaluation = panels.lockById(a.evaluationId);
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        if (report != null && report.status == RevisionStatus.SUBMITTED) {
            throw ProblemException.conflict("consensus-submitted", "The consensus report is submitted: the "
                    + "individual evaluations can no longer be reopened");
        }
        if (evaluation.status.concluded()) {
            throw ProblemException.conflict("evaluation-concluded", "The evaluation is " + evaluation.status
                    + ": nothing can be reopened");
        }
        if (a.endedAt != null || a.status != AssignmentStatus.SUBMITTED) {
            throw ProblemException.conflict("not-submitted", "Assignment " + assignmentId + " is " + a.status
                    + ": only a submitted evaluation of an expert in force can be reopened");
        }
        IndividualEvaluation current = IndividualEvaluation.current(a.id);
        Instant now = clock.instant();
        current.status = RevisionStatus.REOPENED;
        current.reopenedAt = now;
        current.reopenedBy = officer;
        current.reopenedReason = reason;
        current.persistAndFlush();
        IndividualEvaluation next = new IndividualEvaluation();
        next.assignmentId = a.id;
        next.evaluationId = evaluation.id;
        next.seat = a.seat;
        next.expert = a.expert;
        next.revision = current.revision + 1;
        next.status = RevisionStatus.DRAFT;
        next.content = current.content;
        next.savedAt = now;
        next.persistAndFlush();
        a.status = AssignmentStatus.ACCEPTED;
        audit.record(officer, "evaluation", evaluation.id, "individual-evaluation-reopened",
                AssignmentStatus.SUBMITTED.name(), AssignmentStatus.ACCEPTED.name(), "seat " + a.seat + " revision "
                        + current.revision + ": " + reason);
    }

    /** The reason of a reopening, for the shared checks of strings. */
    private record Reason(String reason) {
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The submitted form of the revision in force of each seat's expert in force, by seat (for the consensus). */
    static ScoringForm read(ObjectMapper json, String content) {
        return Json.read(json, content, ScoringForm.class, "An individual evaluation");
    }

    ScoringForm read(String content) {
        return read(json, content);
    }

    /** The canonical JSON of a form: what is stored, and the form a submission's seal covers. */
    String canonical(ScoringForm form) {
        return Json.write(json, form, "An individual evaluation");
    }

    /**
     * What the SHA-256 of a submitted evaluation covers: who (the assignment, its seat, the expert), which revision, when,
     * and the form. Two experts who write the same words still have different seals, and none can be passed off as
     * another's.
     */
    record Sealed(long assignmentId, int seat, String expert, int revision, Instant submittedAt, ScoringForm form) {
    }

    String seal(IndividualEvaluation e, String expert, ScoringForm form) {
        return Sha256.of(Json.write(json, new Sealed(e.assignmentId, e.seat, expert, e.revision, e.submittedAt, form),
                "An individual evaluation"));
    }

    /** The form in canonical order: the call's criteria, then the work packages by index; scores with two decimals. */
    static ScoringForm normalized(ScoringForm form, EvaluationRules rules) {
        List<ScoringForm.CriterionScore> scores = new ArrayList<>();
        for (EvaluationRules.Criterion c : rules.criteria()) {
            ScoringForm.CriterionScore s = form.score(c.code());
            if (s != null) {
                scores.add(new ScoringForm.CriterionScore(c.code(), s.score() == null ? null
                        : s.score().setScale(2, RoundingMode.HALF_UP), s.comment()));
            }
        }
        ScoringForm.TrlJudgement trl = form.trl() == null ? null : new ScoringForm.TrlJudgement(
                form.trl().startCredible(), form.trl().startReason(), form.trl().targetReachable(),
                form.trl().targetReason(), form.trl().workPackages().stream()
                        .sorted(Comparator.comparingInt(ScoringForm.WorkPackageTrl::index)).toList());
        return new ScoringForm(scores, trl);
    }

    /** What a draft may not hold: an unknown or repeated criterion, a score off its range or step, an unknown WP. */
    private static void check(ScoringForm form, EvaluationRules rules, TrlPlan plan) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.scores().size(); i++) {
            ScoringForm.CriterionScore s = form.scores().get(i);
            String field = "scores[" + i + "]";
            EvaluationRules.Criterion c = rules.criterion(s.criterion());
            if (c == null) {
                errors.add(new Problem.FieldViolation(field + ".criterion", "is not a criterion of the call"));
                continue;
            }
            if (!seen.add(c.code())) {
                errors.add(new Problem.FieldViolation(field + ".criterion", "is scored twice"));
            }
            if (s.score() != null && !rules.fits(c, s.score())) {
                errors.add(new Problem.FieldViolation(field + ".score", "must be from 0 to " + c.maxScore()
                        .stripTrailingZeros().toPlainString() + " in steps of " + rules.scoreStep()
                        .stripTrailingZeros().toPlainString()));
            }
        }
        if (form.trl() != null) {
            Set<Integer> packages = new HashSet<>();
            List<ScoringForm.WorkPackageTrl> wps = form.trl().workPackages();
            for (int i = 0; i < wps.size(); i++) {
                int index = wps.get(i).index();
                String field = "trl.workPackages[" + i + "].index";
                if (index >= plan.workPackages().size()) {
                    errors.add(new Problem.FieldViolation(field, "the proposal has " + plan.workPackages().size()
                            + " work packages (from 0)"));
                } else if (!packages.add(index)) {
                    errors.add(new Problem.FieldViolation(field, "is judged twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** What a submission still needs, by field path (empty when complete). */
    static List<Problem.FieldViolation> missing(ScoringForm form, EvaluationRules rules, TrlPlan plan) {
        List<Problem.FieldViolation> missing = new ArrayList<>();
        for (EvaluationRules.Criterion c : rules.criteria()) {
            ScoringForm.CriterionScore s = form.score(c.code());
            if (s == null || s.score() == null) {
                missing.add(new Problem.FieldViolation("scores." + c.code() + ".score", "give a score"));
            }
            if (s == null || s.comment() == null || s.comment().strip().length() < ScoringForm.MIN_COMMENT) {
                missing.add(new Problem.FieldViolation("scores." + c.code() + ".comment", "justify the score in at "
                        + "least " + ScoringForm.MIN_COMMENT + " characters"));
            }
        }
        ScoringForm.TrlJudgement trl = form.trl();
        if (trl == null || trl.startCredible() == null) {
            missing.add(new Problem.FieldViolation("trl.startCredible", "say whether the TRL at start is credible"));
        }
        if (trl == null || blank(trl.startReason())) {
            missing.add(new Problem.FieldViolation("trl.startReason", "give the reason"));
        }
        if (trl == null || trl.targetReachable() == null) {
            missing.add(new Problem.FieldViolation("trl.targetReachable", "say whether the target TRL is reachable"));
        }
        if (trl == null || blank(trl.targetReason())) {
            missing.add(new Problem.FieldViolation("trl.targetReason", "give the reason"));
        }
        for (WorkPackage wp : plan.workPackages()) {
            ScoringForm.WorkPackageTrl judged = trl == null ? null : trl.workPackages().stream()
                    .filter(w -> w.index() == wp.index()).findFirst().orElse(null);
            if (judged == null || judged.reachable() == null) {
                missing.add(new Problem.FieldViolation("trl.workPackages." + wp.index() + ".reachable", "say whether "
                        + "the work package reaches its target TRL"));
            }
            if (judged == null || blank(judged.reason())) {
                missing.add(new Problem.FieldViolation("trl.workPackages." + wp.index() + ".reason",
                        "give the reason"));
            }
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The assignment of {@code expert}: 404 for another expert, 403 for an officer or auditor (they only read). */
    private EvaluationAssignment own(long assignmentId, String expert) {
        EvaluationAssignment a = panels.assignment(assignmentId);
        if (!a.expert.equals(expert)) {
            if (panels.readsAll(expert)) {
                throw ProblemException.forbidden("Only the seat's expert writes the individual evaluation");
            }
            throw ProblemException.notFound("Assignment", assignmentId);
        }
        return a;
    }

    /** The expert works on an accepted assignment in force of an evaluation not concluded. */
    private static void requireWorking(EvaluationAssignment a, boolean writing) {
        if (a.endedAt != null || a.status == AssignmentStatus.DECLINED || a.status == AssignmentStatus.LAPSED
                || a.status == AssignmentStatus.REMOVED) {
            throw ProblemException.conflict("assignment-ended", "Assignment " + a.id + " is " + a.status
                    + ": its evaluation is no longer yours to write");
        }
        if (a.status == AssignmentStatus.ASSIGNED) {
            throw ProblemException.conflict("not-accepted", "Accept assignment " + a.id + " (with the declaration of "
                    + "absence of conflicts of interest) before reading the proposal and scoring it");
        }
        if (writing && a.status == AssignmentStatus.SUBMITTED) {
            throw ProblemException.conflict("already-submitted", "The individual evaluation of assignment " + a.id
                    + " is submitted: it cannot change (an officer may reopen it)");
        }
        Evaluation evaluation = Evaluation.findById(a.evaluationId);
        if (writing && evaluation.status.concluded()) {
            throw ProblemException.conflict("evaluation-concluded", "The evaluation is " + evaluation.status);
        }
    }

    IndividualView view(Evaluation evaluation, EvaluationAssignment a, IndividualEvaluation current) {
        EvaluationRules rules = panels.rules(evaluation);
        TrlPlan plan = panels.trlPlan(evaluation);
        List<Criterion> criteria = rules.criteria().stream().map(c -> new Criterion(c.code(), c.name(), c.maxScore(),
                c.minScore(), rules.scoreStep())).toList();
        ScoringForm form = current == null ? ScoringForm.empty() : read(current.content);
        List<Problem.FieldViolation> missing = current != null && current.status != RevisionStatus.DRAFT ? List.of()
                : missing(form, rules, plan);
        return current == null
                ? new IndividualView(a.id, evaluation.submissionId, a.seat, a.expert, a.status, a.dueAt, 0,
                        RevisionStatus.DRAFT, 0, form, null, null, null, null, null, null, criteria, plan, missing)
                : individual(evaluation, a, current, form, criteria, plan, missing);
    }

    static IndividualView individual(Evaluation evaluation, EvaluationAssignment a, IndividualEvaluation e,
            ScoringForm form, List<Criterion> criteria, TrlPlan plan, List<Problem.FieldViolation> missing) {
        return new IndividualView(e.assignmentId, evaluation.submissionId, e.seat, e.expert,
                a == null ? null : a.status, a == null ? null : a.dueAt, e.revision, e.status, e.version, form,
                e.savedAt, e.submittedAt, e.sha256, e.reopenedAt, e.reopenedBy, e.reopenedReason, criteria, plan,
                missing);
    }
}
