package org.openbando.ranking;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openbando.document.DocumentService;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.web.Pages;

/**
 * The public rankings, no login: {@code /rankings} lists the calls whose ranking is published,
 * {@code /rankings/{callId}} shows a call's ranking per line as the movements up the reserve list have changed it
 * (what a ranking act publishes: never experts nor scores per criterion), with the links to its open data (CSV,
 * JSON) and to the ranking acts.
 */
@Path("/rankings")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicRankingPages {

    /** The pages' templates, checked at build time: {@code templates/rankings.html}, {@code templates/ranking.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance rankings(List<PublicRanking.CallRef> calls);

        static native TemplateInstance ranking(PublicRanking ranking);
    }

    private final Rankings rankings;
    private final DocumentService documents;
    private final Pages pages;

    public PublicRankingPages(Rankings rankings, DocumentService documents, Pages pages) {
        this.rankings = rankings;
        this.documents = documents;
        this.pages = pages;
    }

    @GET
    public String list() {
        return pages.render(Templates.rankings(rankings.publishedCalls()));
    }

    /** A call's published ranking; 404 before its publication. */
    @GET
    @Path("/{callId}")
    public String ranking(@PathParam("callId") long callId) {
        return pages.render(Templates.ranking(rankings.published(callId)));
    }

    /** The ranking act of a line, published with the ranking; 404 before. */
    @GET
    @Path("/{callId}/acts/{line}")
    @Produces
    public Response act(@PathParam("callId") long callId, @PathParam("line") String line) {
        rankings.published(callId); // 404 before the publication
        return PdfResponses.pdf(RankingPages.actOf(rankings, documents, callId, line));
    }
}
