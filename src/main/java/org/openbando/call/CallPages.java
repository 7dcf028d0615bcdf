package org.openbando.call;

import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openbando.shared.web.Pages;

/** The public pages: open and upcoming calls, and a call's detail. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CallPages {

    private final Template home;
    private final Template call;
    private final CallService calls;
    private final Pages pages;

    public CallPages(Template home, Template call, CallService calls, Pages pages) {
        this.home = home;
        this.call = call;
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    public String home() {
        return pages.render(home.data("calls", calls.open()));
    }

    @GET
    @Path("calls/{id}")
    public String call(@PathParam("id") long id) {
        return pages.render(call.data("call", calls.get(id)));
    }
}
