package org.openbando.ranking;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Csv;

/**
 * The published rankings, for anyone (no login), as JSON and as CSV open data. The schema is documented in
 * docs/api.md ("Open data: rankings") and stable: columns and fields are only ever added at the end.
 */
@Path("/api/public/rankings")
@Tag(name = "Public rankings", description = "Published rankings and their open data (CSV, JSON)")
public class PublicRankingResource {

    /** The CSV's columns, in order (docs/api.md). */
    static final List<String> CSV_COLUMNS = List.of("call_code", "call_title", "line", "list", "status", "position",
            "protocol_number", "acronym", "title", "lead_name", "lead_vat_number", "total", "grant_eur", "partial",
            "approved_at", "reserve_valid_until");

    private final Rankings rankings;

    public PublicRankingResource(Rankings rankings) {
        this.rankings = rankings;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calls whose ranking is published, newest approval first")
    public List<PublicRanking.CallRef> calls() {
        return rankings.publishedCalls();
    }

    @GET
    @Path("/{callId: \\d+}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published ranking of a call: per line the budget, the money allocated (with the "
            + "movements up the reserve list), the reserve list's validity and every row with its list as approved "
            + "and its status now")
    @APIResponse(responseCode = "404", description = "No published ranking")
    public PublicRanking ranking(@PathParam("callId") long callId) {
        return rankings.published(callId);
    }

    @GET
    @Path("/{callId: \\d+}.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published ranking as a JSON download (the same document as the ranking's endpoint)")
    @APIResponse(responseCode = "404", description = "No published ranking")
    public Response json(@PathParam("callId") long callId) {
        return Response.ok(rankings.published(callId)).header("Content-Disposition", "attachment; filename=\"ranking-"
                + callId + ".json\"").build();
    }

    @GET
    @Path("/{callId: \\d+}.csv")
    @PermitAll
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The published ranking as CSV open data (RFC 4180, UTF-8, comma-separated, a header row; "
            + "columns in docs/api.md)")
    @APIResponse(responseCode = "404", description = "No published ranking")
    public Response csv(@PathParam("callId") long callId) {
        byte[] body = csv(rankings.published(callId)).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"ranking-" + callId + ".csv\"").build();
    }

    /** The CSV of a published ranking: one row per proposal, line A then B, in the order of the act. */
    static String csv(PublicRanking ranking) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (PublicRanking.LineRanking line : ranking.lines()) {
            for (PublicRanking.Row r : line.rows()) {
                List<String> cells = List.of(ranking.callCode(), ranking.callTitle(), line.line().name(),
                        r.list().name(), r.status(), r.position() == null ? "" : r.position().toString(),
                        String.valueOf(r.protocolNumber()), text(r.acronym()), text(r.title()), text(r.leadName()),
                        text(r.leadVatNumber()), money(r.total()), money(r.grant()), String.valueOf(r.partial()),
                        instant(ranking.approvedAt()), instant(line.reserveValidUntil()));
                for (int i = 0; i < cells.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(Csv.cell(cells.get(i)));
                }
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String instant(Instant value) {
        return value == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ClockProducer.inRome(value));
    }

}
