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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.call.Line;
import org.openbando.identity.Role;

/**
 * The funding report of a call as JSON, and the projects each of its figures counts (the drill-down), for auditors,
 * officers and administrators; read-only.
 */
@Path("/api/reports/calls/{callId: \\d+}/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding report", description = "The funding report of a call per line and its drill-downs (auditors)")
public class ReportResource {

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
        DrillQuery q = DrillQuery.parse(measure, line, group, after, size);
        List<ProjectFacts> counted = reports.projects(callId, q.measure(), q.line(), q.group());
        List<ProjectRow> page = counted.stream().filter(p -> q.after() == null || p.protocolNumber() > q.after())
                .limit(q.size() + 1L).map(ProjectRow::of).toList();
        Long next = null;
        if (page.size() > q.size()) {
            page = page.subList(0, q.size());
            next = page.get(q.size() - 1).protocolNumber();
        }
        return new ProjectPage(q.measure(), q.line(), q.group(), counted.size(), page, next);
    }
}
