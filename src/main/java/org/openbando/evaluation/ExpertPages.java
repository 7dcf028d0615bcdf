package org.openbando.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbando.call.CallService;
import org.openbando.call.EvaluationRules;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.PdfResponses;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * The expert's pages: the inbox of assignments with their terms; an assignment, which before acceptance shows only the
 * call, the title, the acronym and the consortium, with the declaration of absence of conflict of interest to sign
 * (accept) or the decline with its reason; the scoring form beside the proposal as submitted (snapshot, attachments,
 * eligibility results), saved as you go with the version it was rendered with, submitted after a confirmation and then
 * shown frozen with its hash and, only then, with the panel's other submitted scores; and the consensus form, which the
 * rapporteur writes and the panel's other experts read once they submitted. Every act goes through the services that
 * the API uses ({@link Assignments}, {@link Scoring}, {@link Consensus}), which check who may do what; the pages only
 * read forms and show what the services refuse, field by field. Everything works without JavaScript.
 */
@Path("/expert")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EVALUATOR)
public class ExpertPages {

    /** The most characters of a comment, a reason the pages pass on (the services bound them too). */
    static final int MAX_TEXT = 5_000;
    /** The most characters of the note of a decline. */
    static final int MAX_NOTE = 2_000;
    /** Reasons an expert gives for declining (the term's lapse is the process's, not the expert's). */
    static final List<String> DECLINE_REASONS = List.of(EndReason.CONFLICT.name(), EndReason.EXPERTISE.name(),
            EndReason.WORKLOAD.name());
    /**
     * A field of the services' violations: {@code scores[2].comment}, {@code scores.B.minorityView},
     * {@code trl.workPackages[1].reason}, {@code trl.workPackages.1.reachable}.
     */
    private static final Pattern FIELD = Pattern.compile(
            "(?:.*\\.)?(scores|trl\\.workPackages)(?:\\[(\\d{1,3})\\]|\\.([A-Za-z0-9_-]{1,20}))(?:\\.(\\w+))?");

    /** The pages' templates ({@code templates/expert-*.html}), checked at build time. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance expertInbox(List<Row> rows, boolean declined);

        static native TemplateInstance expertAssignment(Row a, Assignments.Declaration declaration,
                List<String> reasons, Map<String, String> form, Map<String, String> errors, String failure);

        static native TemplateInstance expertScores(Row a, Side side, Sheet sheet, Peers peers, boolean saved,
                boolean submitted, String failure);

        static native TemplateInstance expertConsensus(Row a, ConsensusSheet c, boolean saved, String failure);
    }

    // ---------------------------------------------------------------------------------------------------------
    // views for the templates

    /**
     * An assignment as the expert sees it in the inbox and above each page: nothing beyond the call, protocol, title,
     * acronym and consortium names. {@code late}: the term ended or is near and the expert has not submitted;
     * {@code open}: accepted (or submitted) and in force, so that the proposal may be read.
     */
    public record Row(long id, long submissionId, long callId, String callCode, String protocol, String acronym,
            String title, String consortium, int seat, String status, Instant dueAt, boolean late, boolean open,
            boolean ended, boolean rapporteur) {

        public boolean isAssigned() {
            return "ASSIGNED".equals(status) && !ended;
        }

        public boolean isSubmitted() {
            return "SUBMITTED".equals(status) && !ended;
        }
    }

    /** A member of the consortium as submitted, with its share of the budget. */
    public record Member(String name, String vatNumber, String type, boolean lead, BigDecimal budget) {
    }

    /** An attachment frozen by the submission, downloaded through the expert's page. */
    public record Attachment(long id, String kind, String fileName, long sizeBytes, String sha256) {
    }

    /** The proposal beside the form: the snapshot, its members, attachments and the eligibility results. */
    public record Side(Snapshot snapshot, ProposalContent content, String sha256, List<Member> members,
            List<Attachment> attachments, EligibilityChecks.Eligibility eligibility) {
    }

