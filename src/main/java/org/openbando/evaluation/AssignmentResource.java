package org.openbando.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;

/**
 * The panels: the proposal of experts, the assignment of the seats, reassignment, removal, the rapporteur (officers);
 * the expert's inbox, acceptance with the declaration of absence of conflict of interest, decline (experts).
 */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels", description = "Experts' assignment, declarations of absence of conflict of interest, inbox")
public class AssignmentResource {

    /** The officer's panel: one expert per seat, in order; the rapporteur (optional) one of them. */
    public record PanelRequest(@Size(max = 5) List<@Size(max = 100) String> experts,
            @Size(max = 100) String rapporteur) {
    }

    /** An expert named for a seat or as rapporteur. */
    public record ExpertRequest(@Size(max = 100) String expert) {
    }

    /** The language of the declaration the expert signs. */
    public record AcceptRequest(@Size(max = 2) String language) {
    }

    /** Why the expert declines (CONFLICT, EXPERTISE, WORKLOAD) or the officer removes (also OTHER), in words. */
    public record EndRequest(EndReason reason, @Size(max = Assignments.MAX_NOTE) String note) {
    }

    private final Assignments assignments;
    private final CurrentUser currentUser;

    public AssignmentResource(Assignments assignments, CurrentUser currentUser) {
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{submissionId}/panel-proposal")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "The panel as it is and the experts proposed for its empty seats (best first: expertise, "
            + "load in the call, rotation), with those excluded and why (affiliation in the consortium, declared "
            + "conflict, already on the panel, full, inactive)")
    public PanelProposal proposal(@PathParam("submissionId") long submissionId) {
        return assignments.propose(submissionId);
    }

    @GET
    @Path("/calls/{callId}/panel-proposals")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "For every proposal of the call with empty seats, the experts suggested to fill them, each "
            + "suggestion counting in the experts' load")
    public PanelProposal.ForCall proposals(@PathParam("callId") long callId) {
        return assignments.proposeAll(callId);
    }

    @POST
    @Path("/{submissionId}/panel")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: assigns every seat (exactly the call's number of experts, none excluded by the "
            + "conflict checks); the experts are told by mail")
    @APIResponse(responseCode = "409", description = "The panel is already assigned")
    public PanelProposal assign(@PathParam("submissionId") long submissionId,
            @Valid @NotNull(message = "a JSON body is required") PanelRequest request) {
        assignments.assign(submissionId, request.experts(), request.rapporteur(), currentUser.username());
        return assignments.propose(submissionId);
    }

    @POST
    @Path("/{submissionId}/seats/{seat}")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: gives an empty seat (declined, lapsed, removed) to another expert")
    @APIResponse(responseCode = "409", description = "The seat is held, or the panel is not in progress")
    public PanelProposal reassign(@PathParam("submissionId") long submissionId, @PathParam("seat") int seat,
            @Valid @NotNull(message = "a JSON body is required") ExpertRequest request) {
        assignments.reassign(submissionId, seat, request.expert(), currentUser.username());
        return assignments.propose(submissionId);
    }

    @POST
    @Path("/{submissionId}/rapporteur")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: chooses the rapporteur among the experts in force on the panel")
    public PanelProposal rapporteur(@PathParam("submissionId") long submissionId,
            @Valid @NotNull(message = "a JSON body is required") ExpertRequest request) {
        assignments.chooseRapporteur(submissionId, request.expert(), currentUser.username());
        return assignments.propose(submissionId);
    }

    @GET
    @Path("/assignments")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "The expert's inbox: their assignments with call, protocol, acronym, title, consortium, "
            + "seat, status, term and whether it is late")
    public List<AssignmentView> inbox() {
        return assignments.inbox(currentUser.username());
    }

    @GET
    @Path("/assignments/{id}")
    @RolesAllowed({Role.EVALUATOR, Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "One assignment with its declaration: the text to sign before accepting (in lang, or the "
            + "expert's language), the signed text with its SHA-256 after")
    public Assignments.AssignmentDetail assignment(@PathParam("id") long id,
            @Parameter(description = "it or en") @QueryParam("lang") @Size(max = 2) String lang) {
        return assignments.assignment(id, lang, currentUser.username());
    }

    @POST
    @Path("/assignments/{id}/accept")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "Expert: accepts, signing the declaration of absence of conflict of interest (Law 241/1990 "
            + "art. 6-bis) in the language given; the text is stored with its SHA-256")
    @APIResponse(responseCode = "409", description = "The assignment does not wait for an answer, or its term ended")
    public Assignments.AssignmentDetail accept(@PathParam("id") long id,
            @Valid @NotNull(message = "a JSON body is required") AcceptRequest request) {
        return assignments.accept(id, request.language(), currentUser.username());
    }

    @POST
    @Path("/assignments/{id}/decline")
    @RolesAllowed(Role.EVALUATOR)
    @Operation(summary = "Expert: declines, for a conflict of interest, for lack of expertise or for workload")
    @APIResponse(responseCode = "409", description = "The assignment does not wait for an answer")
    public Assignments.AssignmentDetail decline(@PathParam("id") long id,
            @Valid @NotNull(message = "a JSON body is required") EndRequest request) {
        assignments.decline(id, request.reason(), request.note(), currentUser.username());
        return assignments.assignment(id, null, currentUser.username());
    }

    @POST
    @Path("/assignments/{id}/removal")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: removes the expert of the assignment (e.g. a conflict found later), with the "
            + "reason; the seat is then given to another expert")
    @APIResponse(responseCode = "409", description = "The assignment ended already, or the panel is fixed")
    public Assignments.AssignmentDetail remove(@PathParam("id") long id,
            @Valid @NotNull(message = "a JSON body is required") EndRequest request) {
        assignments.remove(id, request.reason(), request.note(), currentUser.username());
        return assignments.assignment(id, null, currentUser.username());
    }
}
