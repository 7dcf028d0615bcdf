package org.openbando.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.shared.web.Pages;

/**
 * The login form (it posts to Quarkus' form authentication at /j_security_check) and logout, which ends the user's
 * sessions on the server ({@link Sessions}).
 */
@Path("/")
public class LoginPages {

    /** The page's template, checked at build time: {@code templates/login.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance login(boolean error);
    }

    private final Pages pages;
    private final CurrentUser currentUser;
    private final Sessions sessions;
    private final String cookieName;

    public LoginPages(Pages pages, CurrentUser currentUser, Sessions sessions,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.pages = pages;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.cookieName = cookieName;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public String login(@QueryParam("error") boolean error) {
        return pages.render(Templates.login(error));
    }

    @GET
    @Path("logout")
    public Response logout() {
        if (currentUser.isAuthenticated()) { // on the server too: a copy of the cookie stops working
            sessions.endAll(currentUser.username(), currentUser.username(), "logged out");
        }
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
