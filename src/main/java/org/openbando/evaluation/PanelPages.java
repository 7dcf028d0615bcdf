package org.openbando.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The panel of one admitted proposal ({@code /officer/evaluations/{submissionId}}): the experts proposed for it (fit,
 * load) and those excluded with the reason, the assignment of the whole panel with its rapporteur, the reassignment of
 * an empty seat, the removal of an expert (a conflict found later), the choice of the rapporteur, the individual
 * evaluations once submitted (with their fingerprints), their reopening, the aggregation with the divergent criteria,
 * the consensus report with the outcome and the Evaluation Summary Report. Officers act; auditors read (every POST
 * refuses them). The acts go through {@link Assignments} and {@link Scoring}, like the API.
 */
@Path("/officer/evaluations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class PanelPages {

    /**
     * The page ({@code templates/officer-evaluation.html}), checked at build time.
     *
     * @param action the form the errors are about ({@code assign}, {@code reassign-2}, {@code remove-17}, ...), or null
     * @param errors the message under each input of that form, by input name ({@code form}: about the whole form)
     * @param done   what the last act did ({@code assigned}, {@code removed}, ...), or null
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record OfficerEvaluation(PanelProposal panel, Consensus.ConsensusView consensus, String leadName,
            String action, Map<String, String> errors, Map<String, String> form, String done,
            List<String> removalReasons, boolean officer, State state) implements TemplateInstance {
    }

    /** What the page derives from the panel and the last form: which forms it offers, the errors of which form. */
    public record State(PanelProposal panel, Consensus.ConsensusView consensus, String action,
            Map<String, String> errors, Map<String, String> form) {


        /** The individual evaluations submitted (the reader sees them all: officers and auditors). */
        public List<Scoring.IndividualView> submitted() {
            return consensus == null ? List.of() : consensus.individuals().stream()
                    .filter(i -> i.status() == RevisionStatus.SUBMITTED).toList();
        }

        /** The criteria whose individual scores diverge. */
        public int divergences() {
            return consensus == null ? 0 : (int) consensus.criteria().stream()
                    .filter(c -> c.aggregate() != null && c.aggregate().divergent()).count();
        }

        /** Whether the panel is still to assign as a whole (no assignment was ever made). */
        public boolean unassigned() {
            return panel.panel().isEmpty() && panel.ended().isEmpty();
        }

        /** Whether the seats may still change (reassign, remove, reopen): the experts are at work. */
        public boolean seatsOpen() {
            return panel.status() == EvaluationStatus.IN_PROGRESS;
        }

        public boolean reopenable() {
            return (panel.status() == EvaluationStatus.IN_PROGRESS || panel.status() == EvaluationStatus.CONSENSUS)
                    && (consensus == null || consensus.report() == null
                            || consensus.report().status() != RevisionStatus.SUBMITTED);
        }

        public boolean rapporteurOpen() {
            return panel.status() == EvaluationStatus.IN_PROGRESS
                    || panel.status() == EvaluationStatus.CONSENSUS && panel.rapporteur() == null;
        }

        public boolean concluded() {
            return panel.status() == EvaluationStatus.EVALUATED_FUNDABLE
                    || panel.status() == EvaluationStatus.EVALUATED_NOT_FUNDABLE;
        }

        /** The expert suggested for a seat (1..n) of the unassigned panel, or the one typed in the failed form. */
        public String chosen(int seat) {
            String typed = form.get("seat" + seat);
            if (typed != null || action != null) {
                return typed;
            }
            return seat <= panel.suggested().size() ? panel.suggested().get(seat - 1) : null;
        }

        public List<Integer> seatNumbers() {
            List<Integer> seats = new ArrayList<>();
            for (int i = 1; i <= panel.seats(); i++) {
                seats.add(i);
            }
            return seats;
        }

        public String error(String formName, String field) {
            return formName.equals(action) ? errors.get(field) : null;
        }
    
        /** A figure of a reason of the outcome as its sentence shows it ("" for none). */
        public String plain(java.math.BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }

        /** The error under a field of the form of an assignment or a seat ({@code remove-17}, {@code reassign-2}). */
        public String error(String formName, Object id, String field) {
            return error(formName + "-" + id, field);
        }
    }

    private final Assignments assignments;
    private final Scoring scoring;
    private final Consensus consensus;
    private final SummaryReports reports;
    private final EvaluationBoard board;
    private final CurrentUser currentUser;
    private final Pages pages;

    public PanelPages(Assignments assignments, Scoring scoring, Consensus consensus, SummaryReports reports,
            EvaluationBoard board, CurrentUser currentUser, Pages pages) {
        this.assignments = assignments;
        this.scoring = scoring;
        this.consensus = consensus;
        this.reports = reports;
        this.board = board;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public String show(@PathParam("submissionId") long submissionId, @QueryParam("done") String done) {
        return render(submissionId, null, Map.of(), Map.of(), done);
    }

    /** The whole panel at once: one expert per seat, in order, and the rapporteur (optional). */
    @POST
    @Path("/{submissionId}/panel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        FormValues f = new FormValues(values, new LinkedHashMap<>());
        List<String> experts = new ArrayList<>();
        for (int seat = 1; seat <= 5; seat++) {
            if (values.containsKey("seat" + seat)) {
                experts.add(f.text("seat" + seat));
            }
        }
        return act(submissionId, "assign", values, "assigned",
                () -> assignments.assign(submissionId, experts, f.text("rapporteur"), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/seats/{seat}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@PathParam("submissionId") long submissionId, @PathParam("seat") int seat,
            MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        String expert = new FormValues(values, new LinkedHashMap<>()).text("expert");
        return act(submissionId, "reassign-" + seat, values, "reassigned",
                () -> assignments.reassign(submissionId, seat, expert, currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/assignments/{assignmentId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("submissionId") long submissionId,
            @PathParam("assignmentId") long assignmentId, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        FormValues f = new FormValues(values, new LinkedHashMap<>());
        String reason = f.text("reason");
        EndReason chosen = null;
        for (EndReason r : Assignments.REMOVAL_REASONS) {
            chosen = r.name().equals(reason) ? r : chosen;
        }
        EndReason why = chosen;
        return act(submissionId, "remove-" + assignmentId, values, "removed", () -> {
            ownAssignment(submissionId, assignmentId);
            assignments.remove(assignmentId, why, f.text("note"), currentUser.username());
        });
    }

    @POST
    @Path("/{submissionId}/rapporteur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rapporteur(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        String expert = new FormValues(values, new LinkedHashMap<>()).text("expert");
        return act(submissionId, "rapporteur", values, "rapporteur",
                () -> assignments.chooseRapporteur(submissionId, expert, currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/assignments/{assignmentId}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("submissionId") long submissionId,
            @PathParam("assignmentId") long assignmentId, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        String reason = new FormValues(values, new LinkedHashMap<>()).text("reason");
        return act(submissionId, "reopen-" + assignmentId, values, "reopened", () -> {
            ownAssignment(submissionId, assignmentId);
            scoring.reopen(assignmentId, reason, currentUser.username());
        });
    }

    /** The Evaluation Summary Report for a logged-in officer or auditor (lang it or en), as the API gives it. */
    @GET
    @Path("/{submissionId}/report")
    @Produces
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public Response report(@PathParam("submissionId") long submissionId, @QueryParam("lang") String lang) {
        return PdfResponses.pdf(reports.read(submissionId, lang, currentUser.username()));
    }

    // -------------------------------------------------------------------------------------------------------------

    /** A form's assignment must be of this page's panel: another's is not found here. */
    private void ownAssignment(long submissionId, long assignmentId) {
        boolean ours = board.panel(submissionId).history().stream().anyMatch(a -> a.id() == assignmentId);
        if (!ours) {
            throw ProblemException.notFound("Assignment", assignmentId);
        }
    }

    private Response act(long submissionId, String action, Map<String, String> values, String done, Runnable act) {
        try {
            act.run();
            return Response.seeOther(URI.create("/officer/evaluations/" + submissionId + "?done=" + done)).build();
        } catch (ProblemException problem) {
            Map<String, String> errors = new LinkedHashMap<>();
            problem.errors().forEach(e -> errors.putIfAbsent(e.field().replaceAll("\\[\\d+]$", ""), e.message()));
            if (errors.isEmpty()) {
                errors.put("form", problem.getMessage());
            }
            return Response.status(problem.status())
                    .entity(render(submissionId, action, errors, values, null)).build();
        }
    }

    private String render(long submissionId, String action, Map<String, String> errors, Map<String, String> form,
            String done) {
        EvaluationBoard.Panel heading = board.panel(submissionId); // 404 when there is no evaluation
        PanelProposal panel = assignments.propose(submissionId);
        Consensus.ConsensusView view = consensus.view(submissionId, currentUser.username());
        Map<String, String> typed = form == null ? Map.of() : form;
        return pages.render(new OfficerEvaluation(panel, view, heading.leadName(), action, errors, typed, done,
                Assignments.REMOVAL_REASONS.stream().map(Enum::name).sorted().toList(), currentUser.isOfficer(),
                new State(panel, view, action, errors, typed)));
    }
}
