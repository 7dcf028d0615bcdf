package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;

/** The evaluation of a submission: its scores and aggregation, the consensus report, the summary report. */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Experts' individual evaluations, the consensus and the summary report")
public class ConsensusResource {

    /** A draft to save: {@code version} is the one read (0 before the first save). */
    public record SaveConsensus(@NotNull Long version, @NotNull ConsensusForm form) {
    }

    private final Consensus consensus;
    private final SummaryReports reports;
    private final CurrentUser currentUser;

    public ConsensusResource(Consensus consensus, SummaryReports reports, CurrentUser currentUser) {
        this.consensus = consensus;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{submissionId: \\d+}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.EVALUATOR})
    @Operation(summary = "The evaluation of a submission: seats, individual evaluations, aggregation per criterion "
            + "(mean or median, spread, divergence), the consensus report and the outcome. Officers and auditors read "
            + "everything; an expert of the panel reads the other seats' scores (not their names) once their own is "
            + "submitted (blind until then)")
    public Consensus.ConsensusView evaluation(@PathParam("submissionId") long submissionId) {
        return consensus.view(submissionId, currentUser.username());
    }

    @GET
    @Path("/{submissionId: \\d+}/consensus")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.EVALUATOR})
    @Operation(summary = "The consensus: the aggregation, the form proposed from it (aggregated values rounded down "
            + "to the step, divergent criteria not agreed) and the rapporteur's report")
    public Consensus.ConsensusView consensus(@PathParam("submissionId") long submissionId) {
        return consensus.view(submissionId, currentUser.username());
    }

    @PUT
    @Path("/{submissionId: \\d+}/consensus")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The rapporteur saves the consensus report's draft")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or not in consensus")
    public Consensus.ConsensusView save(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid SaveConsensus request) {
        return consensus.save(submissionId, request.form(), request.version(), currentUser.username());
    }

    @POST
    @Path("/{submissionId: \\d+}/consensus/submit")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The rapporteur submits the consensus report: the outcome (total, fundable, reasons) is "
            + "computed and frozen with it")
    @APIResponse(responseCode = "409", description = "A seat's evaluation is not submitted (reopened): the problem "
            + "names it; or already submitted, or not in consensus")
    @APIResponse(responseCode = "422", description = "Incomplete: the problem names what is missing")
    public Consensus.ConsensusView submit(@PathParam("submissionId") long submissionId) {
        return consensus.submit(submissionId, currentUser.username());
    }

    @GET
    @Path("/{submissionId: \\d+}/report")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.APPLICANT})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The Evaluation Summary Report (PDF/A, lang=it|en): officers and auditors once the "
            + "evaluation is concluded; the applicant once it is released with the ranking (404 until then)")
    @APIResponse(responseCode = "200", description = "The PDF; ETag is its SHA-256")
    public Response report(@PathParam("submissionId") long submissionId, @QueryParam("lang") String lang) {
        return PdfResponses.pdf(reports.read(submissionId, lang, currentUser.username()));
    }
}
