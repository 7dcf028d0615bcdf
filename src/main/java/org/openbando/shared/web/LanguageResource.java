package org.openbando.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
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
        URI target = back != null && LOCAL_PATH.matcher(back).matches() ? local(back) : null;
        NewCookie cookie = new NewCookie.Builder(PageContext.LANG_COOKIE).value(chosen).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(target == null ? URI.create("/") : target).cookie(cookie).build();
    }

    /** The path as a URI; null when it is not one (a {@code |} or {@code "} that no page of the site has). */
    private static URI local(String path) {
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
