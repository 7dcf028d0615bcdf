package org.openbando.proposal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.call.Line;
import org.openbando.identity.Role;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/**
 * The applicant's proposal pages: my proposals, one proposal with what still blocks it, submission with a
 * confirmation (each rendering carries its own Idempotency-Key, so a double click submits once), the receipt and
 * withdrawal, the attachments (list, upload, delete, download). They go through the same services as the API.
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
    private final AttachmentService attachments;
    private final ProposalDocuments documents;
    private final Pages pages;

    public ProposalPages(@Location("proposals.html") Template proposals, @Location("proposal.html") Template proposal,
            ProposalService drafts, SubmissionService submissions, AdmissibilityService admissibility,
            AttachmentService attachments, ProposalDocuments documents, Pages pages) {
        this.documents = documents;
        this.proposals = proposals;
        this.proposal = proposal;
        this.drafts = drafts;
        this.submissions = submissions;
        this.admissibility = admissibility;
        this.attachments = attachments;
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
            @QueryParam("withdrawn") boolean withdrawn, @QueryParam("attached") boolean attached,
            @QueryParam("detached") boolean detached, @QueryParam("answered") boolean answered) {
        return render(id, submitted, withdrawn, null, attached ? pages.msg().att_added()
                : detached ? pages.msg().att_removed() : answered ? pages.msg().rev_answered() : null);
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

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("kind") String kind) {
        try {
            attachments.upload(id, AttachmentResource.request(file, kind));
            return Response.seeOther(URI.create("/proposals/" + id + "?attached=true#attachments")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    @POST
    @Path("/{id}/attachments/{attachmentId}/delete")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        try {
            attachments.delete(id, attachmentId);
            return Response.seeOther(URI.create("/proposals/" + id + "?detached=true#attachments")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    /** The download for a logged-in browser; the same readers as the API (officers and auditors too). */
    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces
    @Authenticated
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return AttachmentResource.file(attachments.download(id, attachmentId));
    }

    /** An issued document (receipt, request, notice, decision) for a logged-in browser; the API's readers. */
    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces
    @Authenticated
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return ProposalResource.pdf(documents.get(id, documentId));
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
        return render(id, submitted, withdrawn, error, null);
    }

    private String render(long id, boolean submitted, boolean withdrawn, String error, String notice) {
        ProposalView view = drafts.get(id);
        SubmissionReceipt receipt = view.status().isSubmitted() ? submissions.current(id) : null;
        List<FieldViolation> issues = receipt == null ? drafts.blockingIssues(id, pages.locale()) : List.of();
        String answer = switch (view.status()) {
            case COMPLETION_REQUESTED -> "completion";
            case REJECTION_NOTIFIED -> "observations";
            default -> null;
        };
        return pages.render(proposal.data("p", view).data("receipt", receipt).data("issues", issues)
                .data("key", UUID.randomUUID().toString()).data("submitted", submitted)
                .data("withdrawn", withdrawn).data("error", error).data("notice", notice)
                .data("attachments", attachments.list(id))
                .data("kinds", AttachmentService.kindsFor(view.line()).stream().map(Enum::name).toList())
                .data("maxSize", attachments.maxSizeLabel())
                .data("withdrawable", ProposalStatus.IN_REVIEW.contains(view.status()))
                .data("answer", answer).data("review", admissibility.review(id))
                .data("eligibility", admissibility.eligibility(id, pages.locale())).data("timeline", admissibility.timeline(id))
                .data("documents", documents.list(id)));
    }
}
