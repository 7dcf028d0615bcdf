package org.openbando.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

/** The administrators' incidents: what failed and needs a person (docs/api.md, "Incidents"). */
@Path("/api/admin/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Incidents", description = "Failed jobs, process starts that failed, integrity alarms (administrators)")
public class IncidentResource {

    private final Incidents incidents;

    public IncidentResource(Incidents incidents) {
        this.incidents = incidents;
    }

    @GET
    @Operation(summary = "Every open incident, newest first: failed jobs of the engine (FAILED_JOB), submissions whose "
            + "process could not start (PROCESS_START) and stored bytes that no longer match their hash (INTEGRITY)")
    public List<Incidents.Incident> list() {
        return incidents.list();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry: the failed job runs again at once (SCHEDULED), or the process of the submission is "
            + "started now (STARTED, or FAILED_AGAIN with the cause)")
    @APIResponse(responseCode = "404", description = "There is no such open incident")
    @APIResponse(responseCode = "409", description = "not-retryable: an integrity alarm (restore the bytes, then close it)")
    public Incidents.Retry retry(@PathParam("id") String id) {
        return incidents.retry(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close an integrity alarm once the stored bytes are restored (a download that still finds "
            + "them altered raises a new one)")
    @APIResponse(responseCode = "404", description = "There is no such open incident")
    @APIResponse(responseCode = "409", description = "not-closable: a failed job or process start closes when it "
            + "succeeds: retry it")
    public Incidents.Incident close(@PathParam("id") String id) {
        return incidents.close(id);
    }
}