    /** A criterion's row of a form: its input names and the scores that its step allows (0..max). */
    public record Criterion(String code, String name, BigDecimal max, BigDecimal minScore, String scoreField,
            String commentField, List<String> options) {
    }

    /** A work package's row of the TRL judgement ({@code index} from 0, as the snapshot orders them). */
    public record WorkPackage(int index, String code, String title, Integer startTrl, Integer targetTrl,
            String reachableField, String reasonField) {
    }

    /**
     * The scoring form: the criteria and work packages, the values shown (saved or typed), the errors by input name,
     * the version it edits, whether it can still be changed, and the frozen evaluation's time and hash.
     */
    public record Sheet(List<Criterion> criteria, List<WorkPackage> workPackages, Integer startTrl, Integer targetTrl,
            Map<String, String> form, Map<String, String> errors, String version, boolean editable,
            Instant submittedAt, String sha256, String stale, List<String> general) {
    }

    /** The panel's submitted scores: one column per seat (blank where not submitted), one row per criterion. */
    public record Peers(boolean visible, List<Integer> seats, List<PeerRow> rows) {
    }

    public record PeerRow(String code, String name, List<String> scores) {
    }

    /** A criterion of the consensus: the individual scores by seat, their aggregate and spread, and its inputs. */
    public record ConsensusRow(Criterion criterion, List<String> individual, BigDecimal aggregated, BigDecimal spread,
            boolean divergent, String agreedField, String minorityField) {
    }

    /**
     * The consensus form, or the report as the panel's other experts read it. {@code open}: every seat submitted, so
     * that the panel's figures and the report exist.
     */
    public record ConsensusSheet(boolean open, List<Integer> seats, List<ConsensusRow> rows, String method,
            String percent, Map<String, String> form, Map<String, String> errors, String version, boolean editable,
            boolean submitted, Instant submittedAt, String sha256, BigDecimal total, Boolean fundable, String stale,
            List<String> general) {
    }

    private final Assignments assignments;
    private final Scoring scoring;
    private final Consensus consensus;
    private final CallService calls;
    private final Submissions submissions;
    private final EligibilityChecks eligibility;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    private final Pages pages;

    public ExpertPages(Assignments assignments, Scoring scoring, Consensus consensus, CallService calls,
            Submissions submissions, EligibilityChecks eligibility, AttachmentService attachments,
            CurrentUser currentUser, Pages pages) {
        this.assignments = assignments;
        this.scoring = scoring;
        this.consensus = consensus;
        this.calls = calls;
        this.submissions = submissions;
        this.eligibility = eligibility;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the inbox and an assignment

    @GET
    public String inbox(@QueryParam("declined") boolean declined) {
        return pages.render(Templates.expertInbox(rows(), declined));
    }

    @GET
    @Path("/assignments/{id}")
    public String assignment(@PathParam("id") long id) {
        return renderAssignment(row(id), Map.of(), Map.of(), null);
    }

    @POST
    @Path("/assignments/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Row a = row(id);
        Map<String, String> values = FormValues.of(form);
        if (values.get("declare") == null) {
            return Response.status(400).entity(renderAssignment(a, values,
                    Map.of("declare", texts().expert_must_declare()), null)).build();
        }
        try {
            assignments.accept(id, language(), user());
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderAssignment(row(id), values, Map.of(),
                    problem.getMessage())).build();
        }
        return Response.seeOther(URI.create("/expert/assignments/" + id + "/scores")).build();
    }

