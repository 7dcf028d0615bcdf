package org.openbando.proposal;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;
import org.openbando.shared.ApiLanguage;
import org.openbando.shared.Problem.FieldViolation;

@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Drafting, submitting and withdrawing proposals")
public class ProposalResource {

    private final ProposalService proposals;
    private final SubmissionService submissions;
    private final AdmissibilityService admissibility;
    private final ProposalDocuments documents;

    public ProposalResource(ProposalService proposals, SubmissionService submissions,
            AdmissibilityService admissibility, ProposalDocuments documents) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.admissibility = admissibility;
        this.documents = documents;
    }

    @POST
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Start a draft for a line of a published call, led by the enterprise the applicant acts for")
    @APIResponse(responseCode = "201", description = "The empty draft")
    @APIResponse(responseCode = "409", description = "No organisation, not an enterprise, or the call is closed")
    public Response create(@NotNull(message = "a JSON body is required") ProposalService.NewDraft request) {
        ProposalView view = proposals.create(request);
        return Response.created(URI.create("/api/proposals/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Proposals the caller may read (an applicant: its organisation's)")
    public List<ProposalView> list() {
        return proposals.list();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One proposal; 404 when the caller may not read it")
    public ProposalView get(@PathParam("id") long id) {
        return proposals.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Save a draft: the whole content and the version you read")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it, or it is not a draft")
    public ProposalView update(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") ProposalService.DraftUpdate request) {
        return proposals.update(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Submit: freezes the snapshot with its SHA-256, protocol number and receipt time; "
            + "acknowledged only once stored. A repeated request with the same Idempotency-Key returns the same receipt")
    @APIResponse(responseCode = "200", description = "The receipt: protocol number, receipt time (ms), SHA-256")
    @APIResponse(responseCode = "409", description = "Already submitted, the call is not open or is closed")
    @APIResponse(responseCode = "422", description = "Something blocks the submission; the problem lists it")
    public SubmissionReceipt submit(@PathParam("id") long id,
            @jakarta.ws.rs.HeaderParam("Idempotency-Key") String idempotencyKey) {
        return submissions.submit(id, idempotencyKey);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Withdraw the submission before the deadline; the proposal becomes a draft again")
    public SubmissionReceipt withdraw(@PathParam("id") long id) {
        return submissions.withdraw(id);
    }

    @GET
    @Path("/{id}/submission")
    @Authenticated
    @Operation(summary = "The receipt of the submission in force")
    public SubmissionReceipt submission(@PathParam("id") long id) {
        return submissions.current(id);
    }

    @GET
    @Path("/{id}/submission/snapshot")
    @Authenticated
    @Operation(summary = "The frozen snapshot exactly as stored and hashed (its SHA-256 is in the receipt and the ETag)")
    public Response snapshot(@PathParam("id") long id) {
        Submission submission = submissions.snapshot(id);
        return Response.ok(submission.snapshot, MediaType.APPLICATION_JSON).tag(submission.sha256).build();
    }

    @GET
    @Path("/{id}/receipt")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The receipt PDF/A of the submission in force (protocol number, receipt time, snapshot hash, "
            + "summary), byte-identical forever; 202 with Retry-After while it is being prepared")
    @APIResponse(responseCode = "200", description = "The PDF; ETag is its SHA-256")
    @APIResponse(responseCode = "202", description = "Being prepared: ask again after Retry-After seconds")
    public Response receipt(@PathParam("id") long id) {
        return documents.receipt(id).map(ProposalResource::pdf).orElseGet(() -> Response.accepted(
                java.util.Map.of("status", "PREPARING", "detail", "The receipt is being prepared: ask again shortly"))
                .type(MediaType.APPLICATION_JSON).header("Retry-After", "1").build());
    }

    @GET
    @Path("/{id}/documents")
    @Authenticated
    @Operation(summary = "The documents issued for the proposal (receipts, requests, notices, decisions), with hashes")
    public List<org.openbando.document.DocumentSummary> documents(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "One issued document, byte-identical to when it was issued; ETag is its SHA-256")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return pdf(documents.get(id, documentId));
    }

    static Response pdf(org.openbando.document.IssuedDocument document) {
        return AttachmentResource.pdf(document.content, document.fileName, document.sha256);
    }

    @GET
    @Path("/{id}/validation")
    @Authenticated
    @Operation(summary = "Everything that still blocks submission, each with its field and a sentence; empty when ready")
    public List<FieldViolation> validation(@PathParam("id") long id,
            @Context HttpHeaders headers) {
        return proposals.blockingIssues(id, ApiLanguage.of(headers));
    }

    @GET
    @Path("/{id}/eligibility")
    @Authenticated
    @Operation(summary = "The automatic eligibility checks of the submission in force: each rule with its outcome, "
            + "reason and inputs (state PENDING until they have run, right after the acknowledgement)")
    public AdmissibilityService.Eligibility eligibility(@PathParam("id") long id,
            @Context HttpHeaders headers) {
        return admissibility.eligibility(id, ApiLanguage.of(headers));
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "Officers' queue: submissions waiting for an admissibility decision (protocol order), then "
            + "those waiting for the checks or the applicant")
    public AdmissibilityService.Queue queue() {
        return admissibility.queue();
    }

    @GET
    @Path("/{id}/timeline")
    @Authenticated
    @Operation(summary = "The status timeline of the submission in force, from its process history: what, when, by whom")
    public List<AdmissibilityService.TimelineEntry> timeline(@PathParam("id") long id) {
        return admissibility.timeline(id);
    }

    @GET
    @Path("/{id}/admissibility")
    @Authenticated
    @Operation(summary = "The admissibility review: status, the open term if any, and every step with who and when")
    public AdmissibilityService.Review review(@PathParam("id") long id) {
        return admissibility.review(id);
    }

    @POST
    @Path("/{id}/admissibility")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: admit, request completion of documents (with the missing items) or reject (with the "
            + "reasons; a notice before rejection first when the call says so, then the final decision)")
    @APIResponse(responseCode = "409", description = "The proposal does not wait for an admissibility decision")
    public AdmissibilityService.Review decide(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityService.DecisionRequest request) {
        return admissibility.decide(id, request);
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Applicant: complete the documents requested, before the term ends; the checks run again")
    @APIResponse(responseCode = "409", description = "No request to answer, or its term has ended")
    public AdmissibilityService.Review complete(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityService.Answer answer) {
        return admissibility.complete(id, answer);
    }

    @POST
    @Path("/{id}/observations")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Applicant: observations on a notice before rejection, before the term ends")
    @APIResponse(responseCode = "409", description = "No notice to answer, or its term has ended")
    public AdmissibilityService.Review observe(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityService.Answer answer) {
        return admissibility.observe(id, answer);
    }
}
