package org.openbando.call;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openbando.shared.web.Pages;

/** The public home page: open and upcoming calls (a call's own page is the portal's: it offers the lines). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CallPages {

    /** The page's template, checked at build time: {@code templates/home.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance home(List<CallView.Summary> calls);
    }

    private final CallService calls;
    private final Pages pages;

    public CallPages(CallService calls, Pages pages) {
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    public String home() {
        return pages.render(Templates.home(calls.open()));
    }

}
