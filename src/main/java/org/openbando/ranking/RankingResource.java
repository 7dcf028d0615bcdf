package org.openbando.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.call.Line;
import org.openbando.document.DocumentService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.ProblemException;

/** A call's ranking as officers review and approve it, and auditors read it; the movements up its reserve lists. */
@Path("/api/rankings/calls/{callId: \\d+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking", description = "The ranking per line, the officer's exclusions and approval, the act, moving up")
public class RankingResource {

    /** An exclusion: the submission, the reason (required), the draft's version read. */
    public record ExclusionRequest(@NotNull Long submissionId,
            @NotNull @Size(min = 1, max = Rankings.MAX_REASON) String reason, @NotNull @Min(0) Long version) {
    }

    /** The approval names the draft's version read. */
    public record ApprovalRequest(@NotNull @Min(0) Long version) {
    }

    private final Rankings rankings;
    private final DocumentService documents;
    private final CurrentUser currentUser;

    public RankingResource(Rankings rankings, DocumentService documents, CurrentUser currentUser) {
        this.rankings = rankings;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "Both lines (A then B) of the call's ranking: the draft while the officer reviews it, the "
            + "approved ranking after; each with its budget, what moved between the lines, the chain of tie-breaks and "
            + "every list (funded, reserve, not fundable, inadmissible, excluded) with ties explained")
    @APIResponse(responseCode = "404", description = "No ranking yet (the evaluation phase has not ended)")
    public List<RankingView> views(@PathParam("callId") long callId) {
        return rankings.views(callId);
    }

    @GET
    @Path("/lines/{line: [AB]}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "One line of the call's ranking")
    @APIResponse(responseCode = "404", description = "No ranking yet")
    public RankingView view(@PathParam("callId") long callId, @PathParam("line") String line) {
        return rankings.view(callId, Line.valueOf(line));
    }

    @POST
    @Path("/exclusions")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Excludes a proposal from the draft ranking, with a reason (audited): the draft is computed "
            + "again and its version increases")
    @APIResponse(responseCode = "400", description = "No reason, or a reason too long: the problem names the field")
    @APIResponse(responseCode = "403", description = "The officer acts for an organisation of the proposal")
    @APIResponse(responseCode = "404", description = "No ranking, or the submission is not in it")
    @APIResponse(responseCode = "409", description = "Stale version, approved ranking, already excluded or "
            + "inadmissible")
    public RankingView exclude(@PathParam("callId") long callId,
            @NotNull(message = "a JSON body is required") @Valid ExclusionRequest request) {
        return rankings.exclude(callId, request.submissionId(), request.reason(), request.version(),
                currentUser.username());
    }

    @DELETE
    @Path("/exclusions/{submissionId: \\d+}")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Takes an exclusion back (audited): the draft is computed again")
    @APIResponse(responseCode = "400", description = "No version")
    @APIResponse(responseCode = "409", description = "Stale version, approved ranking, or not excluded")
    public RankingView reinstate(@PathParam("callId") long callId, @PathParam("submissionId") long submissionId,
            @QueryParam("version") String version) {
        return rankings.reinstate(callId, submissionId, version(version), currentUser.username());
    }

    @POST
    @Path("/approval")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Approves the call's draft ranking (both lines): from then on it is never rewritten; the "
            + "process issues the acts and publishes it")
    @APIResponse(responseCode = "403", description = "The officer acts for an organisation of a ranked proposal")
    @APIResponse(responseCode = "409", description = "Stale version or already approved")
    public List<RankingView> approve(@PathParam("callId") long callId,
            @NotNull(message = "a JSON body is required") @Valid ApprovalRequest request) {
        return rankings.approve(callId, request.version(), currentUser.username());
    }

    @GET
    @Path("/movements")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "The movements of the call's reserve lists, newest first: money freed, what became of it "
            + "(PROPOSED, CONFIRMED, KEPT, NOBODY, EXPIRED)")
    public List<Movement> movements(@PathParam("callId") long callId) {
        return rankings.movements(callId);
    }

    @POST
    @Path("/movements/{id: \\d+}/confirmation")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "The officer confirms a proposed movement up the reserve list: the project's concession "
            + "starts")
    @APIResponse(responseCode = "404", description = "No such movement of the call")
    @APIResponse(responseCode = "409", description = "Not proposed (confirmed, lapsed), or the reserve list expired")
    public Movement confirm(@PathParam("callId") long callId, @PathParam("id") long id) {
        return rankings.confirmMovement(callId, id, currentUser.username());
    }

    @GET
    @Path("/lines/{line: [AB]}/act")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The ranking act of the line (signed PDF/A), once published")
    @APIResponse(responseCode = "200", description = "The PDF; ETag is its SHA-256")
    @APIResponse(responseCode = "404", description = "Not published yet")
    public Response act(@PathParam("callId") long callId, @PathParam("line") String line) {
        RankingView view = rankings.view(callId, Line.valueOf(line));
        if (view.actDocumentId() == null) {
            throw ProblemException.notFound("Ranking act of call", callId + " line " + line);
        }
        return PdfResponses.pdf(documents.getForCall(callId, view.actDocumentId()).orElseThrow(
                () -> ProblemException.notFound("Ranking act of call", callId + " line " + line)));
    }

    static long version(String version) {
        if (version == null || version.isBlank()) {
            throw ProblemException.invalid("version", "give the version of the draft ranking you read");
        }
        if (version.length() > 18 || !version.chars().allMatch(Character::isDigit)) {
            throw ProblemException.invalid("version", "must be a whole number from 0");
        }
        return Long.parseLong(version);
    }
}
