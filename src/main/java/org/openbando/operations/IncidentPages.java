package org.openbando.operations;

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
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/** The administrators' incidents page: what failed, its cause, and a retry (or, for an integrity alarm, close). */
@Path("/admin/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class IncidentPages {

    /** The page's template, checked at build time: {@code templates/admin-incidents.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param outcome what the last retry did ({@link Incidents.Retry#outcome()}), or null
         * @param closed  whether an incident was just closed
         * @param error   why the last action was refused, or null
         */
        static native TemplateInstance adminIncidents(List<Incidents.Incident> incidents, String outcome,
                boolean closed, String error);
    }

    private final Incidents incidents;
    private final Pages pages;

    public IncidentPages(Incidents incidents, Pages pages) {
        this.incidents = incidents;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("outcome") String outcome, @QueryParam("closed") boolean closed) {
        String shown = outcome != null && List.of("SCHEDULED", "STARTED", "FAILED_AGAIN").contains(outcome) ? outcome
                : null;
        return render(shown, closed, null);
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        try {
            Incidents.Retry retry = incidents.retry(id);
            return Response.seeOther(URI.create("/admin/incidents?outcome=" + retry.outcome())).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(null, false, problem.getMessage())).build();
        }
    }

    @POST
    @Path("/{id}/close")
    public Response close(@PathParam("id") String id) {
        try {
            incidents.close(id);
            return Response.seeOther(URI.create("/admin/incidents?closed=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(null, false, problem.getMessage())).build();
        }
    }

    private String render(String outcome, boolean closed, String error) {
        return pages.render(Templates.adminIncidents(incidents.list(), outcome, closed, error));
    }
}
