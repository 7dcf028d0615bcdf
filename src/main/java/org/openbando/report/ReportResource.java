package org.openbando.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.call.Line;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;

/**
 * The funding report of a call as JSON, and the projects each of its figures counts (the drill-down), for auditors,
 * officers and administrators; read-only.
 */
@Path("/api/reports/calls/{callId: \\d+}/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding report", description = "The funding report of a call per line and its drill-downs (auditors)")
public class ReportResource {

    static final int MAX_PAGE = 200;
    static final int DEFAULT_PAGE = 50;

    /**
     * A project as a drill-down lists it.
     *
     * @param grant the grant in force (null without an award; for an ended award, what was in force when it ended)
     */
    public record ProjectRow(long submissionId, long protocolNumber, String acronym, String title, Line line,
            ProjectFacts.Stage stage, BigDecimal eligibleCost, BigDecimal grant) {

        static ProjectRow of(ProjectFacts p) {
            return new ProjectRow(p.submissionId(), p.protocolNumber(), p.acronym(), p.title(), p.line(), p.stage(),
                    p.eligibleCost(), p.grant());
        }
    }

    /**
     * A page of a drill-down.
     *
     * @param total how many projects the figure counts (all pages)
     * @param next  the {@code after} of the next page (a protocol number); null on the last
     */
    public record ProjectPage(Measure measure, Line line, String group, long total, List<ProjectRow> projects,
            Long next) {
    }

    private final FundingReports reports;

    public ReportResource(FundingReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.OFFICER, Role.ADMIN})
    @Operation(summary = "The funding report of a call: per line (A, B) and in total, the summary (budget, submitted, "
            + "admitted, fundable and financed projects, distinct enterprises and research organisations in financed "
            + "projects, investment, grants, contracts with research organisations and their amount) and the "
            + "breakdowns (by thematic area, size class, research category; grants against the budget; renunciations, "
            + "revocations and moves up the reserve list). Each figure that counts projects carries its drill-down "
            + "(measure, line, group): the query of /funding/projects. readAt is the instant the data was read")
    @APIResponse(responseCode = "404", description = "No such call")
    public FundingReport report(@PathParam("callId") long callId) {
        return reports.of(callId);
    }

    @GET
    @Path("/projects")
    @RolesAllowed({Role.AUDITOR, Role.OFFICER, Role.ADMIN})
    @Operation(summary = "The projects a figure of the funding report counts (its drill-down), in protocol order, "
            + "keyset-paged by protocol number; each with its line, stage, eligible cost and grant")
    @APIResponse(responseCode = "400", description = "An unknown measure, line or group, a measure that counts no "
            + "projects, or a page size outside 1..200: the problem names the field")
    @APIResponse(responseCode = "404", description = "No such call")
    public ProjectPage projects(@PathParam("callId") long callId,
            @Parameter(description = "The figure's measure, e.g. FINANCED, ENTERPRISES, INVESTMENT", required = true)
            @QueryParam("measure") String measure,
            @Parameter(description = "A or B; absent for both lines (the total)") @QueryParam("line") String line,
            @Parameter(description = "The breakdown's group: area:<code>, size:<MICRO|SMALL|MEDIUM|LARGE>, "
                    + "category:<INDUSTRIAL_RESEARCH|EXPERIMENTAL_DEVELOPMENT|FEASIBILITY_STUDY>; absent in the "
                    + "summary") @QueryParam("group") String group,
            @Parameter(description = "Keyset: projects with a protocol number above this one") @QueryParam("after")
            String after,
            @Parameter(description = "Projects per page, 1..200 (default 50)") @QueryParam("size") String size) {
        Measure m = measure(measure);
        Line l = line(line);
        Long from = number("after", after, 0, Long.MAX_VALUE);
        int pageSize = size == null || size.isBlank() ? DEFAULT_PAGE : number("size", size, 1, MAX_PAGE).intValue();
        String g = group == null || group.isBlank() ? null : group;
        List<ProjectFacts> counted = reports.projects(callId, m, l, g);
        List<ProjectRow> page = counted.stream().filter(p -> from == null || p.protocolNumber() > from)
                .limit(pageSize + 1L).map(ProjectRow::of).toList();
        Long next = null;
        if (page.size() > pageSize) {
            page = page.subList(0, pageSize);
            next = page.get(pageSize - 1).protocolNumber();
        }
        return new ProjectPage(m, l, g, counted.size(), page, next);
    }

    static Measure measure(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("measure", "is required");
        }
        if (value.length() <= 40) {
            for (Measure m : Measure.values()) {
                if (m.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return m;
                }
            }
        }
        throw ProblemException.invalid("measure", "not a measure of the funding report");
    }

    static Line line(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> Line.A;
            case "B" -> Line.B;
            default -> throw ProblemException.invalid("line", "A or B (absent for both lines)");
        };
    }

    static Long number(String field, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 19 || !value.strip().matches("\\d+")) {
            throw ProblemException.invalid(field, "a whole number from " + min + " to " + max);
        }
        long n = Long.parseLong(value.strip());
        if (n < min || n > max) {
            throw ProblemException.invalid(field, "a whole number from " + min + " to " + max);
        }
        return n;
    }
}
