package org.openbando.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.openbando.document.DocumentSummary;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.eligibility.EligibilityTexts;
import org.openbando.eligibility.ProposalTimeline;
import org.openbando.evaluation.EvaluationBoard;
import org.openbando.identity.Role;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.AttachmentView;
import org.openbando.proposal.FieldLabels;
import org.openbando.proposal.PartnerConsents;
import org.openbando.proposal.PdfResponses;
import org.openbando.proposal.ProposalDocuments;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalTexts;
import org.openbando.proposal.ProposalView;
import org.openbando.ranking.Rankings;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;

/**
 * The applicant's proposal pages: my proposals, one proposal with what still blocks it, submission with a
 * confirmation (each rendering carries its own Idempotency-Key, so a double click submits once), the receipt and
 * withdrawal, the attachments (list, upload, delete, download). They go through the same services as the API.
 */
@Path("/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPLICANT)
public class ProposalPages {

    /** The list's template, checked at build time: {@code templates/proposals.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param invitations the proposals of others that name the caller's organisation as partner
         * @param notice      what the last action did, or null
         */
        static native TemplateInstance proposals(List<ProposalView> proposals,
                List<PartnerConsents.Invitation> invitations, String error, String notice);
    }

    /**
     * A proposal's page ({@code templates/proposal.html}), a template record checked at build time: its components are
     * the template's values.
     *
     * @param receipt      the receipt of the submission in force, or null for a draft
     * @param issues       what blocks the submission of a draft, with the fields' labels
     * @param warnings     what the eligibility checks will find on the register's facts
     * @param key          the Idempotency-Key of this rendering's submit button
     * @param error        what went wrong with the last action, or null
     * @param notice       what the last action did, or null
     * @param kinds        the kinds of attachment the proposal's line takes
     * @param withdrawable whether the submission may be withdrawn
     * @param answer       the answer the applicant owes ({@code completion}, {@code observations}) or null
     * @param evaluationReport whether the ranking has released the Evaluation Summary Report to the applicant
     * @param standing     where the proposal stands in its call's published ranking, or null before the publication
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record Proposal(ProposalView p, SubmissionReceipt receipt, List<FieldLabels.Issue> issues,
            List<FieldViolation> warnings, String key, boolean submitted, boolean withdrawn, String error,
            String notice, List<AttachmentView> attachments, List<String> kinds, String maxSize, boolean withdrawable,
            String answer, AdmissibilityReview.Review review, EligibilityChecks.Eligibility eligibility,
            List<ProposalTimeline.TimelineEntry> timeline, List<DocumentSummary> documents,
            boolean evaluationReport, Rankings.Standing standing) implements TemplateInstance {
    }

    private final ProposalService drafts;
    private final SubmissionService submissions;
    private final AdmissibilityReview review;
    private final EligibilityChecks checks;
    private final ProposalTimeline timeline;
    private final AttachmentService attachments;
    private final ProposalDocuments documents;
    private final PartnerConsents consents;
    private final EvaluationBoard evaluations;
    private final Rankings rankings;
    private final Pages pages;

    public ProposalPages(ProposalService drafts, SubmissionService submissions, AdmissibilityReview review,
            EligibilityChecks checks, ProposalTimeline timeline, AttachmentService attachments,
            ProposalDocuments documents, PartnerConsents consents, EvaluationBoard evaluations, Rankings rankings,
            Pages pages) {
        this.evaluations = evaluations;
        this.rankings = rankings;
        this.documents = documents;
        this.consents = consents;
        this.drafts = drafts;
        this.submissions = submissions;
        this.review = review;
        this.checks = checks;
        this.timeline = timeline;
        this.attachments = attachments;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("confirmed") boolean confirmed, @QueryParam("unconfirmed") boolean unconfirmed) {
        ProposalTexts texts = pages.texts(ProposalTexts.class);
        return renderList(null, confirmed ? texts.invitation_confirmed() : unconfirmed
                ? texts.invitation_withdrawn() : null);
    }

    /** The caller's organisation confirms its participation in another's draft (its invitation). */
    @POST
    @Path("/{id}/consent")
    public Response confirm(@PathParam("id") long id) {
        try {
            consents.confirm(id);
            return Response.seeOther(URI.create("/proposals?confirmed=true#invitations")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderList(problem.getMessage(), null)).build();
        }
    }

    /** The caller's organisation withdraws its confirmation (a form cannot send DELETE). */
    @POST
    @Path("/{id}/consent/withdraw")
    public Response unconfirm(@PathParam("id") long id) {
        try {
            consents.withdraw(id);
            return Response.seeOther(URI.create("/proposals?unconfirmed=true#invitations")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderList(problem.getMessage(), null)).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("callId") Long callId, @FormParam("line") Line line) {
        try {
            ProposalView view = drafts.create(new ProposalService.NewDraft(callId, line));
            return Response.seeOther(URI.create("/proposals/" + view.id())).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderList(problem.getMessage(), null)).build();
        }
    }

    @GET
    @Path("/{id}")
    public String show(@PathParam("id") long id, @QueryParam("submitted") boolean submitted,
            @QueryParam("withdrawn") boolean withdrawn, @QueryParam("attached") boolean attached,
            @QueryParam("detached") boolean detached, @QueryParam("answered") boolean answered) {
        ProposalTexts texts = pages.texts(ProposalTexts.class);
        return render(id, submitted, withdrawn, null, attached ? texts.att_added() : detached ? texts.att_removed()
                : answered ? pages.texts(EligibilityTexts.class).answered() : null);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, @FormParam("confirm") boolean confirm,
            @FormParam("key") String key) {
        if (!confirm) {
            String unconfirmed = pages.texts(ProposalTexts.class).confirm();
            return Response.status(400).entity(render(id, false, false, unconfirmed)).build();
        }
        try {
            submissions.submit(id, key);
            return Response.seeOther(URI.create("/proposals/" + id + "?submitted=true")).build();
        } catch (ProblemException problem) { // a busy register asks the browser to wait too
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage()))
                    .header("Retry-After", problem.retryAfter().isPresent() ? problem.retryAfter().getAsInt() : null)
                    .build();
        }
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
            attachments.upload(id, PdfResponses.request(file, kind));
            return Response.seeOther(URI.create("/proposals/" + id + "?attached=true#attachments")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, false, false, problem.getMessage())).build();
        }
    }

    @POST
    @Path("/{id}/attachments/{attachmentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
        return PdfResponses.file(attachments.download(id, attachmentId));
    }

    /** An issued document (receipt, request, notice, decision) for a logged-in browser; the API's readers. */
    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces
    @Authenticated
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return PdfResponses.pdf(documents.get(id, documentId));
    }

    private String renderList(String error, String notice) {
        return pages.render(Templates.proposals(drafts.list(), consents.invitations(), error, notice));
    }

    @POST
    @Path("/{id}/{answer: completion|observations}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @PathParam("answer") String answer, @FormParam("text") String text) {
        try {
            AdmissibilityReview.Answer body = new AdmissibilityReview.Answer(text);
            if (answer.equals("completion")) {
                review.complete(id, body);
            } else {
                review.observe(id, body);
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
        List<FieldViolation> warnings = receipt == null ? drafts.warnings(id, pages.locale()) : List.of();
        String answer = switch (view.status()) {
            case COMPLETION_REQUESTED -> "completion";
            case REJECTION_NOTIFIED -> "observations";
            default -> null;
        };
        return pages.render(new Proposal(view, receipt, FieldLabels.of(issues, pages.locale()), warnings,
                UUID.randomUUID().toString(), submitted, withdrawn, error, notice, attachments.list(id),
                AttachmentService.kindsFor(view.line()).stream().map(Enum::name).toList(),
                attachments.maxSizeLabel(), ProposalStatus.IN_REVIEW.contains(view.status()), answer,
                review.review(id), checks.results(id, pages.locale()), timeline.timeline(id, pages.locale()),
                documents.list(id), view.status() == ProposalStatus.EVALUATED && evaluations.reportReleased(id),
                view.status() == ProposalStatus.EVALUATED || view.status() == ProposalStatus.INADMISSIBLE
                        ? rankings.standing(id).orElse(null) : null));
    }
}
