package org.openbando.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

/**
 * The audit trail for auditors and administrators: every act recorded (who, when, on what, from which state to which),
 * searched by call, project, organisation, user, kind of act and period. Read only; the entries are never altered.
 */
@Path("/api")
@Tag(name = "Audit trail", description = "The search of the append-only audit trail (auditors, administrators)")
public class AuditResource {

    private final AuditSearch search;
    private final AuditFilters filters;

    public AuditResource(AuditSearch search, AuditFilters filters) {
        this.search = search;
        this.filters = filters;
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "A page of the audit trail, newest first: the entries that match every filter given. The "
            + "next page: the same filters with after = the page's next (null on the last page)")
    @APIResponse(responseCode = "200", description = "The entries (id, at in ISO-8601 UTC, actor, entityType, "
            + "entityId, action, from, to, detail) and next")
    @APIResponse(responseCode = "400", description = "A filter out of its bounds: the problem names the field")
    public AuditSearch.Page page(@BeanParam Filters f) {
        return search.search(filters.read(f.raw()));
    }

    @GET
    @Path("/audit.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Every entry that matches the filters, oldest first, as CSV (RFC 4180, UTF-8, a header row: "
            + "id, occurred_at, actor, entity_type, entity_id, action, from_state, to_state, detail; texts that a "
            + "spreadsheet would run as formulas begin with an apostrophe), streamed as it is read; after and size "
            + "are ignored")
    @APIResponse(responseCode = "400", description = "A filter out of its bounds: the problem names the field")
    public Response csv(@BeanParam Filters f) {
        AuditSearch.Query query = filters.read(f.raw());
        StreamingOutput body = out -> AuditCsv.write(out, search, query);
        return Downloads.of(body, Downloads.CSV, "audit-trail.csv");
    }

    /** The filters as query parameters (all text: {@link AuditFilters} reads them and names the field in error). */
    public static class Filters {
        @QueryParam("call")
        @Parameter(description = "A call's id: its acts and those on its proposals, evaluations, rankings, awards")
        public String call;
        @QueryParam("proposal")
        @Parameter(description = "A proposal's id (the project): its acts, its evaluation and seats, its award")
        public String proposal;
        @QueryParam("organization")
        @Parameter(description = "An organisation's id or VAT number: its acts, its claims, its users, its messages, "
                + "the proposals, evaluations and awards it is a party of")
        public String organization;
        @QueryParam("user")
        @Parameter(description = "Who acted (username, or 'system' for the engine), exactly; up to 100 characters")
        public String user;
        @QueryParam("action")
        @Parameter(description = "The kind of act, exactly (e.g. submitted, admitted, published); up to 60 characters")
        public String action;
        @QueryParam("from")
        @Parameter(description = "From this instant (ISO-8601), date-time in Rome or date (its start), inclusive")
        public String from;
        @QueryParam("to")
        @Parameter(description = "Up to this instant, date-time in Rome or date (its end), inclusive; at most ten "
                + "years after from")
        public String to;
        @QueryParam("after")
        @Parameter(description = "The next of the previous page (keyset): entries older than it")
        public String after;
        @QueryParam("size")
        @Parameter(description = "Entries per page, 1..200 (default 50)")
        public String size;

        AuditFilters.Raw raw() {
            return new AuditFilters.Raw(call, proposal, organization, user, action, from, to, after, size);
        }
    }
}
