package org.openbando.eligibility;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openbando.identity.Role;
import org.openbando.shared.web.Pages;

/**
 * The officers' queue of the admissibility review: what waits for a decision first, in protocol order, then what waits
 * for the checks or the applicant. Each line opens the dossier (a page of the portal, which composes every phase).
 */
@Path("/officer/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class ReviewPages {

    /** The page's template, checked at build time: {@code templates/officer-proposals.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance officerProposals(List<Section> sections);
    }

    private final OfficerQueue officerQueue;
    private final Pages pages;

    public ReviewPages(OfficerQueue officerQueue, Pages pages) {
        this.officerQueue = officerQueue;
        this.pages = pages;
    }

    public record Section(String key, List<OfficerQueue.QueueItem> items) {
    }

    @GET
    public String queue() {
        OfficerQueue.Queue q = officerQueue.queue();
        return pages.render(Templates.officerProposals(List.of(new Section("awaiting", q.awaitingDecision()),
                new Section("in-progress", q.inProgress()))));
    }
}
