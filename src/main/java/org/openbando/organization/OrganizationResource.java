package org.openbando.organization;

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

@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Enterprises and research organisations, SME size test, cluster membership")
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Register an organisation; the registering applicant becomes its legal representative")
    @APIResponse(responseCode = "201", description = "Registered, with the SME size computation")
    @APIResponse(responseCode = "400", description = "A field is invalid (e.g. the VAT check digit); problem+json names it")
    @APIResponse(responseCode = "409", description = "VAT number already registered, or the applicant already acts for one")
    public Response register(@NotNull(message = "a JSON body is required") OrganizationRequest request, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        OrganizationView view = organizations.register(request, ApiLanguage.of(headers));
        return Response.created(URI.create("/api/organizations/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Organisations the caller may read (an applicant: its own)")
    public List<OrganizationView> list(@jakarta.ws.rs.core.Context HttpHeaders headers) {
        return organizations.list(ApiLanguage.of(headers));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One organisation with its size computation; 404 when the caller may not read it")
    public OrganizationView get(@PathParam("id") long id, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return organizations.get(id, ApiLanguage.of(headers));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Update the organisation the applicant acts for; send the version you read")
    @APIResponse(responseCode = "409", description = "Someone else changed it since you read it")
    public OrganizationView update(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") OrganizationRequest request,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return organizations.update(id, request, ApiLanguage.of(headers));
    }
}
