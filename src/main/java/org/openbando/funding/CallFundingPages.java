package org.openbando.funding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.identity.Role;
import org.openbando.shared.web.Pages;

/**
 * The funded projects of a call ({@code /officer/calls/{id}/funding}) for officers and auditors, in ranking order:
 * each with its concession's status, the Line B joining and the terms running, linked to its checklist
 * ({@link ConcessionPages}).
 */
@Path("/officer/calls/{id}/funding")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.OFFICER, Role.AUDITOR})
public class CallFundingPages {

    /** The list ({@code templates/officer-call-funding.html}), checked at build time. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record OfficerCallFunding(long callId, String callCode, String callTitle, List<AwardView> awards)
            implements TemplateInstance {
    }

    private final Awards awards;
    private final CallService calls;
    private final Pages pages;

    public CallFundingPages(Awards awards, CallService calls, Pages pages) {
        this.awards = awards;
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    public String list(@PathParam("id") long callId) {
        CallView call = calls.get(callId); // 404 for an unknown call
        return pages.render(new OfficerCallFunding(callId, call.code(), call.title(), awards.ofCall(callId)));
    }
}
