package org.openbando.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;

/** The administrators' outbox of e-mail messages (docs/api.md, "Outbox"). */
@Path("/api/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Outbox", description = "E-mail messages to users and their delivery (administrators)")
public class OutboxResource {

    private final Outbox outbox;
    private final CurrentUser currentUser;

    public OutboxResource(Outbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The latest messages, newest first: to whom, what, and where their delivery stands (PENDING, "
            + "SENT, FAILED after every attempt, UNDELIVERABLE: no address, disabled user, nobody acts for the "
            + "organisation), with the attempts and the last error")
    @APIResponse(responseCode = "400", description = "validation: limit out of 1..200, or an unknown status")
    public List<Outbox.MessageView> list(
            @Parameter(description = "PENDING, SENT, FAILED or UNDELIVERABLE; all when absent") @QueryParam("status")
            String status,
            @Parameter(description = "How many, 1 to 200 (default 50)") @QueryParam("limit") Integer limit) {
        return outbox.latest(status(status), limit);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a pending or failed message at the sender's next round (within seconds)")
    @APIResponse(responseCode = "404", description = "There is no such message")
    @APIResponse(responseCode = "409", description = "not-retryable: the message was sent, or is undeliverable")
    public Outbox.MessageView retry(@PathParam("id") long id) {
        return outbox.retry(id, currentUser.username());
    }

    /** A status named by a query parameter (null: all). */
    static MessageStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String name = status.strip().toUpperCase(Locale.ROOT);
        for (MessageStatus s : MessageStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "must be one of PENDING, SENT, FAILED, UNDELIVERABLE");
    }
}
