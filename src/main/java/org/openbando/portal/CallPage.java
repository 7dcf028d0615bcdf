package org.openbando.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.openbando.call.CallService;
import org.openbando.call.CallStatus;
import org.openbando.call.CallView;
import org.openbando.proposal.ProposalService;
import org.openbando.ranking.Rankings;
import org.openbando.shared.web.Pages;

/**
 * A call's public page: its lines, budget, timeline, areas and rules; to an applicant, the lines its organisation may
 * lead a proposal on, and why not the other (the line's eligibility rule on its facts today).
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CallPage {

    /** The page's template, checked at build time: {@code templates/call.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param offers           the lines offered to the visitor, by the line's name (empty: both, nothing said)
         * @param rankingPublished whether the call's ranking is published (the page links it)
         */
        static native TemplateInstance call(CallView call, Map<String, ProposalService.LineOffer> offers,
                boolean rankingPublished);
    }

    private final CallService calls;
    private final ProposalService proposals;
    private final Rankings rankings;
    private final Pages pages;

    public CallPage(CallService calls, ProposalService proposals, Rankings rankings, Pages pages) {
        this.calls = calls;
        this.rankings = rankings;
        this.proposals = proposals;
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public String call(@PathParam("id") long id) {
        Map<String, ProposalService.LineOffer> offers = new HashMap<>();
        proposals.lineOffers(pages.locale()).forEach(o -> offers.put(o.line().name(), o));
        CallView call = calls.get(id);
        boolean published = (call.status() == CallStatus.CLOSED || call.status() == CallStatus.CONCLUDED)
                && rankings.publishedCalls().stream().anyMatch(r -> r.callId() == id);
        return pages.render(Templates.call(call, offers, published));
    }
}
