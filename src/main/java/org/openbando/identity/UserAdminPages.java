package org.openbando.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/** The administrators' list of users, where they disable a user (with a reason) and enable them again. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class UserAdminPages {

    /** The page's template, checked at build time: {@code templates/admin-users.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param errorUser the user whose form was refused (0: none)
         * @param error     why
         */
        static native TemplateInstance adminUsers(List<IdentityResource.UserView> users, long errorUser, String error);
    }

    private final UserService users;
    private final CurrentUser currentUser;
    private final Pages pages;

    public UserAdminPages(UserService users, CurrentUser currentUser, Pages pages) {
        this.users = users;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    public String list() {
        return render(0, null);
    }

    @POST
    @Path("/{id}/{action: disable|enable}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        users.get(id);
        try {
            users.setDisabled(currentUser.username(), id, action.equals("disable"),
                    new UserService.StatusChange(FormValues.of(form).get("reason")));
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(render(id, problem.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    private String render(long errorUser, String error) {
        return pages.render(Templates.adminUsers(users.list().stream().map(IdentityResource.UserView::of).toList(),
                errorUser, error));
    }
}