    @POST
    @Path("/assignments/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Row a = row(id);
        Map<String, String> values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        FormValues read = new FormValues(values, errors);
        String reason = read.text("reason");
        String note = read.text("note");
        if (reason == null || !DECLINE_REASONS.contains(reason)) {
            errors.put("reason", texts().expert_choose_reason());
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.put("note", texts().expert_too_long(MAX_NOTE, note.length()));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(renderAssignment(a, values, errors, null)).build();
        }
        try {
            assignments.decline(id, EndReason.valueOf(reason), note, user());
        } catch (ProblemException problem) {
            problem.errors().forEach(e -> errors.merge(e.field(), e.message(), (x, y) -> x + "; " + y));
            return Response.status(problem.status()).entity(renderAssignment(row(id), values, errors,
                    problem.errors().isEmpty() ? problem.getMessage() : null)).build();
        }
        return Response.seeOther(URI.create("/expert?declined=true")).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the individual evaluation

    @GET
    @Path("/assignments/{id}/scores")
    public Response scores(@PathParam("id") long id, @QueryParam("saved") boolean saved,
            @QueryParam("submitted") boolean submitted) {
        Row a = row(id);
        if (!a.open()) {
            return Response.seeOther(URI.create("/expert/assignments/" + id)).build();
        }
        Scoring.IndividualView view = scoring.form(id, user());
        Sheet sheet = sheet(view, values(view.form()), Map.of(), null);
        return Response.ok(renderScores(a, sheet, saved, submitted, null)).build();
    }

    @POST
    @Path("/assignments/{id}/scores")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveScores(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Row a = row(id);
        if (!a.open()) {
            return Response.seeOther(URI.create("/expert/assignments/" + id)).build();
        }
        Scoring.IndividualView view = scoring.form(id, user());
        Map<String, String> values = FormValues.of(form);
        String action = Optional.ofNullable(values.remove("action")).orElse("save");
        boolean confirm = values.remove("confirm") != null;
        Map<String, String> errors = new LinkedHashMap<>();
        ScoringForm typed = readScores(view, values, errors);
        Long version = version(values.get("version"), errors);
        if (!errors.isEmpty()) {
            return scoresFailed(400, a, view, values, errors, null, null);
        }
        try {
            view = scoring.save(id, typed, version, user());
        } catch (ProblemException problem) {
            if ("stale-version".equals(problem.slug())) {
                return scoresFailed(409, a, scoring.form(id, user()), values, errors,
                        texts().expert_stale(String.valueOf(version)), null);
            }
            return scoresFailed(problem.status(), a, view, values, inputs(problem, typed.scores().stream()
                    .map(ScoringForm.CriterionScore::criterion).toList()), null,
                    problem.errors().isEmpty() ? problem.getMessage() : null);
        } catch (OptimisticLockException e) {
            return scoresFailed(409, a, scoring.form(id, user()), values, errors,
                    texts().expert_stale(String.valueOf(version)), null);
        }
        if (!"submit".equals(action)) {
            return Response.seeOther(URI.create("/expert/assignments/" + id + "/scores?saved=true")).build();
        }
        // saved as typed: from here the form edits the new version
        values.put("version", String.valueOf(view.version()));
        if (!confirm) {
            return scoresFailed(400, a, view, values, Map.of("confirm", texts().expert_must_confirm()), null, null);
        }
        try {
            scoring.submit(id, user());
        } catch (ProblemException problem) {
            return scoresFailed(problem.status(), a, view, values, inputs(problem, typed.scores().stream()
                    .map(ScoringForm.CriterionScore::criterion).toList()), null,
                    problem.errors().isEmpty() ? problem.getMessage() : null);
        }
        return Response.seeOther(URI.create("/expert/assignments/" + id + "/scores?submitted=true")).build();
    }

    /** An attachment of the proposal as submitted, for an expert who accepted (the proposal's own check applies). */
    @GET
    @Path("/assignments/{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Row a = row(id);
        Snapshot snapshot = a.open() ? submissions.snapshot(a.submissionId()) : null;
        if (snapshot == null || snapshot.attachments() == null
                || snapshot.attachments().stream().noneMatch(x -> x.id() == attachmentId)) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return PdfResponses.file(attachments.download(snapshot.proposalId(), attachmentId));
    }

    // ---------------------------------------------------------------------------------------------------------
    // the consensus

    @GET
    @Path("/evaluations/{submissionId}/consensus")
    public String consensus(@PathParam("submissionId") long submissionId, @QueryParam("saved") boolean saved) {
        Row a = panelRow(submissionId);
        Consensus.ConsensusView view = consensus.view(submissionId, user());
        return renderConsensus(a, view, values(reportForm(view)), Map.of(), saved, null, null);
    }

    @POST
    @Path("/evaluations/{submissionId}/consensus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveConsensus(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        Row a = panelRow(submissionId);
        Consensus.ConsensusView view = consensus.view(submissionId, user());
        Map<String, String> values = FormValues.of(form);
        String action = Optional.ofNullable(values.remove("action")).orElse("save");
        boolean confirm = values.remove("confirm") != null;
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> codes = view.criteria().stream().map(Consensus.CriterionView::code).toList();
        ConsensusForm typed = readConsensus(codes, values, errors);
        Long version = version(values.get("version"), errors);
        if (!errors.isEmpty()) {
            return consensusFailed(400, a, view, values, errors, null, null);
        }
        try {
            view = consensus.save(submissionId, typed, version, user());
        } catch (ProblemException problem) {
            if ("stale-version".equals(problem.slug())) {
                return consensusFailed(409, a, consensus.view(submissionId, user()), values, errors,
                        texts().expert_stale(String.valueOf(version)), null);
            }
            return consensusFailed(problem.status(), a, view, values, inputs(problem, codes), null,
                    problem.errors().isEmpty() ? problem.getMessage() : null);
        } catch (OptimisticLockException e) {
            return consensusFailed(409, a, consensus.view(submissionId, user()), values, errors,
                    texts().expert_stale(String.valueOf(version)), null);
        }
        if (!"submit".equals(action)) {
            return Response.seeOther(URI.create("/expert/evaluations/" + submissionId + "/consensus?saved=true"))
                    .build();
        }
        values.put("version", String.valueOf(view.report() == null ? 0 : view.report().version()));
        if (!confirm) {
            return consensusFailed(400, a, view, values, Map.of("confirm", texts().expert_must_confirm()), null,
                    null);
        }
        try {
            consensus.submit(submissionId, user());
        } catch (ProblemException problem) {
            return consensusFailed(problem.status(), a, view, values, inputs(problem, codes), null,
                    problem.errors().isEmpty() ? problem.getMessage() : null);
        }
        return Response.seeOther(URI.create("/expert/evaluations/" + submissionId + "/consensus")).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading the forms

    /** The scoring form as typed; what cannot be read is an error under its input's name. */
    static ScoringForm readScores(Scoring.IndividualView view, Map<String, String> values,
            Map<String, String> errors) {
        FormValues read = new FormValues(values, errors);
        List<ScoringForm.CriterionScore> scores = new ArrayList<>();
        for (Scoring.Criterion c : view.criteria()) {
            scores.add(new ScoringForm.CriterionScore(c.code(), read.number("score." + c.code()),
                    bounded(read, "comment." + c.code(), errors)));
        }
        List<ScoringForm.WorkPackageTrl> wps = new ArrayList<>();
        for (Scoring.WorkPackage wp : workPackages(view)) {
            wps.add(new ScoringForm.WorkPackageTrl(wp.index(), yesNo(read, "wp." + wp.index() + ".reachable", errors),
                    bounded(read, "wp." + wp.index() + ".reason", errors)));
        }
        return new ScoringForm(scores, new ScoringForm.TrlJudgement(yesNo(read, "trl.startCredible", errors),
                bounded(read, "trl.startReason", errors), yesNo(read, "trl.targetReachable", errors),
                bounded(read, "trl.targetReason", errors), wps));
    }

    /** The consensus form as typed (a TRL verdict not chosen reads as "no": the service asks for the reason). */
    static ConsensusForm readConsensus(List<String> codes, Map<String, String> values, Map<String, String> errors) {
        FormValues read = new FormValues(values, errors);
        List<ConsensusForm.ConsensusScore> scores = new ArrayList<>();
        for (String code : codes) {
            scores.add(new ConsensusForm.ConsensusScore(code, read.number("score." + code),
                    bounded(read, "comment." + code, errors), read.checked("agreed." + code),
                    bounded(read, "minority." + code, errors)));
        }
        Boolean start = yesNo(read, "trl.startCredible", errors);
        Boolean target = yesNo(read, "trl.targetReachable", errors);
        return new ConsensusForm(scores, new ConsensusForm.TrlVerdict(Boolean.TRUE.equals(start),
                Boolean.TRUE.equals(target), bounded(read, "trl.reason", errors), read.checked("trl.agreed"),
                bounded(read, "trl.minority", errors)));
    }

    private static String bounded(FormValues read, String field, Map<String, String> errors) {
        String text = read.text(field);
        if (text != null && text.length() > MAX_TEXT) {
            errors.put(field, "at most " + MAX_TEXT + " characters (" + text.length() + ")");
            return null;
        }
        return text;
    }

    private static Boolean yesNo(FormValues read, String field, Map<String, String> errors) {
        String value = read.text(field);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                errors.put(field, "yes or no");
                yield null;
            }
        };
    }

