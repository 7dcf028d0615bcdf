package org.openbando.organization;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

@Path("/api/organization-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization claims", description = "Getting back a VAT number registered by someone else")
public class VatClaimResource {

    private final VatClaims claims;

    public VatClaimResource(VatClaims claims) {
        this.claims = claims;
    }

    @POST
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Claim the organisation registered with your company's VAT number by someone else")
    @APIResponse(responseCode = "201", description = "Filed; an officer verifies it")
    @APIResponse(responseCode = "400", description = "A field is invalid, or no organisation has that VAT number")
    @APIResponse(responseCode = "409", description = "You already act for an organisation, or already claimed it")
    public Response file(@NotNull(message = "a JSON body is required") VatClaims.ClaimRequest request) {
        VatClaims.ClaimView view = claims.file(request);
        return Response.created(URI.create("/api/organization-claims/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Claims: all for officers, auditors and administrators (pending first); an applicant's own")
    public List<VatClaims.ClaimView> list() {
        return claims.list();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One claim; 404 when it is neither yours nor are you an officer, auditor or administrator")
    public VatClaims.ClaimView get(@PathParam("id") long id) {
        return claims.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Approve a verified claim: the organisation moves to the claimant (a reason is required)")
    @APIResponse(responseCode = "409", description = "Already decided, or the claimant acts for another organisation")
    public VatClaims.ClaimView approve(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") VatClaims.Decision decision) {
        return claims.approve(id, decision);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Reject a claim, with the reason")
    @APIResponse(responseCode = "409", description = "Already decided")
    public VatClaims.ClaimView reject(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") VatClaims.Decision decision) {
        return claims.reject(id, decision);
    }
}
