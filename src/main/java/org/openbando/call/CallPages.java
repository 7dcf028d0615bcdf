package org.openbando.call;

import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openbando.shared.web.Pages;

/** The public home page: open and upcoming calls (a call's own page is the portal's: it offers the lines). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CallPages {

    private final Template home;
    private final CallService calls;
    private final Pages pages;

    public CallPages(Template home, CallService calls, Pages pages) {
        this.home = home;
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    public String home() {
        return pages.render(home.data("calls", calls.open()));
    }

}
