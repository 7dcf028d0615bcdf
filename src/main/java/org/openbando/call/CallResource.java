package org.openbando.call;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Calls for proposals: lines, budgets, timeline, rules; the call process moves their status")
public class CallResource {

    private final CallService calls;

    public CallResource(CallService calls) {
        this.calls = calls;
    }

    @GET
    @PermitAll
    @Operation(summary = "Published calls (public); officers, auditors and administrators also see drafts")
    public List<CallView.Summary> list() {
        return calls.list();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One call with its lines, rules, criteria, aid intensities and timeline (public once published)")
    @APIResponse(responseCode = "404", description = "No such call, or a draft the caller may not see")
    public CallView get(@PathParam("id") long id) {
        return calls.get(id);
    }

    @POST
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Create a draft call; omitted rules and criteria take the defaults")
    @APIResponse(responseCode = "201", description = "The draft call")
    @APIResponse(responseCode = "400", description = "A field breaks a rule; problem+json names it")
    public Response create(@NotNull(message = "a JSON body is required") CallRequest request) {
        CallView view = calls.create(request);
        return Response.created(URI.create("/api/calls/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Edit a draft call; send the version you read")
    @APIResponse(responseCode = "409", description = "Not a draft any more, or changed by someone else")
    public CallView update(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") CallRequest request) {
        return calls.update(id, request);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Publish a draft call: starts the call process (opens at the opening instant, closes at the deadline)")
    public CallView publish(@PathParam("id") long id,
            @Parameter(description = "The version you read; optional") @QueryParam("version") Long version) {
        return calls.publish(id, version);
    }
}
