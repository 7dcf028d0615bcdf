package org.openbando.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The consensus of a panel: once every seat has submitted, the rapporteur writes the report from the aggregation of
 * the individual scores (the form proposes each aggregated value rounded down to the call's step and marks the
 * divergent criteria), with a comment per criterion and the minority's view where the panel did not agree, and the
 * TRL verdict; submitting it computes the outcome ({@link Fundability}) and freezes report and outcome with the
 * SHA-256 of their canonical JSON, then fires {@link ConsensusSubmitted}.
 *
 * <p>Blindness: officers and auditors read everything; an expert of the panel reads the other seats' scores (never
 * their names) only once their own evaluation is submitted; anybody else gets 404. The applicant reads only the
 * Evaluation Summary Report, after its release with the ranking ({@link #release}).
 */
@ApplicationScoped
@PublicApi
public class Consensus {

    /** A seat of the panel as the reader may see it: {@code expert} is null where the reader may not know it. */
    @PublicApi
    public record SeatView(int seat, String expert, long assignmentId, AssignmentStatus status, int revision,
            RevisionStatus evaluationStatus, Instant submittedAt) {
    }

    /** A criterion with the panel's figures (null while no seat has submitted) and the proposed final score. */
    @PublicApi
    public record CriterionView(String code, String name, BigDecimal maxScore, BigDecimal minScore,
            Aggregation.CriterionAggregate aggregate, BigDecimal proposed) {
    }

    /** The consensus report: the draft, or as submitted with the outcome. */
    @PublicApi
    public record ReportView(String rapporteur, RevisionStatus status, long version, ConsensusForm form,
            Instant savedAt, Instant submittedAt, String sha256, BigDecimal total, Boolean fundable,
            List<Fundability.Reason> reasons, Instant releasedAt, List<Integer> startNotCredibleSeats,
            List<Integer> targetNotReachableSeats) {
    }

    /**
     * The evaluation of a submission as the reader may see it. {@code blind} is true for an expert of the panel who
     * has not submitted: then the other seats' scores, the aggregation and the report are left out.
     * {@code waitingSeats} are the seats whose evaluation is not submitted (the consensus waits for them).
     */
    @PublicApi
    public record ConsensusView(long submissionId, long callId, EvaluationStatus status, String rapporteur,
            boolean blind, int evaluators, List<SeatView> seats, List<Integer> waitingSeats,
            List<Scoring.IndividualView> individuals, List<CriterionView> criteria, BigDecimal threshold,
            List<Integer> startNotCredibleSeats, List<Integer> targetNotReachableSeats, ConsensusForm proposed,
            ReportView report) {
    }

    /** What a consensus report stores: the form and the figures as the rapporteur saw them. */
    record Content(ConsensusForm form, List<Aggregation.CriterionAggregate> aggregation,
            List<Integer> startNotCredibleSeats, List<Integer> targetNotReachableSeats) {
    }

    /** What the SHA-256 of a submitted report is computed from: its content and its outcome. */
    record Sealed(Content content, Fundability.Outcome outcome) {
    }

    private final Panels panels;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    private final ObjectMapper json;
    private final Event<ConsensusSubmitted> submitted;

    public Consensus(Panels panels, AuditTrail audit, Clock clock, Validator validator, ObjectMapper json,
            Event<ConsensusSubmitted> submitted) {
        this.panels = panels;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.json = json;
        this.submitted = submitted;
    }

    /** The evaluation as {@code user} may see it (see the class comment); 404 for who may not see it at all. */
    @Transactional
    public ConsensusView view(long submissionId, String user) {
        Evaluation evaluation = panels.evaluation(submissionId);
        boolean all = panels.readsAll(user);
        EvaluationAssignment own = all ? null : Panels.seatOf(evaluation, user);
        if (!all && own == null) {
            throw ProblemException.notFound("Evaluation of submission", submissionId);
        }
        boolean blind = !all && own.status != AssignmentStatus.SUBMITTED;
        return view(evaluation, all, user, blind);
    }

    /**
     * The whole evaluation of a submission (every seat's individual evaluation with the expert's name, the report), as
     * officers and auditors read it, for a project's dossier (issue 15); empty when the submission has no evaluation.
     * No visibility check: the caller reads everything (the auditor's and the administrator's dossier).
     */
    @Transactional
    public java.util.Optional<ConsensusView> whole(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        return evaluation == null ? java.util.Optional.empty()
                : java.util.Optional.of(view(evaluation, true, null, false));
    }

    /** Saves the rapporteur's draft; {@code version} is the one read (0 before the first save). */
    @Transactional
    public ConsensusView save(long submissionId, ConsensusForm form, long version, String user) {
        if (form == null) {
            throw ProblemException.invalid("body", "a JSON body is required");
        }
        Validation.check(validator, form);
        Evaluation evaluation = rapporteurs(submissionId, user);
        EvaluationRules rules = panels.rules(evaluation);
        check(form, rules);
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        if (report == null) {
            if (version != 0) {
                throw ProblemException.staleVersion("The consensus report", version, 0);
            }
            report = new ConsensusReport();
            report.evaluationId = evaluation.id;
            report.status = RevisionStatus.DRAFT;
        } else if (report.status == RevisionStatus.SUBMITTED) {
            throw ProblemException.conflict("already-submitted", "The consensus report is submitted");
        } else if (report.version != version) {
            throw ProblemException.staleVersion("The consensus report", version, report.version);
        }
        Figures figures = figures(evaluation, rules);
        report.rapporteur = user;
        report.content = Json.write(json, new Content(normalized(form, rules), figures.aggregation(),
                figures.startNo(), figures.targetNo()), "A consensus report");
        report.savedAt = clock.instant();
        report.persistAndFlush();
        audit.record(user, "evaluation", evaluation.id, "consensus-saved", null, null, null);
        return view(evaluation, false, user, false);
    }

    /**
     * Submits the report: 409 {@code seat-not-submitted} naming the seats whose evaluation is not submitted (e.g.
     * reopened); 422 {@code incomplete-consensus} naming what is missing (a score and a comment of at least
     * {@value ScoringForm#MIN_COMMENT} characters per criterion, the minority's view where not agreed, the TRL
     * verdict's reason, and its minority view where not agreed).
     */
    @Transactional
    public ConsensusView submit(long submissionId, String user) {
        Evaluation evaluation = rapporteurs(submissionId, user);
        EvaluationRules rules = panels.rules(evaluation);
        List<Integer> waiting = waiting(evaluation, rules);
        if (!waiting.isEmpty()) {
            throw ProblemException.conflict("seat-not-submitted", "The individual evaluation of seat"
                    + (waiting.size() > 1 ? "s " : " ") + waiting.stream().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElse("") + " is not submitted (reopened or not yet "
                    + "assigned): the consensus waits for it");
        }
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        if (report != null && report.status == RevisionStatus.SUBMITTED) {
            throw ProblemException.conflict("already-submitted", "The consensus report is submitted");
        }
        ConsensusForm form = report == null ? new ConsensusForm(List.of(), null) : content(report).form();
        List<Problem.FieldViolation> missing = missing(form, rules);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "incomplete-consensus", "Consensus report incomplete",
                    ProblemException.detail(missing), missing);
        }
        Figures figures = figures(evaluation, rules);
        Content content = new Content(normalized(form, rules), figures.aggregation(), figures.startNo(),
                figures.targetNo());
        Fundability.Outcome outcome = Fundability.judge(rules, finalScores(form, rules), form.trl());
        Instant now = clock.instant();
        report.content = Json.write(json, content, "A consensus report");
        report.total = outcome.total();
        report.fundable = outcome.fundable();
        report.reasons = Json.write(json, outcome.reasons(), "The reasons of an outcome");
        report.sha256 = Sha256.of(Json.write(json, new Sealed(content, outcome), "A consensus report"));
        report.status = RevisionStatus.SUBMITTED;
        report.submittedAt = now;
        report.persistAndFlush();
        audit.record(user, "evaluation", evaluation.id, "consensus-submitted", RevisionStatus.DRAFT.name(),
                RevisionStatus.SUBMITTED.name(), "total " + outcome.total().toPlainString() + (outcome.fundable()
                        ? " fundable" : " not fundable " + outcome.reasons()) + " sha256=" + report.sha256);
        submitted.fire(new ConsensusSubmitted(evaluation.submissionId, user));
        return view(evaluation, false, user, false);
    }

    /**
     * The ranking releases the outcome of a call's evaluations to the applicants: from now on the applicant of each
     * concluded evaluation reads its Evaluation Summary Report. Records who and when, once; returns how many reports
     * were released now.
     */
    @Transactional
    public int release(long callId, String by) {
        List<Evaluation> evaluations = Evaluation.list("callId = ?1 and status in ?2", callId,
                List.of(EvaluationStatus.EVALUATED_FUNDABLE, EvaluationStatus.EVALUATED_NOT_FUNDABLE));
        int released = 0;
        Instant now = clock.instant();
        for (Evaluation evaluation : evaluations) {
            ConsensusReport report = ConsensusReport.of(evaluation.id);
            if (report != null && report.status == RevisionStatus.SUBMITTED && report.releasedAt == null) {
                report.releasedAt = now;
                report.releasedBy = by;
                audit.record(by, "evaluation", evaluation.id, "report-released", null, null, null);
                released++;
            }
        }
        return released;
    }

    /** The outcome of a submission's concluded evaluation, if it is concluded with one. */
    @Transactional
    public java.util.Optional<EvaluationOutcome> outcome(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        return evaluation == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(outcome(evaluation));
    }

    /** The outcomes of the concluded evaluations of a call (the ranking's input), by protocol order of submission. */
    @Transactional
    public List<EvaluationOutcome> outcomes(long callId) {
        List<Evaluation> evaluations = Evaluation.list("callId = ?1 and status in ?2 order by submissionId", callId,
                List.of(EvaluationStatus.EVALUATED_FUNDABLE, EvaluationStatus.EVALUATED_NOT_FUNDABLE));
        return evaluations.stream().map(this::outcome).filter(java.util.Objects::nonNull).toList();
    }

    EvaluationOutcome outcome(Evaluation evaluation) {
        if (evaluation.status != EvaluationStatus.EVALUATED_FUNDABLE
                && evaluation.status != EvaluationStatus.EVALUATED_NOT_FUNDABLE) {
            return null;
        }
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        return new EvaluationOutcome(evaluation.submissionId, evaluation.proposalId, evaluation.callId,
                evaluation.line, report.total, report.fundable, reasons(report), evaluation.concludedAt,
                report.releasedAt);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The figures of the seats that have submitted: the aggregation, and who said no to the TRL. */
    record Figures(Map<Integer, ScoringForm> bySeat, List<Aggregation.CriterionAggregate> aggregation,
            List<Integer> startNo, List<Integer> targetNo) {
    }

    /** The submitted revision of every seat in force whose evaluation is submitted, by seat. */
    Figures figures(Evaluation evaluation, EvaluationRules rules) {
        Map<Integer, ScoringForm> bySeat = new LinkedHashMap<>();
        for (EvaluationAssignment a : EvaluationAssignment.inForce(evaluation.id)) {
            if (a.status == AssignmentStatus.SUBMITTED) {
                IndividualEvaluation e = IndividualEvaluation.current(a.id);
                if (e != null && e.status == RevisionStatus.SUBMITTED) {
                    bySeat.put(a.seat, Scoring.read(json, e.content));
                }
            }
        }
        if (bySeat.isEmpty()) {
            return new Figures(bySeat, null, List.of(), List.of());
        }
        Map<Integer, List<BigDecimal>> scores = new LinkedHashMap<>();
        List<Integer> startNo = new ArrayList<>();
        List<Integer> targetNo = new ArrayList<>();
        bySeat.forEach((seat, form) -> {
            scores.put(seat, rules.criteria().stream().map(c -> form.score(c.code()).score()).toList());
            if (form.trl() != null && Boolean.FALSE.equals(form.trl().startCredible())) {
                startNo.add(seat);
            }
            if (form.trl() != null && Boolean.FALSE.equals(form.trl().targetReachable())) {
                targetNo.add(seat);
            }
        });
        return new Figures(bySeat, Aggregation.of(rules, scores), startNo, targetNo);
    }

    /** The seats (1 .. the call's number) with no submitted evaluation of an expert in force. */
    static List<Integer> waiting(Evaluation evaluation, EvaluationRules rules) {
        Set<Integer> done = new HashSet<>();
        for (EvaluationAssignment a : EvaluationAssignment.inForce(evaluation.id)) {
            if (a.status == AssignmentStatus.SUBMITTED) {
                done.add(a.seat);
            }
        }
        List<Integer> waiting = new ArrayList<>();
        for (int seat = 1; seat <= rules.evaluatorsPerProposal(); seat++) {
            if (!done.contains(seat)) {
                waiting.add(seat);
            }
        }
        return waiting;
    }

    /** The evaluation, locked, when {@code user} is its rapporteur and the consensus is open. */
    private Evaluation rapporteurs(long submissionId, String user) {
        Evaluation evaluation = panels.lock(submissionId);
        if (!user.equals(evaluation.rapporteur)) {
            if (panels.readsAll(user) || Panels.seatOf(evaluation, user) != null) {
                throw ProblemException.forbidden("Only the panel's rapporteur writes the consensus report");
            }
            throw ProblemException.notFound("Evaluation of submission", submissionId);
        }
        if (evaluation.status != EvaluationStatus.CONSENSUS) {
            throw ProblemException.conflict("not-in-consensus", "The evaluation is " + evaluation.status
                    + ": the consensus report is written once every seat has submitted, until it is submitted");
        }
        return evaluation;
    }

    private static void check(ConsensusForm form, EvaluationRules rules) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.scores().size(); i++) {
            ConsensusForm.ConsensusScore s = form.scores().get(i);
            String field = "scores[" + i + "]";
            EvaluationRules.Criterion c = rules.criterion(s.criterion());
            if (c == null) {
                errors.add(new Problem.FieldViolation(field + ".criterion", "is not a criterion of the call"));
                continue;
            }
            if (!seen.add(c.code())) {
                errors.add(new Problem.FieldViolation(field + ".criterion", "is given twice"));
            }
            if (s.score() != null && !rules.fits(c, s.score())) {
                errors.add(new Problem.FieldViolation(field + ".score", "must be from 0 to " + c.maxScore()
                        .stripTrailingZeros().toPlainString() + " in steps of " + rules.scoreStep()
                        .stripTrailingZeros().toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static List<Problem.FieldViolation> missing(ConsensusForm form, EvaluationRules rules) {
        List<Problem.FieldViolation> missing = new ArrayList<>();
        for (EvaluationRules.Criterion c : rules.criteria()) {
            ConsensusForm.ConsensusScore s = form.score(c.code());
            String field = "scores." + c.code();
            if (s == null || s.score() == null) {
                missing.add(new Problem.FieldViolation(field + ".score", "give the final score"));
            }
            if (s == null || s.comment() == null || s.comment().strip().length() < ScoringForm.MIN_COMMENT) {
                missing.add(new Problem.FieldViolation(field + ".comment", "justify the final score in at least "
                        + ScoringForm.MIN_COMMENT + " characters"));
            }
            if (s != null && !s.agreed() && blank(s.minorityView())) {
                missing.add(new Problem.FieldViolation(field + ".minorityView", "the panel did not agree: state "
                        + "the minority's view"));
            }
        }
        if (form.trl() == null) {
            missing.add(new Problem.FieldViolation("trl", "give the TRL verdict"));
        } else {
            if (blank(form.trl().reason())) {
                missing.add(new Problem.FieldViolation("trl.reason", "give the reason of the TRL verdict (it is "
                        + "required to overturn an expert's judgement)"));
            }
            if (!form.trl().agreed() && blank(form.trl().minorityView())) {
                missing.add(new Problem.FieldViolation("trl.minorityView", "the panel did not agree: state the "
                        + "minority's view"));
            }
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The form in the call's order of criteria, scores with two decimals. */
    static ConsensusForm normalized(ConsensusForm form, EvaluationRules rules) {
        List<ConsensusForm.ConsensusScore> scores = new ArrayList<>();
        for (EvaluationRules.Criterion c : rules.criteria()) {
            ConsensusForm.ConsensusScore s = form.score(c.code());
            if (s != null) {
                scores.add(new ConsensusForm.ConsensusScore(c.code(), s.score() == null ? null
                        : s.score().setScale(2, RoundingMode.HALF_UP), s.comment(), s.agreed(), s.minorityView()));
            }
        }
        return new ConsensusForm(scores, form.trl());
    }

    private static List<BigDecimal> finalScores(ConsensusForm form, EvaluationRules rules) {
        return rules.criteria().stream().map(c -> form.score(c.code()).score()).toList();
    }

    Content content(ConsensusReport report) {
        return Json.read(json, report.content, Content.class, "A consensus report");
    }

    List<Fundability.Reason> reasons(ConsensusReport report) {
        return report.reasons == null ? List.of() : Json.read(json, report.reasons,
                new TypeReference<List<Fundability.Reason>>() {
                }, "The reasons of an outcome");
    }

    /** The proposal of the consensus form: each aggregated value rounded down to the step, agreed unless divergent. */
    static ConsensusForm proposed(EvaluationRules rules, List<Aggregation.CriterionAggregate> aggregation,
            List<Integer> startNo, List<Integer> targetNo) {
        List<ConsensusForm.ConsensusScore> scores = new ArrayList<>();
        for (Aggregation.CriterionAggregate a : aggregation) {
            scores.add(new ConsensusForm.ConsensusScore(a.code(), Aggregation.downToStep(a.aggregated(),
                    rules.scoreStep()), null, !a.divergent(), null));
        }
        return new ConsensusForm(scores, new ConsensusForm.TrlVerdict(startNo.isEmpty(), targetNo.isEmpty(), null,
                true, null));
    }

    private ConsensusView view(Evaluation evaluation, boolean all, String user, boolean blind) {
        EvaluationRules rules = panels.rules(evaluation);
        List<EvaluationAssignment> inForce = EvaluationAssignment.inForce(evaluation.id);
        List<SeatView> seats = new ArrayList<>();
        for (EvaluationAssignment a : inForce) {
            IndividualEvaluation e = IndividualEvaluation.current(a.id);
            seats.add(new SeatView(a.seat, all || a.expert.equals(user) ? a.expert : null, a.id, a.status,
                    e == null ? 0 : e.revision, e == null ? null : e.status, e == null ? null : e.submittedAt));
        }
        List<Integer> waiting = waiting(evaluation, rules);
        if (blind) {
            return new ConsensusView(evaluation.submissionId, evaluation.callId, evaluation.status,
                    evaluation.rapporteur, true, rules.evaluatorsPerProposal(), seats, waiting, List.of(),
                    rules.criteria().stream().map(c -> new CriterionView(c.code(), c.name(), c.maxScore(),
                            c.minScore(), null, null)).toList(), rules.threshold(), List.of(), List.of(), null, null);
        }
        Figures figures = figures(evaluation, rules);
        List<Scoring.IndividualView> individuals = new ArrayList<>();
        Map<Long, EvaluationAssignment> assignments = new LinkedHashMap<>();
        inForce.forEach(a -> assignments.put(a.id, a));
        Scoring.TrlPlan plan = panels.trlPlan(evaluation);
        for (IndividualEvaluation e : IndividualEvaluation.ofEvaluation(evaluation.id)) {
            EvaluationAssignment a = assignments.get(e.assignmentId);
            boolean shown = all ? true : a != null && e.status == RevisionStatus.SUBMITTED;
            if (shown) {
                Scoring.IndividualView v = Scoring.individual(evaluation, a, e, Scoring.read(json, e.content),
                        List.of(), null, List.of());
                individuals.add(all || e.expert.equals(user) ? v : anonymous(v));
            }
        }
        List<CriterionView> criteria = new ArrayList<>();
        for (int i = 0; i < rules.criteria().size(); i++) {
            EvaluationRules.Criterion c = rules.criteria().get(i);
            Aggregation.CriterionAggregate a = figures.aggregation() == null ? null : figures.aggregation().get(i);
            criteria.add(new CriterionView(c.code(), c.name(), c.maxScore(), c.minScore(), a, a == null ? null
                    : Aggregation.downToStep(a.aggregated(), rules.scoreStep())));
        }
        ConsensusForm proposed = figures.aggregation() == null ? null
                : proposed(rules, figures.aggregation(), figures.startNo(), figures.targetNo());
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        ReportView reportView = null;
        if (report != null) {
            Content content = content(report);
            reportView = new ReportView(report.rapporteur, report.status, report.version, content.form(),
                    report.savedAt, report.submittedAt, report.sha256, report.total, report.fundable,
                    report.status == RevisionStatus.SUBMITTED ? reasons(report) : null, report.releasedAt,
                    content.startNotCredibleSeats(), content.targetNotReachableSeats());
        }
        return new ConsensusView(evaluation.submissionId, evaluation.callId, evaluation.status, evaluation.rapporteur,
                false, rules.evaluatorsPerProposal(), seats, waiting, individuals, criteria, rules.threshold(),
                figures.startNo(), figures.targetNo(), proposed, reportView);
    }

    /** Another seat's evaluation as an expert of the panel reads it: the scores and reasons, not the name. */
    private static Scoring.IndividualView anonymous(Scoring.IndividualView v) {
        return new Scoring.IndividualView(0, v.submissionId(), v.seat(), null, v.assignmentStatus(), null,
                v.revision(), v.status(), v.version(), v.form(), v.savedAt(), v.submittedAt(), v.sha256(), null, null,
                null, v.criteria(), v.trlPlan(), v.missing());
    }
}
