package org.openbando.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.openbando.call.CallService;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.web.Pages;

/**
 * A call's public page: its lines, budget, timeline, areas and rules; to an applicant, the lines its organisation may
 * lead a proposal on, and why not the other (the line's eligibility rule on its facts today).
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
public class CallPage {

    private final Template call;
    private final CallService calls;
    private final ProposalService proposals;
    private final Pages pages;

    public CallPage(@Location("call.html") Template call, CallService calls, ProposalService proposals, Pages pages) {
        this.call = call;
        this.calls = calls;
        this.proposals = proposals;
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public String call(@PathParam("id") long id) {
        Map<String, ProposalService.LineOffer> offers = new HashMap<>();
        proposals.lineOffers(pages.locale()).forEach(o -> offers.put(o.line().name(), o));
        return pages.render(call.data("call", calls.get(id)).data("offers", offers));
    }
}
