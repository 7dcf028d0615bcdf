package org.openbando.submission;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;

/** The deadline-day endpoints of a proposal: submit, withdraw, the receipt and the frozen snapshot. */
@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Submitting and withdrawing proposals; receipts and frozen snapshots")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final ReceiptDocuments receipts;

    public SubmissionResource(SubmissionService submissions, ReceiptDocuments receipts) {
        this.submissions = submissions;
        this.receipts = receipts;
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Submit: freezes the snapshot with its SHA-256, protocol number and receipt time; "
            + "acknowledged only once stored. A repeated request with the same Idempotency-Key returns the same receipt")
    @APIResponse(responseCode = "200", description = "The receipt: protocol number, arrival and registration times "
            + "(ms), SHA-256")
    @APIResponse(responseCode = "409", description = "Already submitted, the call is not open or is closed, the "
            + "Idempotency-Key belongs to a withdrawn submission, or the enterprise has its maximum of proposals")
    @APIResponse(responseCode = "422", description = "Something blocks the submission; the problem lists it")
    @APIResponse(responseCode = "503", description = "Busy: nothing stored; send it again (same key) after Retry-After")
    public SubmissionReceipt submit(@PathParam("id") long id,
            @jakarta.ws.rs.HeaderParam("Idempotency-Key") String idempotencyKey) {
        return submissions.submit(id, idempotencyKey);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Withdraw the submission before the deadline; the proposal becomes a draft again")
    public SubmissionReceipt withdraw(@PathParam("id") long id) {
        return submissions.withdraw(id);
    }

    @GET
    @Path("/{id}/submission")
    @Authenticated
    @Operation(summary = "The receipt of the submission in force")
    public SubmissionReceipt submission(@PathParam("id") long id) {
        return submissions.current(id);
    }

    @GET
    @Path("/{id}/submission/snapshot")
    @Authenticated
    @Operation(summary = "The frozen snapshot exactly as stored and hashed (its SHA-256 is in the receipt and the ETag)")
    @APIResponse(responseCode = "500", description = "integrity-failure: the stored snapshot no longer has its "
            + "SHA-256; it is not served and the administrators are alerted")
    public Response snapshot(@PathParam("id") long id) {
        Submission submission = submissions.snapshot(id);
        return Response.ok(submission.snapshot, MediaType.APPLICATION_JSON).tag(submission.sha256).build();
    }

    @GET
    @Path("/{id}/receipt")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The receipt PDF/A of the submission in force (protocol number, arrival and registration "
            + "times, snapshot hash, summary), from the moment it is acknowledged, byte-identical forever")
    @APIResponse(responseCode = "200", description = "The PDF; ETag is its SHA-256")
    public Response receipt(@PathParam("id") long id) {
        return PdfResponses.pdf(receipts.receipt(id));
    }
}
