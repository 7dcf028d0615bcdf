package org.openbando.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.call.CallService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.ApiLanguage;

/**
 * The funding report of a call as files: CSV, XLSX and PDF/A, and the drill-down of a figure as CSV. Each states the
 * instant its data was read; each is read first (an unknown call is a 404, a bad query a 400, before the first byte)
 * and then streamed. Auditors, officers and administrators read them; nothing here writes. Labels are in the caller's
 * language (Accept-Language: Italian or English); the figures are the same in both.
 */
@Path("/api/reports/calls/{callId: \\d+}")
@Tag(name = "Reports", description = "The funding report of a call, its drill-downs and its exports")
@RolesAllowed({Role.AUDITOR, Role.OFFICER, Role.ADMIN})
public class ReportExportResource {

    private final FundingReports reports;
    private final ProjectFactsReader facts;
    private final ReportExports exports;
    private final CallService calls;
    private final Clock clock;
    private final CurrentUser currentUser;

    public ReportExportResource(FundingReports reports, ProjectFactsReader facts, ReportExports exports,
            CallService calls, Clock clock, CurrentUser currentUser) {
        this.reports = reports;
        this.facts = facts;
        this.exports = exports;
        this.calls = calls;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/funding.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The funding report as CSV (RFC 4180, UTF-8, comma-separated, header row "
            + "section,measure,group,unit,line_a,line_b,total,label; the first row states when the data was read; "
            + "see docs/api.md)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response csv(@PathParam("callId") long callId, @Context HttpHeaders headers) {
        FundingReport report = reports.of(callId);
        Locale language = ApiLanguage.of(headers);
        return Downloads.of((StreamingOutput) out -> exports.csv(report, language, out), Downloads.CSV,
                ReportExports.fileName(report.callCode(), "csv"));
    }

    @GET
    @Path("/funding.xlsx")
    @Produces({Downloads.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The funding report as an XLSX workbook: sheet Report (the report's rows, the instant the "
            + "data was read on top), sheet Projects (every project of the call with its stage and figures)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response xlsx(@PathParam("callId") long callId, @Context HttpHeaders headers) {
        FundingReport report = reports.of(callId);
        List<ProjectFacts> projects = facts.ofCall(callId).projects();
        Locale language = ApiLanguage.of(headers);
        return Downloads.of((StreamingOutput) out -> exports.xlsx(report, projects, language, out), Downloads.XLSX,
                ReportExports.fileName(report.callCode(), "xlsx"));
    }

    @GET
    @Path("/funding.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The funding report as a PDF/A: the report's tables, the call, the instant the data was "
            + "read; a reading, not an act (not stored, not signed), with a verification code and its QR code that "
            + "/api/public/documents/verification answers for (FUNDING_REPORT)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response pdf(@PathParam("callId") long callId, @Context HttpHeaders headers) {
        FundingReport report = reports.of(callId);
        byte[] pdf = exports.pdf(report, ApiLanguage.of(headers), currentUser.username());
        return Downloads.of(out -> out.write(pdf), Downloads.PDF, ReportExports.fileName(report.callCode(), "pdf"));
    }

    @GET
    @Path("/funding/projects.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The projects a figure of the funding report counts (its drill-down), one row each, in "
            + "protocol order, with the instant their data was read (columns in docs/api.md)")
    @APIResponse(responseCode = "400", description = "A bad measure, line or group (the problem names it)")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response projectsCsv(@PathParam("callId") long callId,
            @Parameter(description = "The measure (a row of the report), e.g. FINANCED") @QueryParam("measure")
            String measure,
            @Parameter(description = "A or B; absent for both lines") @QueryParam("line") String line,
            @Parameter(description = "area:<code>, size:<size class> or category:<research category>; absent for "
                    + "none") @QueryParam("group") String group,
            @Context HttpHeaders headers) {
        DrillQuery query = DrillQuery.parse(measure, line, group, null, null);
        String code = calls.get(callId).code(); // 404 for an unknown call
        Instant readAt = clock.instant();
        List<ProjectFacts> projects = reports.projects(callId, query.measure(), query.line(), query.group());
        Locale language = ApiLanguage.of(headers);
        return Downloads.of((StreamingOutput) out -> exports.projectsCsv(projects, readAt, language, out),
                Downloads.CSV, ReportExports.fileName(code + "-projects", "csv"));
    }
}
