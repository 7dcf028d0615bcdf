package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;

/** The expert's individual evaluation of an assignment: read, save as a draft, submit; an officer reopens it. */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Experts' individual evaluations, the consensus and the summary report")
public class ScoringResource {

    /** A draft to save: {@code version} is the one read (0 before the first save). */
    public record SaveScores(@NotNull Long version, @NotNull ScoringForm form) {
    }

    /** Why an officer reopens a submitted evaluation. */
    public record Reopen(@NotNull @Size(min = 1, max = 2000) String reason) {
    }

    private final Scoring scoring;
    private final CurrentUser currentUser;

    public ScoringResource(Scoring scoring, CurrentUser currentUser) {
        this.scoring = scoring;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/assignments/{id}/scores")
    @RolesAllowed({Role.EVALUATOR, Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "The individual evaluation of an assignment with the call's criteria and the frozen "
            + "proposal's TRL plan: its expert once accepted; officers and auditors always")
    @APIResponse(responseCode = "409", description = "The assignment is not accepted yet, or it ended")
    public Scoring.IndividualView form(@PathParam("id") long id) {
        return scoring.form(id, currentUser.username());
    }

    @PUT
    @Path("/assignments/{id}/scores")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The expert saves the draft (partial allowed): each score from 0 to the criterion's maximum "
            + "in the call's step, comments and reasons up to 5,000 characters")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or the assignment is not "
            + "accepted or ended")
    public Scoring.IndividualView save(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") @Valid SaveScores request) {
        return scoring.save(id, request.form(), request.version(), currentUser.username());
    }

    @POST
    @Path("/assignments/{id}/submit")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The expert submits the individual evaluation: frozen with the SHA-256 of its seal "
            + "(assignment, seat, expert, revision, instant, form); the other seats' scores become readable to them")
    @APIResponse(responseCode = "422", description = "Incomplete: the problem names every missing score, comment "
            + "(at least 20 characters) and TRL judgement")
    @APIResponse(responseCode = "409", description = "Already submitted, or the assignment is not accepted or ended")
    public Scoring.IndividualView submit(@PathParam("id") long id) {
        return scoring.submit(id, currentUser.username());
    }

    @POST
    @Path("/assignments/{id}/reopen")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: reopens a submitted individual evaluation, with the reason, until the consensus "
            + "report is submitted; the submitted revision is kept, the expert works on a new one")
    @APIResponse(responseCode = "204", description = "Reopened")
    @APIResponse(responseCode = "409", description = "Not submitted, or the consensus report is submitted")
    public Response reopen(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") @Valid Reopen request) {
        scoring.reopen(id, request.reason(), currentUser.username());
        return Response.noContent().build();
    }
}
