package org.openbando.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.openbando.identity.Role;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/**
 * The auditor's page of the audit trail: the filter form and the entries, newest first, a page at a time (keyset:
 * "older entries" carries the last id shown), and the same search as CSV. Reads only; for auditors and
 * administrators. A filter out of its bounds shows the form again with what is wrong (400).
 */
@Path("/auditor")
@RolesAllowed({Role.AUDITOR, Role.ADMIN})
public class AuditPages {

    /** The page's template, checked at build time: {@code templates/auditor-audit.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param filters the filters as typed (echoed in the form)
         * @param query   the filters as a query string (without after), for the links
         * @param page    the entries found, or null when a filter was refused
         * @param errors  the filters refused (empty when none)
         */
        static native TemplateInstance auditorAudit(AuditFilters.Raw filters, String query, AuditSearch.Page page,
                boolean firstPage, List<Problem.FieldViolation> errors);
    }

    private final AuditSearch search;
    private final AuditFilters filters;
    private final Pages pages;

    public AuditPages(AuditSearch search, AuditFilters filters, Pages pages) {
        this.search = search;
        this.filters = filters;
        this.pages = pages;
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam AuditResource.Filters f) {
        AuditFilters.Raw raw = f.raw();
        try {
            AuditSearch.Page found = search.search(filters.read(raw));
            return Response.ok(render(raw, found, List.of())).build();
        } catch (ProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(render(raw, null, refused.errors()))
                    .build();
        }
    }

    @GET
    @Path("/audit.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response csv(@BeanParam AuditResource.Filters f) {
        AuditSearch.Query query = filters.read(f.raw());
        StreamingOutput body = out -> AuditCsv.write(out, search, query);
        return Downloads.of(body, Downloads.CSV, "audit-trail.csv");
    }

    private String render(AuditFilters.Raw raw, AuditSearch.Page found, List<Problem.FieldViolation> errors) {
        return pages.render(Templates.auditorAudit(raw, raw.queryString(), found,
                raw.after() == null || raw.after().isBlank(), errors));
    }
}
