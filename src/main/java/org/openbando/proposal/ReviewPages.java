package org.openbando.proposal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The officers' admissibility pages: the queue of submissions (what waits for a decision first, in protocol order)
 * and the dossier of one proposal (the snapshot, the eligibility results with reasons, the review so far, the
 * timeline) with the decision form. They go through {@link AdmissibilityService}, like the API.
 */
@Path("/officer/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class ReviewPages {

    private final Template queue;
    private final Template dossier;
    private final AdmissibilityService admissibility;
    private final ProposalService proposals;
    private final SubmissionService submissions;
    private final ProposalDocuments documents;
    private final Pages pages;

    public ReviewPages(@Location("officer-proposals.html") Template queue,
            @Location("officer-proposal.html") Template dossier, AdmissibilityService admissibility,
            ProposalService proposals, SubmissionService submissions, ProposalDocuments documents, Pages pages) {
        this.documents = documents;
        this.queue = queue;
        this.dossier = dossier;
        this.admissibility = admissibility;
        this.proposals = proposals;
        this.submissions = submissions;
        this.pages = pages;
    }

    public record Section(String key, List<AdmissibilityService.QueueItem> items) {
    }

    @GET
    public String queue() {
        AdmissibilityService.Queue q = admissibility.queue();
        return pages.render(queue.data("sections", List.of(new Section("awaiting", q.awaitingDecision()),
                new Section("in-progress", q.inProgress()))));
    }

    @GET
    @Path("/{id}")
    public String dossier(@PathParam("id") long id, @QueryParam("decided") boolean decided) {
        return render(id, decided, Map.of(), null);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        try {
            AdmissibilityService.Decision decision = values.get("decision") == null ? null
                    : AdmissibilityService.Decision.valueOf(values.get("decision"));
            admissibility.decide(id, new AdmissibilityService.DecisionRequest(decision, lines(values.get("missing")),
                    lines(values.get("reasons")), values.get("answerToObservations"), values.get("notes")));
            return Response.seeOther(URI.create("/officer/proposals/" + id + "?decided=true")).build();
        } catch (IllegalArgumentException unknown) {
            return Response.status(400).entity(render(id, false, values, "decision: " + unknown.getMessage())).build();
        } catch (ProblemException problem) {
            String detail = problem.errors() == null || problem.errors().isEmpty() ? problem.getMessage()
                    : problem.errors().stream().map(e -> e.field() + ": " + e.message())
                            .reduce((a, b) -> a + "; " + b).orElse("");
            return Response.status(problem.status()).entity(render(id, false, values, detail)).build();
        }
    }

    /** One item per non-blank line; null when there is none (the service says what is missing). */
    static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    private String render(long id, boolean decided, Map<String, String> form, String error) {
        ProposalView view = proposals.get(id);
        SubmissionReceipt receipt = view.status().isSubmitted() ? submissions.current(id) : null;
        boolean finalReview = view.status() == ProposalStatus.FINAL_REVIEW;
        List<String> decisions = finalReview ? List.of("ADMIT", "REJECT") : List.of("ADMIT", "REQUEST_COMPLETION", "REJECT");
        return pages.render(dossier.data("p", view).data("receipt", receipt)
                .data("eligibility", admissibility.eligibility(id, pages.locale())).data("review", admissibility.review(id))
                .data("timeline", admissibility.timeline(id)).data("documents", documents.list(id))
                .data("awaiting", ProposalStatus.AWAITING_OFFICER.contains(view.status()))
                .data("finalReview", finalReview).data("decisions", decisions)
                .data("statusText", pages.msg().prop_status(view.status().name()))
                .data("form", form).data("decided", decided).data("error", error));
    }
}
