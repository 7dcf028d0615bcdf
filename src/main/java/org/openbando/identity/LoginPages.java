package org.openbando.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.shared.web.Pages;

/**
 * The login form (it posts to Quarkus' form authentication at /j_security_check, with the form token that
 * {@code shared.web.CrossSiteGuard} checks) and logout, a form of every page's header (a POST with its token: a
 * link or an image elsewhere cannot log anybody out), which ends the user's sessions on the server ({@link Sessions}).
 */
@Path("/")
@PermitAll
public class LoginPages {

    /** The page's template, checked at build time: {@code templates/login.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance login(boolean error, boolean refused);
    }

    private final Pages pages;
    private final CurrentUser currentUser;
    private final Sessions sessions;
    private final String cookieName;
    private final String cookiePath;

    public LoginPages(Pages pages, CurrentUser currentUser, Sessions sessions,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath) {
        this.pages = pages;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    /** {@code error}: wrong username or password; {@code refused}: the form's token was missing or wrong. */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public String login(@QueryParam("error") boolean error, @QueryParam("refused") boolean refused) {
        return pages.render(Templates.login(error, refused));
    }

    /**
     * Ends the user's sessions on the server (a copied cookie stops working) and in the browser: the session cookie is
     * replaced by an expired one, through Vert.x's cookie jar, so that it also replaces a renewed session cookie that
     * the form authentication added to this response.
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(RoutingContext routing) {
        if (currentUser.isAuthenticated()) { // on the server too: a copy of the cookie stops working
            sessions.endAll(currentUser.username(), currentUser.username(), "logged out");
        }
        routing.response().addCookie(Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0));
        return Response.seeOther(URI.create("/")).build();
    }
}
