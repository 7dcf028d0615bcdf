package org.openbando.ranking;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.call.Line;
import org.openbando.document.DocumentService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The officer's ranking board of a call ({@code /officer/calls/{id}/ranking}): per line the draft or approved
 * ranking (positions, ties and how they were broken, requested and allocated grants, the lists with their reasons),
 * the money (budget, moved between lines, allocated, remainder); in the draft, the exclusion of a proposal with a
 * reason, its reinstatement and the approval; once approved, the act of each line, the reserve list's validity and
 * the movements up the reserve list with the confirmation of the proposed ones. Officers act; auditors read (every
 * POST refuses them). The acts go through {@link Rankings}, like the API.
 */
@Path("/officer/calls/{id}/ranking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class RankingPages {

    /** Longest reason of an exclusion a form takes. */
    public static final int MAX_REASON = 2000;

    /**
     * The page ({@code templates/officer-ranking.html}), checked at build time.
     *
     * @param lines   the ranking of each line (A then B); empty while no ranking was drafted
     * @param action  the form the errors are about ({@code exclude-17}, {@code reinstate-17}, {@code approve},
     *                {@code confirm-3}), or null
     * @param errors  the message under each input of that form, by input name ({@code form}: the whole form)
     * @param done    what the last act did ({@code excluded}, {@code reinstated}, {@code approved}, {@code confirmed})
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record OfficerRanking(CallView call, List<RankingView> lines, List<Movement> movements, boolean officer,
            String action, Map<String, String> errors, Map<String, String> form, String done, Board board)
            implements TemplateInstance {
    }

    /** What the page derives from the ranking and the last form. */
    public record Board(List<RankingView> lines, String action, Map<String, String> errors,
            Map<String, String> form) {

        public boolean drafted() {
            return !lines.isEmpty();
        }

        public boolean draft() {
            return drafted() && lines.get(0).status() == RankingStatus.DRAFT;
        }

        public boolean approved() {
            return drafted() && lines.get(0).status() == RankingStatus.APPROVED;
        }

        /** The version the forms send back (the draft's). */
        public long version() {
            return drafted() ? lines.get(0).version() : 0;
        }

        /** The fundable proposals of a line in the order of the ranking (funded, then reserve). */
        public List<RankingView.Entry> ranked(RankingView view) {
            return view.entries().stream().filter(e -> e.position() != null)
                    .sorted(java.util.Comparator.comparing(RankingView.Entry::position)).toList();
        }

        public List<RankingView.Entry> list(RankingView view, String list) {
            return view.list(RankingList.valueOf(list));
        }

        /** The code of a reason or a tie-break ({@code CRITERION_BELOW_MINIMUM:QUALITY} gives the part before :). */
        public String code(String reason) {
            int colon = reason == null ? -1 : reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }

        /** What a reason or a tie-break names after its code (a criterion), or "". */
        public String argument(String reason) {
            int colon = reason == null ? -1 : reason.indexOf(':');
            return colon < 0 ? "" : reason.substring(colon + 1);
        }

        public boolean moved(java.math.BigDecimal amount) {
            return amount != null && amount.signum() != 0;
        }

        public String error(String formName, String field) {
            return formName.equals(action) ? errors.get(field) : null;
        }

        public String error(String formName, Object id, String field) {
            return error(formName + "-" + id, field);
        }

        /** What the officer typed in a failed form (null for another form). */
        public String typed(String formName, Object id, String field) {
            return (formName + "-" + id).equals(action) ? form.get(field) : null;
        }
    }

    private final Rankings rankings;
    private final CallService calls;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Pages pages;

    public RankingPages(Rankings rankings, CallService calls, DocumentService documents, CurrentUser currentUser,
            Pages pages) {
        this.rankings = rankings;
        this.calls = calls;
        this.documents = documents;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public String board(@PathParam("id") long id, @QueryParam("done") String done) {
        return render(id, null, Map.of(), Map.of(), done);
    }

    /** Excludes a proposal from the draft with a reason. */
    @POST
    @Path("/exclusions/{submissionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exclude(@PathParam("id") long id, @PathParam("submissionId") long submissionId,
            MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        return act(id, "exclude-" + submissionId, values, "excluded", () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            FormValues f = new FormValues(values, errors);
            String reason = f.text("reason");
            Long version = version(f, errors);
            if (reason == null && !errors.containsKey("reason")) {
                errors.put("reason", "is required: say why the proposal is excluded");
            } else if (reason != null && reason.length() > MAX_REASON) {
                errors.put("reason", "is longer than " + MAX_REASON + " characters");
            }
            refuse(errors);
            rankings.exclude(id, submissionId, reason, version, currentUser.username());
        });
    }

    /** Takes an exclusion back. */
    @POST
    @Path("/exclusions/{submissionId}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("id") long id, @PathParam("submissionId") long submissionId,
            MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        return act(id, "reinstate-" + submissionId, values, "reinstated", () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Long version = version(new FormValues(values, errors), errors);
            refuse(errors);
            rankings.reinstate(id, submissionId, version, currentUser.username());
        });
    }

    /** Approves the draft of both lines: the officer ticks the confirmation. */
    @POST
    @Path("/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        return act(id, "approve", values, "approved", () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            FormValues f = new FormValues(values, errors);
            Long version = version(f, errors);
            if (!f.checked("confirm")) {
                errors.put("confirm", "must be ticked: the approval issues the ranking acts and publishes them");
            }
            refuse(errors);
            rankings.approve(id, version, currentUser.username());
        });
    }

    /** Confirms a movement up the reserve list that awaits the officer. */
    @POST
    @Path("/movements/{movementId}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id, @PathParam("movementId") long movementId,
            MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        return act(id, "confirm-" + movementId, values, "confirmed",
                () -> rankings.confirmMovement(id, movementId, currentUser.username()));
    }

    /** The ranking act of a line (PDF/A, signed), once approved. */
    @GET
    @Path("/acts/{line}")
    @Produces
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public Response act(@PathParam("id") long id, @PathParam("line") String line) {
        return PdfResponses.pdf(actOf(rankings, documents, id, line));
    }

    // -------------------------------------------------------------------------------------------------------------

    /** The act of a line of an approved ranking: 404 for an unknown line, a draft, or an act not issued yet. */
    static org.openbando.document.DocumentFile actOf(Rankings rankings, DocumentService documents, long callId,
            String line) {
        Line l = "A".equals(line) ? Line.A : "B".equals(line) ? Line.B : null;
        if (l == null) {
            throw ProblemException.notFound("Ranking act", line);
        }
        RankingView view = rankings.view(callId, l);
        if (view.status() != RankingStatus.APPROVED || view.actDocumentId() == null) {
            throw ProblemException.notFound("Ranking act", line);
        }
        return documents.getForCall(callId, view.actDocumentId())
                .orElseThrow(() -> ProblemException.notFound("Ranking act", line));
    }

    /** The draft's version the form carries (a 400 naming {@code version} when it carries none). */
    private static Long version(FormValues f, Map<String, String> errors) {
        String raw = f.text("version");
        try {
            return raw == null ? missingVersion(errors) : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return missingVersion(errors);
        }
    }

    private static Long missingVersion(Map<String, String> errors) {
        errors.put("version", "the form carries no version: reload the page");
        return null;
    }

    private static void refuse(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.entrySet().stream()
                    .map(e -> new org.openbando.shared.Problem.FieldViolation(e.getKey(), e.getValue())).toList());
        }
    }

    private Response act(long id, String action, Map<String, String> values, String done, Runnable act) {
        try {
            act.run();
            return Response.seeOther(URI.create("/officer/calls/" + id + "/ranking?done=" + done)).build();
        } catch (ProblemException problem) {
            Map<String, String> errors = new LinkedHashMap<>();
            problem.errors().forEach(e -> errors.putIfAbsent(e.field().replaceAll("\\[\\d+]$", ""), e.message()));
            if (errors.isEmpty()) {
                errors.put("form", problem.getMessage());
            }
            return Response.status(problem.status()).entity(render(id, action, errors, values, null)).build();
        }
    }

    private String render(long id, String action, Map<String, String> errors, Map<String, String> form,
            String done) {
        CallView call = calls.get(id); // 404 for an unknown call
        List<RankingView> lines;
        List<Movement> movements;
        try {
            lines = rankings.views(id);
        } catch (ProblemException notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
            lines = List.of();
        }
        movements = !lines.isEmpty() && lines.get(0).status() == RankingStatus.APPROVED ? rankings.movements(id)
                : List.of();
        Map<String, String> typed = form == null ? Map.of() : form;
        return pages.render(new OfficerRanking(call, lines, movements, currentUser.isOfficer(), action, errors,
                typed, done, new Board(lines, action, errors, typed)));
    }
}
