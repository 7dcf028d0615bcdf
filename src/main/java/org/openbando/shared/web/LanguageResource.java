package org.openbando.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.openbando.shared.Languages;

/** The language switch of the pages: remembers the choice in a cookie and goes back to the page. */
@Path("/lang")
@PermitAll
public class LanguageResource {

    /** A path of this site: one slash, then neither a slash nor a backslash (browsers read both as another host). */
    static final java.util.regex.Pattern LOCAL_PATH = java.util.regex.Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    @GET
    @Path("/{lang}")
    public Response switchTo(@PathParam("lang") String lang, @QueryParam("back") String back) {
        String chosen = Languages.code(lang);
        // only a local path: never an open redirect to another site
        String target = back != null && LOCAL_PATH.matcher(back).matches() ? back : "/";
        NewCookie cookie = new NewCookie.Builder(PageContext.LANG_COOKIE).value(chosen).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
