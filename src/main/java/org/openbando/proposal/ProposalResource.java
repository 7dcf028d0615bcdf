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
import org.openbando.document.DocumentSummary;
import org.openbando.identity.Role;
import org.openbando.shared.ApiLanguage;
import org.openbando.shared.Problem.FieldViolation;

@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Drafting proposals and reading their documents")
public class ProposalResource {

    private final ProposalService proposals;
    private final ProposalDocuments documents;

    public ProposalResource(ProposalService proposals, ProposalDocuments documents) {
        this.proposals = proposals;
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

    @GET
    @Path("/{id}/documents")
    @Authenticated
    @Operation(summary = "The documents issued for the proposal (receipts, requests, notices, decisions), with hashes")
    public List<DocumentSummary> documents(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "One issued document, byte-identical to when it was issued; ETag is its SHA-256")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return PdfResponses.pdf(documents.get(id, documentId));
    }

    @GET
    @Path("/{id}/grant-estimate")
    @Authenticated
    @Operation(summary = "The estimated grant per partner and research category, with the explanation of each "
            + "intensity, from the saved budget and today's register facts (an estimate until the funding decision)")
    @APIResponse(responseCode = "200", description = "The estimate, explanations in the request's language")
    @APIResponse(responseCode = "404", description = "No such proposal, or the caller may not read it")
    public GrantEstimate grantEstimate(@PathParam("id") long id, @Context HttpHeaders headers) {
        return proposals.grantEstimate(id, ApiLanguage.of(headers));
    }

    @GET
    @Path("/{id}/validation")
    @Authenticated
    @Operation(summary = "Everything that still blocks submission, each with its field and a sentence; empty when ready")
    public List<FieldViolation> validation(@PathParam("id") long id,
            @Context HttpHeaders headers) {
        return proposals.blockingIssues(id, ApiLanguage.of(headers));
    }

}
