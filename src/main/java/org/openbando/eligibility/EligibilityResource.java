package org.openbando.eligibility;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;
import org.openbando.shared.ApiLanguage;

/** The admissibility endpoints: the automatic checks, the officers' queue, the review, the applicant's answers. */
@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admissibility", description = "Eligibility checks, the officers' review and the applicant's answers")
public class EligibilityResource {

    private final EligibilityChecks checks;
    private final OfficerQueue queue;
    private final ProposalTimeline timeline;
    private final AdmissibilityReview review;

    public EligibilityResource(EligibilityChecks checks, OfficerQueue queue, ProposalTimeline timeline,
            AdmissibilityReview review) {
        this.checks = checks;
        this.queue = queue;
        this.timeline = timeline;
        this.review = review;
    }

    @GET
    @Path("/{id}/eligibility")
    @Authenticated
    @Operation(summary = "The automatic eligibility checks of the submission in force: each rule with its outcome, "
            + "reason and inputs (state PENDING until they have run, right after the acknowledgement)")
    public EligibilityChecks.Eligibility eligibility(@PathParam("id") long id,
            @Context HttpHeaders headers) {
        return checks.results(id, ApiLanguage.of(headers));
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "Officers' queue: submissions waiting for an admissibility decision (protocol order), then "
            + "those waiting for the checks or the applicant")
    public OfficerQueue.Queue queue() {
        return queue.queue();
    }

    @GET
    @Path("/{id}/timeline")
    @Authenticated
    @Operation(summary = "The status timeline of the submission in force, from its process history: what, when, by "
            + "whom (in Italian when Accept-Language prefers it, English otherwise)")
    public List<ProposalTimeline.TimelineEntry> timeline(@PathParam("id") long id, @Context HttpHeaders headers) {
        return timeline.timeline(id, ApiLanguage.of(headers));
    }

    @GET
    @Path("/{id}/admissibility")
    @Authenticated
    @Operation(summary = "The admissibility review: status, the open term if any, and every step with who and when")
    public AdmissibilityReview.Review review(@PathParam("id") long id) {
        return review.review(id);
    }

    @POST
    @Path("/{id}/admissibility")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Officer: admit, request completion of documents (with the missing items) or reject (with the "
            + "reasons; a notice before rejection first when the call says so, then the final decision)")
    @APIResponse(responseCode = "409", description = "The proposal does not wait for an admissibility decision")
    public AdmissibilityReview.Review decide(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityReview.DecisionRequest request) {
        return review.decide(id, request);
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Applicant: complete the documents requested, before the term ends; the checks run again")
    @APIResponse(responseCode = "409", description = "No request to answer, or its term has ended")
    public AdmissibilityReview.Review complete(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityReview.Answer answer) {
        return review.complete(id, answer);
    }

    @POST
    @Path("/{id}/observations")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Applicant: observations on a notice before rejection, before the term ends")
    @APIResponse(responseCode = "409", description = "No notice to answer, or its term has ended")
    public AdmissibilityReview.Review observe(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") AdmissibilityReview.Answer answer) {
        return review.observe(id, answer);
    }
}
