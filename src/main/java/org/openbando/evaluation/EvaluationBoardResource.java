package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;

/** The evaluation board of a call, for officers and auditors: what the board page shows, as JSON. */
@Path("/api/calls/{id}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Experts, panels, scores, consensus and the evaluation's outcome")
public class EvaluationBoardResource {

    private final EvaluationBoard board;

    public EvaluationBoardResource(EvaluationBoard board) {
        this.board = board;
    }

    @GET
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "The evaluation board of a call: each admitted proposal (submission order) with its panel "
            + "(the expert, status and term of each seat, who is late), the evaluation's status and outcome, and how "
            + "many evaluations are in each status; paginated")
    public EvaluationBoard.Board board(@PathParam("id") long id,
            @Parameter(description = "Only the evaluations in this status") @QueryParam("status") String status,
            @Parameter(description = "The page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Lines per page (default 50, at most 200)") @QueryParam("size") Integer size) {
        return board.board(id, EvaluationBoard.status(status), page == null ? 1 : page, size == null ? 0 : size);
    }
}
