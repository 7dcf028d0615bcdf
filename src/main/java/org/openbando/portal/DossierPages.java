package org.openbando.portal;

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
import java.util.stream.Collectors;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.eligibility.ProposalTimeline;
import org.openbando.identity.Role;
import org.openbando.proposal.ProposalDocuments;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalTexts;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;

/**
 * The officer's dossier of one proposal: the proposal as submitted, the eligibility results with their reasons, the
 * review so far, the documents and the timeline, with the decision form. It composes the phases' public services and
 * decides nothing itself: the decision goes through {@link AdmissibilityReview}, like the API's.
 */
@Path("/officer/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class DossierPages {

    private final Template dossier;
    private final AdmissibilityReview review;
    private final EligibilityChecks checks;
    private final ProposalTimeline timeline;
    private final ProposalService proposals;
    private final SubmissionService submissions;
    private final ProposalDocuments documents;
    private final Pages pages;

    public DossierPages(@Location("officer-proposal.html") Template dossier, AdmissibilityReview review,
            EligibilityChecks checks, ProposalTimeline timeline, ProposalService proposals,
            SubmissionService submissions, ProposalDocuments documents, Pages pages) {
        this.dossier = dossier;
        this.review = review;
        this.checks = checks;
        this.timeline = timeline;
        this.proposals = proposals;
        this.submissions = submissions;
        this.documents = documents;
        this.pages = pages;
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
            AdmissibilityReview.Decision decision = values.get("decision") == null ? null
                    : AdmissibilityReview.Decision.valueOf(values.get("decision"));
            review.decide(id, new AdmissibilityReview.DecisionRequest(decision, lines(values.get("missing")),
                    lines(values.get("reasons")), values.get("answerToObservations"), values.get("notes")));
            return Response.seeOther(URI.create("/officer/proposals/" + id + "?decided=true")).build();
        } catch (IllegalArgumentException unknown) {
            return Response.status(400).entity(render(id, false, values, "decision: " + unknown.getMessage())).build();
        } catch (ProblemException problem) {
            String detail = problem.errors() == null || problem.errors().isEmpty() ? problem.getMessage()
                    : problem.errors().stream().map(e -> e.field() + ": " + e.message())
                            .collect(Collectors.joining("; "));
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
        List<AdmissibilityReview.Decision> decisions = AdmissibilityReview.Decision.allowedAt(view.status());
        return pages.render(dossier.data("p", view).data("receipt", receipt)
                .data("eligibility", checks.results(id, pages.locale())).data("review", review.review(id))
                .data("timeline", timeline.timeline(id, pages.locale())).data("documents", documents.list(id))
                .data("awaiting", !decisions.isEmpty())
                .data("finalReview", view.status() == ProposalStatus.FINAL_REVIEW)
                .data("decisions", decisions.stream().map(Enum::name).toList())
                .data("statusText", pages.texts(ProposalTexts.class).status(view.status().name()))
                .data("form", form).data("decided", decided).data("error", error));
    }
}
