package org.openbando.identity;

import io.quarkus.qute.Template;
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

    private final Template login;
    private final Pages pages;
    private final String cookieName;

    public LoginPages(Template login, Pages pages,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.login = login;
        this.pages = pages;
        this.cookieName = cookieName;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public String login(@QueryParam("error") boolean error) {
        return pages.render(login.data("error", error));
    }

    @GET
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