    private static Long version(String version, Map<String, String> errors) {
        if (version != null && version.matches("\\d{1,18}")) {
            return Long.valueOf(version);
        }
        errors.put("version", "the form carries no version: reload the page");
        return null;
    }

    /** The values a saved scoring form shows, by input name. */
    static Map<String, String> values(ScoringForm form) {
        Map<String, String> values = new HashMap<>();
        if (form == null) {
            return values;
        }
        for (ScoringForm.CriterionScore s : form.scores()) {
            put(values, "score." + s.criterion(), plain(s.score()));
            put(values, "comment." + s.criterion(), s.comment());
        }
        ScoringForm.TrlJudgement trl = form.trl();
        if (trl != null) {
            put(values, "trl.startCredible", yesNo(trl.startCredible()));
            put(values, "trl.startReason", trl.startReason());
            put(values, "trl.targetReachable", yesNo(trl.targetReachable()));
            put(values, "trl.targetReason", trl.targetReason());
            for (ScoringForm.WorkPackageTrl wp : trl.workPackages()) {
                put(values, "wp." + wp.index() + ".reachable", yesNo(wp.reachable()));
                put(values, "wp." + wp.index() + ".reason", wp.reason());
            }
        }
        return values;
    }

    /** The values a consensus report shows, by input name. */
    static Map<String, String> values(ConsensusForm form) {
        Map<String, String> values = new HashMap<>();
        if (form == null) {
            return values;
        }
        for (ConsensusForm.ConsensusScore s : form.scores()) {
            put(values, "score." + s.criterion(), plain(s.score()));
            put(values, "comment." + s.criterion(), s.comment());
            put(values, "agreed." + s.criterion(), s.agreed() ? "on" : null);
            put(values, "minority." + s.criterion(), s.minorityView());
        }
        ConsensusForm.TrlVerdict trl = form.trl();
        if (trl != null) {
            put(values, "trl.startCredible", yesNo(trl.startCredible()));
            put(values, "trl.targetReachable", yesNo(trl.targetReachable()));
            put(values, "trl.reason", trl.reason());
            put(values, "trl.agreed", trl.agreed() ? "on" : null);
            put(values, "trl.minority", trl.minorityView());
        }
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /**
     * The services' violations under the inputs that hold them: {@code scores[1].comment} (the second criterion of the
     * form) and {@code scores.B.comment} are {@code comment.B}; {@code trl.workPackages.2.reason} (or {@code [2]}) is
     * {@code wp.2.reason}; {@code trl.minorityView} is {@code trl.minority}.
     */
    static Map<String, String> inputs(ProblemException problem, List<String> codes) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : problem.errors()) {
            errors.merge(input(v.field(), codes), v.message(), (x, y) -> x + "; " + y);
        }
        return errors;
    }

    static String input(String field, List<String> codes) {
        if (field == null) {
            return "form";
        }
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return field;
        }
        String part = m.group(4) == null ? "" : m.group(4);
        String suffix = switch (part) {
            case "comment" -> "comment";
            case "agreed" -> "agreed";
            case "minorityView" -> "minority";
            case "reason" -> "reason";
            default -> m.group(1).equals("scores") ? "score" : "reachable";
        };
        String key = m.group(2) != null ? m.group(2) : m.group(3);
        if (m.group(1).equals("scores")) {
            String code = m.group(2) != null ? (Integer.parseInt(key) < codes.size()
                    ? codes.get(Integer.parseInt(key)) : null) : key;
            return code == null ? field : suffix + "." + code;
        }
        return "wp." + key + "." + suffix;
    }

    // ---------------------------------------------------------------------------------------------------------
    // rendering

    private String renderAssignment(Row a, Map<String, String> form, Map<String, String> errors, String failure) {
        Assignments.Declaration declaration = a.ended() ? null
                : assignments.assignment(a.id(), language(), user()).declaration();
        return pages.render(Templates.expertAssignment(a, declaration, DECLINE_REASONS, form, errors, failure));
    }

    private Response scoresFailed(int status, Row a, Scoring.IndividualView view, Map<String, String> values,
            Map<String, String> errors, String stale, String failure) {
        Sheet sheet = sheet(view, values, errors, stale);
        return Response.status(status).entity(renderScores(a, sheet, false, false,
                failure != null ? failure : errors.isEmpty() ? null : texts().expert_errors())).build();
    }

    private String renderScores(Row a, Sheet sheet, boolean saved, boolean submitted, String failure) {
        return pages.render(Templates.expertScores(a, side(a), sheet, peers(a, sheet), saved, submitted, failure));
    }

    private static List<Scoring.WorkPackage> workPackages(Scoring.IndividualView view) {
        return view.trlPlan() == null || view.trlPlan().workPackages() == null ? List.of()
                : view.trlPlan().workPackages();
    }

    private Sheet sheet(Scoring.IndividualView view, Map<String, String> values, Map<String, String> errors,
            String stale) {
        List<Criterion> criteria = view.criteria().stream().map(c -> criterion(c.code(), c.name(), c.maxScore(),
                c.minScore(), c.step())).toList();
        List<WorkPackage> wps = workPackages(view).stream().map(wp -> new WorkPackage(wp.index(), wp.code(),
                wp.title(), wp.startTrl(), wp.targetTrl(), "wp." + wp.index() + ".reachable",
                "wp." + wp.index() + ".reason")).toList();
        Map<String, String> shown = new HashMap<>(values);
        shown.putIfAbsent("version", String.valueOf(view.version()));
        boolean editable = view.status() != RevisionStatus.SUBMITTED
                && view.assignmentStatus() == AssignmentStatus.ACCEPTED;
        Set<String> inputs = new HashSet<>(Set.of("trl.startCredible", "trl.startReason", "trl.targetReachable",
                "trl.targetReason", "confirm"));
        criteria.forEach(c -> inputs.addAll(List.of(c.scoreField(), c.commentField())));
        wps.forEach(w -> inputs.addAll(List.of(w.reachableField(), w.reasonField())));
        return new Sheet(criteria, wps, view.trlPlan() == null ? null : view.trlPlan().start(),
                view.trlPlan() == null ? null : view.trlPlan().target(), shown, errors, shown.get("version"), editable,
                view.submittedAt(), view.sha256(), stale, general(errors, inputs));
    }

    static Criterion criterion(String code, String name, BigDecimal max, BigDecimal min, BigDecimal step) {
        return new Criterion(code, name, max, min, "score." + code, "comment." + code, options(max, step));
    }

    /** The scores a criterion allows: 0 to its maximum in the call's step (at most 1,001 options). */
    static List<String> options(BigDecimal max, BigDecimal step) {
        List<String> options = new ArrayList<>();
        if (max == null || step == null || step.signum() <= 0) {
            return options;
        }
        for (BigDecimal s = BigDecimal.ZERO; s.compareTo(max) <= 0 && options.size() <= 1_000; s = s.add(step)) {
            options.add(plain(s));
        }
        return options;
    }

    private Side side(Row a) {
        Snapshot snapshot = submissions.snapshot(a.submissionId());
        ProposalContent content = snapshot.content();
        Map<Long, BigDecimal> budget = new HashMap<>();
        content.budgetOrEmpty().forEach(b -> {
            if (b.amount() != null) {
                budget.merge(b.organizationId(), b.amount(), BigDecimal::add);
            }
        });
        List<Member> members = new ArrayList<>();
        if (snapshot.members() != null) {
            for (OrganizationFacts m : snapshot.members()) {
                members.add(new Member(m.name(), m.vatNumber(), m.type().name(),
                        m.id() == snapshot.lead().organizationId(), budget.getOrDefault(m.id(), BigDecimal.ZERO)));
            }
        } else {
            members.add(new Member(snapshot.lead().name(), snapshot.lead().vatNumber(), "", true,
                    budget.getOrDefault(snapshot.lead().organizationId(), BigDecimal.ZERO)));
        }
        List<Attachment> files = snapshot.attachments() == null ? List.of() : snapshot.attachments().stream()
                .map(x -> new Attachment(x.id(), x.kind().name(), x.fileName(), x.sizeBytes(), x.sha256())).toList();
        return new Side(snapshot, content, submissions.get(a.submissionId()).sha256(), members, files,
                eligibility.results(snapshot.proposalId(), pages.locale()));
    }

    /**
     * The panel's submitted scores, only once the expert's own is submitted (blindness: the service leaves them out
     * of what a blind expert reads, and the page does not even ask before).
     */
    private Peers peers(Row a, Sheet sheet) {
        if (!a.isSubmitted()) {
            return new Peers(false, List.of(), List.of());
        }
        Consensus.ConsensusView view = consensus.view(a.submissionId(), user());
        if (view.blind()) {
            return new Peers(false, List.of(), List.of());
        }
        List<Integer> seats = view.seats().stream().map(Consensus.SeatView::seat).sorted().toList();
        Map<Integer, ScoringForm> bySeat = submittedBySeat(view);
        List<PeerRow> rows = sheet.criteria().stream().map(c -> new PeerRow(c.code(), c.name(),
                cells(seats, bySeat, c.code()))).toList();
        return new Peers(true, seats, rows);
    }

    private static Map<Integer, ScoringForm> submittedBySeat(Consensus.ConsensusView view) {
        Map<Integer, ScoringForm> bySeat = new HashMap<>();
        if (view.individuals() != null) {
            view.individuals().stream().filter(i -> i.status() == RevisionStatus.SUBMITTED)
                    .forEach(i -> bySeat.put(i.seat(), i.form()));
        }
        return bySeat;
    }

    private static List<String> cells(List<Integer> seats, Map<Integer, ScoringForm> bySeat, String code) {
        List<String> cells = new ArrayList<>();
        for (Integer seat : seats) {
            ScoringForm form = bySeat.get(seat);
            ScoringForm.CriterionScore score = form == null ? null : form.score(code);
            cells.add(score == null || score.score() == null ? "" : plain(score.score()));
        }
        return cells;
    }

    private static ConsensusForm reportForm(Consensus.ConsensusView view) {
        return view.report() != null ? view.report().form() : view.proposed();
    }

    private Response consensusFailed(int status, Row a, Consensus.ConsensusView view, Map<String, String> values,
            Map<String, String> errors, String stale, String failure) {
        return Response.status(status).entity(renderConsensus(a, view, values, errors, false, stale,
                failure != null ? failure : errors.isEmpty() ? null : texts().expert_errors())).build();
    }

    private String renderConsensus(Row a, Consensus.ConsensusView view, Map<String, String> values,
            Map<String, String> errors, boolean saved, String stale, String failure) {
        EvaluationRules rules = calls.evaluationRules(a.callId());
        boolean open = !view.blind() && (view.status() == EvaluationStatus.CONSENSUS || view.report() != null);
        List<Integer> seats = view.seats().stream().map(Consensus.SeatView::seat).sorted().toList();
        Map<Integer, ScoringForm> bySeat = submittedBySeat(view);
        List<ConsensusRow> rows = new ArrayList<>();
        for (Consensus.CriterionView c : view.criteria()) {
            Aggregation.CriterionAggregate agg = c.aggregate();
            rows.add(new ConsensusRow(criterion(c.code(), c.name(), c.maxScore(), c.minScore(), rules.scoreStep()),
                    cells(seats, bySeat, c.code()), agg == null ? null : agg.aggregated(),
                    agg == null ? null : agg.spread(), agg != null && agg.divergent(), "agreed." + c.code(),
                    "minority." + c.code()));
        }
        Map<String, String> shown = new HashMap<>(values);
        Consensus.ReportView report = view.report();
        shown.putIfAbsent("version", String.valueOf(report == null ? 0 : report.version()));
        boolean submitted = report != null && report.status() == RevisionStatus.SUBMITTED;
        boolean editable = open && !submitted && view.status() == EvaluationStatus.CONSENSUS
                && user().equals(view.rapporteur());
        Set<String> inputs = new HashSet<>(Set.of("trl.startCredible", "trl.targetReachable", "trl.reason",
                "trl.agreed", "trl.minority", "confirm"));
        rows.forEach(r -> inputs.addAll(List.of(r.criterion().scoreField(), r.criterion().commentField(),
                r.agreedField(), r.minorityField())));
        ConsensusSheet sheet = new ConsensusSheet(open, seats, rows, texts().expert_method(rules.aggregation().name()),
                plain(rules.divergencePercent()), shown, errors, shown.get("version"), editable, submitted,
                report == null ? null : report.submittedAt(), report == null ? null : report.sha256(),
                report == null ? null : report.total(), report == null ? null : report.fundable(), stale,
                general(errors, inputs));
        return pages.render(Templates.expertConsensus(a, sheet, saved, failure));
    }

    /** The errors that no input of the form shows (the version, the whole form), as "field: message". */
    static List<String> general(Map<String, String> errors, Set<String> inputs) {
        return errors.entrySet().stream().filter(e -> !inputs.contains(e.getKey()))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The caller's assignments, as the inbox shows them. */
    private List<Row> rows() {
        return assignments.inbox(user()).stream().map(ExpertPages::row).toList();
    }

    private static Row row(AssignmentView v) {
        boolean ended = v.endedAt() != null;
        return new Row(v.id(), v.submissionId(), v.callId(), v.callCode(), v.protocol(), v.acronym(), v.title(),
                v.consortium() == null ? "" : String.join(", ", v.consortium()), v.seat(), v.status().name(),
                v.dueAt(), v.late() && !ended, !ended && (v.status() == AssignmentStatus.ACCEPTED
                        || v.status() == AssignmentStatus.SUBMITTED), ended, v.rapporteur());
    }

    /** One of the caller's assignments; any other is a 404, as if it did not exist. */
    private Row row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Assignment", id));
    }

    /** The caller's seat in force, accepted, on the panel of a submission; 404 for who is not on it. */
    private Row panelRow(long submissionId) {
        return rows().stream().filter(r -> r.submissionId() == submissionId && r.open()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Evaluation of submission", submissionId));
    }

    private String user() {
        return currentUser.username();
    }

    private String language() {
        return pages.locale().getLanguage();
    }

    private EvaluationTexts texts() {
        return pages.texts(EvaluationTexts.class);
    }
}
