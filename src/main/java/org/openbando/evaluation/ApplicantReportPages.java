package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.ProblemException;

/**
 * The Evaluation Summary Report of the applicant's proposal (lang it or en), once the ranking has released it: the
 * link on the proposal's page. Before the release, or for who may not read the proposal, there is none (404).
 */
@Path("/proposals/{id}/evaluation-report")
@RolesAllowed(Role.APPLICANT)
public class ApplicantReportPages {

    private final SummaryReports reports;
    private final CurrentUser currentUser;

    public ApplicantReportPages(SummaryReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Produces
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Evaluation evaluation = Evaluation.find("proposalId = ?1 order by id desc", id).firstResult();
        if (evaluation == null) {
            throw ProblemException.notFound("Evaluation Summary Report of proposal", id);
        }
        return PdfResponses.pdf(reports.read(evaluation.submissionId, lang, currentUser.username()));
    }
}
