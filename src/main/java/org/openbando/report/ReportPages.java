package org.openbando.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.web.Pages;

/**
 * The funding report of a call for auditors, officers and administrators ({@code /auditor/calls/{callId}/report}):
 * the summary per line and every breakdown, each figure a link to the projects it counts
 * ({@code /auditor/calls/{callId}/report/projects?measure=&line=&group=}, paginated by protocol number), the instant
 * the data was read, and the downloads (PDF/A, CSV, XLSX) served here too, so that a browser's session reaches them
 * (the API takes HTTP Basic only). Read-only: nothing here changes data (the PDF records its verification code, as
 * the API's does).
 */
@Path("/auditor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUDITOR, Role.OFFICER, Role.ADMIN})
public class ReportPages {

    /** The report ({@code templates/auditor-report.html}), checked at build time. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorReport(ReportWording.Worded report) implements TemplateInstance {
    }

    /**
     * A drill-down ({@code templates/auditor-report-projects.html}), checked at build time.
     *
     * @param query    the query without paging, for the links ({@code measure=FINANCED&line=A})
     * @param total    how many projects the figure counts (on every page)
     * @param next     the {@code after} of the next page; null on the last
     * @param first    whether this is the first page
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorReportProjects(long callId, String callCode, String callTitle, String measure,
            String measureLabel, String line, String group, String groupLabel, String query, String readAt,
            List<ProjectRow> projects, long total, int size, Long next, boolean first) implements TemplateInstance {
    }

    /** A project of a drill-down as the page shows it. */
    public record ProjectRow(long submissionId, long protocolNumber, String acronym, String title, String line,
            String stage, String stageLabel, String eligibleCost, String grant) {
    }

    private final FundingReports reports;
    private final ProjectFactsReader facts;
    private final ReportExports exports;
    private final CallService calls;
    private final Clock clock;
    private final Pages pages;
    private final CurrentUser currentUser;

    public ReportPages(FundingReports reports, ProjectFactsReader facts, ReportExports exports, CallService calls,
            Clock clock, Pages pages, CurrentUser currentUser) {
        this.reports = reports;
        this.facts = facts;
        this.exports = exports;
        this.calls = calls;
        this.clock = clock;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/calls/{callId: \\d+}/report")
    public String report(@PathParam("callId") long callId) {
        FundingReport report = reports.of(callId);
        return pages.render(new AuditorReport(ReportWording.of(pages.locale()).word(report)));
    }

    @GET
    @Path("/calls/{callId: \\d+}/report/projects")
    public String projects(@PathParam("callId") long callId, @QueryParam("measure") String measure,
            @QueryParam("line") String line, @QueryParam("group") String group, @QueryParam("after") String after,
            @QueryParam("size") String size) {
        DrillQuery query = DrillQuery.parse(measure, line, group, after, size);
        CallView call = calls.get(callId); // 404 for an unknown call
        Instant readAt = clock.instant();
        List<ProjectFacts> all = reports.projects(callId, query.measure(), query.line(), query.group());
        List<ProjectFacts> page = all.stream()
                .filter(p -> query.after() == null || p.protocolNumber() > query.after())
                .limit(query.size() + 1L).toList();
        Long next = page.size() > query.size() ? page.get(query.size() - 1).protocolNumber() : null;
        ReportWording words = ReportWording.of(pages.locale());
        List<ProjectRow> rows = page.stream().limit(query.size())
                .map(p -> new ProjectRow(p.submissionId(), p.protocolNumber(), p.acronym(), p.title(),
                        p.line() == null ? "" : p.line().name(), p.stage() == null ? "" : p.stage().name(),
                        words.stage(p.stage()), words.money(p.eligibleCost()), words.money(p.grant())))
                .toList();
        return pages.render(new AuditorReportProjects(callId, call.code(), call.title(), query.measure().name(),
                words.measure(query.measure()), query.line() == null ? null : query.line().name(), query.group(),
                words.drillGroup(query.group()), query.queryString(), words.readAt(readAt), rows, all.size(), query.size(), next,
                query.after() == null));
    }

    @GET
    @Path("/calls/{callId: \\d+}/report.pdf")
    @Produces({Downloads.PDF, MediaType.TEXT_HTML})
    public Response pdf(@PathParam("callId") long callId) {
        FundingReport report = reports.of(callId);
        byte[] pdf = exports.pdf(report, pages.locale(), currentUser.username());
        return Downloads.of(out -> out.write(pdf), Downloads.PDF, ReportExports.fileName(report.callCode(), "pdf"));
    }

    @GET
    @Path("/calls/{callId: \\d+}/report.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response csv(@PathParam("callId") long callId) {
        FundingReport report = reports.of(callId);
        Locale language = pages.locale();
        return Downloads.of((StreamingOutput) out -> exports.csv(report, language, out),
                Downloads.CSV, ReportExports.fileName(report.callCode(), "csv"));
    }

    @GET
    @Path("/calls/{callId: \\d+}/report.xlsx")
    @Produces({Downloads.XLSX, MediaType.TEXT_HTML})
    public Response xlsx(@PathParam("callId") long callId) {
        FundingReport report = reports.of(callId);
        List<ProjectFacts> projects = facts.ofCall(callId).projects();
        Locale language = pages.locale();
        return Downloads.of((StreamingOutput) out -> exports.xlsx(report, projects, language, out),
                Downloads.XLSX, ReportExports.fileName(report.callCode(), "xlsx"));
    }

    @GET
    @Path("/calls/{callId: \\d+}/report/projects.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response projectsCsv(@PathParam("callId") long callId, @QueryParam("measure") String measure,
            @QueryParam("line") String line, @QueryParam("group") String group) {
        DrillQuery query = DrillQuery.parse(measure, line, group, null, null);
        String code = calls.get(callId).code();
        Instant readAt = clock.instant();
        List<ProjectFacts> projects = reports.projects(callId, query.measure(), query.line(), query.group());
        Locale language = pages.locale();
        return Downloads.of(
                (StreamingOutput) out -> exports.projectsCsv(projects, readAt, language, out),
                Downloads.CSV, ReportExports.fileName(code + "-projects", "csv"));
    }
}
