package org.openbando.proposal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openbando.call.Line;
import org.openbando.identity.Role;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/**
 * The applicant's proposal pages: my proposals, one proposal with what still blocks it, submission with a
 * confirmation (each rendering carries its own Idempotency-Key, so a double click submits once), the receipt and
 * withdrawal. They go through the same services as the API.
 */
@Path("/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPLICANT)
public class ProposalPages {

    private final Template proposals;
    private final Template proposal;
    private final ProposalService drafts;
    private final SubmissionService submissions;
    private final AdmissibilityService admissibility;
    private final Pages pages;

    public ProposalPages(@Location("proposals.html") Template proposals, @Location("proposal.html") Template proposal,
            ProposalService drafts, SubmissionService submissions, AdmissibilityService admissibility, Pages pages) {
        this.admissibility = admissibility;
        this.proposals = proposals;
        this.proposal = proposal;
        this.drafts = drafts;
        this.submissions = submissions;
        this.pages = pages;
    }

    @GET
    public String list() {
        return renderList(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("callId") Long callId, @FormParam("line") Line line) {
        try {
            ProposalView view = drafts.create(new ProposalService.NewDraft(callId, line));
            return Response.seeOther(URI.create("/proposals/" + view.id())).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderList(problem.getMessage())).build();
        }
    }

    @GET
    @Path("/{id}")
    public String show(@PathParam("id") long id, @QueryParam("submitted") boolean submitted,
            @QueryParam("withdrawn") boolean withdrawn, @QueryParam("answered") boolean answered) {
        return render(id, submitted, withdrawn, answered, null);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, @FormParam("confirm") boolean confirm,
            @FormParam("key") String key) {
        if (!confirm) {
            return Response.status(400).entity(render(id, false, false, pages.msg().prop_confirm())).build();
        }
        try {
            submissions.submit(id, key);
            return Response.seeOther(URI.create("/proposals/" + id + "?submitted=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    @POST
    @Path("/{id}/withdraw")
    public Response withdraw(@PathParam("id") long id) {
        try {
            submissions.withdraw(id);
            return Response.seeOther(URI.create("/proposals/" + id + "?withdrawn=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    private String renderList(String error) {
        return pages.render(proposals.data("proposals", drafts.list()).data("error", error));
    }

    @POST
    @Path("/{id}/{answer: completion|observations}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @PathParam("answer") String answer, @FormParam("text") String text) {
        try {
            AdmissibilityService.Answer body = new AdmissibilityService.Answer(text);
            if (answer.equals("completion")) {
                admissibility.complete(id, body);
            } else {
                admissibility.observe(id, body);
            }
            return Response.seeOther(URI.create("/proposals/" + id + "?answered=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    private String render(long id, boolean submitted, boolean withdrawn, String error) {
        return render(id, submitted, withdrawn, false, error);
    }

    private String render(long id, boolean submitted, boolean withdrawn, boolean answered, String error) {
        ProposalView view = drafts.get(id);
        SubmissionReceipt receipt = view.status().isSubmitted() ? submissions.current(id) : null;
        List<FieldViolation> issues = receipt == null ? drafts.blockingIssues(id) : List.of();
        String answer = switch (view.status()) {
            case COMPLETION_REQUESTED -> "completion";
            case REJECTION_NOTIFIED -> "observations";
            default -> null;
        };
        return pages.render(proposal.data("p", view).data("receipt", receipt).data("issues", issues)
                .data("key", UUID.randomUUID().toString()).data("submitted", submitted)
                .data("withdrawn", withdrawn).data("answered", answered).data("error", error)
                .data("withdrawable", ProposalStatus.IN_REVIEW.contains(view.status()))
                .data("answer", answer).data("review", admissibility.review(id))
                .data("eligibility", admissibility.eligibility(id)).data("timeline", admissibility.timeline(id)));
    }
}
