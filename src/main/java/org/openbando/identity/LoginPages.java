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

/** The login form (it posts to Quarkus' form authentication at /j_security_check) and logout. */
@Path("/")
public class LoginPages {

    /** The page's template, checked at build time: {@code templates/login.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance login(boolean error);
    }

    private final Pages pages;
    private final String cookieName;

    public LoginPages(Pages pages, @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.pages = pages;
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
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
