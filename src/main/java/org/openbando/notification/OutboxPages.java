package org.openbando.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/** The administrators' outbox page: the latest e-mail messages, their delivery, and a retry. */
@Path("/admin/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class OutboxPages {

    /** The page's template, checked at build time: {@code templates/admin-outbox.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param status  the status shown (null: all)
         * @param retried whether a message was just put back in the queue
         * @param error   why the last action was refused, or null
         */
        static native TemplateInstance adminOutbox(List<Outbox.MessageView> messages, List<MessageStatus> statuses,
                MessageStatus status, boolean retried, String error);
    }

    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final Pages pages;

    public OutboxPages(Outbox outbox, CurrentUser currentUser, Pages pages) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("status") String status, @QueryParam("retried") boolean retried) {
        MessageStatus shown;
        try {
            shown = OutboxResource.status(status);
        } catch (ProblemException unknown) {
            shown = null;
        }
        return render(shown, retried, null);
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        try {
            outbox.retry(id, currentUser.username());
            return Response.seeOther(URI.create("/admin/outbox?retried=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(null, false, problem.getMessage())).build();
        }
    }

    private String render(MessageStatus status, boolean retried, String error) {
        return pages.render(Templates.adminOutbox(outbox.latest(status, Outbox.MAX_LIMIT),
                List.of(MessageStatus.values()), status, retried, error));
    }
}
