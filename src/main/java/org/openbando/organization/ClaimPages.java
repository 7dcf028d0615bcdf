package org.openbando.organization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/** The officer's page of VAT number claims: each with its statement and evidence, approved or rejected with a reason. */
@Path("/officer/claims")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class ClaimPages {

    /** The page's template, checked at build time: {@code templates/officer-claims.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /** @param decided a claim was just decided */
        static native TemplateInstance officerClaims(List<VatClaims.ClaimView> claims, boolean decided,
                String error);
    }

    private final VatClaims claims;
    private final Pages pages;

    public ClaimPages(VatClaims claims, Pages pages) {
        this.claims = claims;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("decided") boolean decided) {
        return pages.render(Templates.officerClaims(claims.list(), decided, null));
    }

    @POST
    @Path("/{id}/{decision: approve|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @PathParam("decision") String decision,
            @FormParam("reason") String reason) {
        try {
            VatClaims.Decision body = new VatClaims.Decision(reason);
            if (decision.equals("approve")) {
                claims.approve(id, body);
            } else {
                claims.reject(id, body);
            }
            return Response.seeOther(URI.create("/officer/claims?decided=true")).build();
        } catch (ProblemException problem) {
            String error = problem.errors().isEmpty() ? problem.getMessage()
                    : problem.errors().get(0).field() + ": " + problem.errors().get(0).message();
            return Response.status(problem.status()).entity(pages.render(Templates.officerClaims(claims.list(), false,
                    error))).build();
        }
    }
}
