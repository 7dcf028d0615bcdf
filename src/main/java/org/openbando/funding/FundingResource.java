package org.openbando.funding;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.document.DocumentService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;

/**
 * The funded projects: the concession checklist and the officer's acts, the beneficiary's acceptance, renunciation,
 * proofs of cluster membership and observations, the documents. Every write names the award's {@code version}.
 */
@Path("/api/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding", description = "Concession, funding decision, acceptance, Line B membership, revocation")
public class FundingResource {

    public record Version(@NotNull Long version) {
    }

    public record Cup(@NotNull @Size(max = 15) String cup, @NotNull Long version) {
    }

    public record Cor(@NotNull @Size(max = 20) String cor, @NotNull Long version) {
    }

    public record Durc(@NotNull LocalDate durcIssuedOn, @NotNull Long version) {
    }

    public record Antimafia(@NotNull @Size(max = Awards.MAX_REFERENCE) String reference, @NotNull Long version) {
    }

    /** Without {@code amount} the whole grant is renounced; with it, that part (after acceptance). */
    public record Renunciation(@NotNull @Size(max = Awards.MAX_REASON) String reason, BigDecimal amount,
            @NotNull Long version) {
    }

    public record Verdict(@NotNull Boolean confirmed, @Size(max = Awards.MAX_REASON) String reason,
            @NotNull Long version) {
    }

    public record Observations(@NotNull @Size(max = Awards.MAX_OBSERVATIONS) String observations,
            @NotNull Long version) {
    }

    public record RevocationDecision(@NotNull Boolean revoke, @NotNull @Size(max = Awards.MAX_REASON) String reason,
            @NotNull Long version) {
    }

    private final Awards awards;
    private final DocumentService documents;
    private final CurrentUser currentUser;

    public FundingResource(Awards awards, DocumentService documents, CurrentUser currentUser) {
        this.awards = awards;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    private String me() {
        return currentUser.username();
    }

    @GET
    @Path("/calls/{callId: \\d+}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    @Operation(summary = "The funded projects of a call (both lines) with their concession's state")
    public List<AwardView> ofCall(@PathParam("callId") long callId) {
        return awards.ofCall(callId);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The funded projects whose lead the caller acts for")
    public List<AwardView> mine() {
        return awards.mine(me());
    }

    @GET
    @Path("/{submissionId: \\d+}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.APPLICANT})
    @Operation(summary = "A funded project: grant and computation per partner, checklist, decision and terms, "
            + "Line B membership and proofs, notice and revocation. Officers, auditors and the consortium's users "
            + "(404 to anyone else)")
    public AwardView get(@PathParam("submissionId") long submissionId) {
        return awards.view(submissionId, me());
    }

    @PUT
    @Path("/{submissionId: \\d+}/cup")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Records the CUP (15 characters, ^[A-Z][0-9]{2}[A-Z][0-9]{11}$; 400 naming cup)")
    @APIResponse(responseCode = "409", description = "Stale version, or the concession is completed")
    public AwardView cup(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Cup body) {
        body = valid(body);
        return awards.recordCup(submissionId, body.cup(), body.version(), me());
    }

    @PUT
    @Path("/{submissionId: \\d+}/cor")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Records the COR of the national state-aid register (1 to 20 digits; 400 naming cor)")
    @APIResponse(responseCode = "409", description = "Stale version, or the concession is completed")
    public AwardView cor(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Cor body) {
        body = valid(body);
        return awards.recordCor(submissionId, body.cor(), body.version(), me());
    }

    @PUT
    @Path("/{submissionId: \\d+}/durc")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Records the day the DURC was issued: valid 120 days from it, it must be valid today "
            + "(400 naming durcIssuedOn)")
    @APIResponse(responseCode = "409", description = "Stale version, or the concession is completed")
    public AwardView durc(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Durc body) {
        body = valid(body);
        return awards.recordDurc(submissionId, body.durcIssuedOn(), body.version(), me());
    }

    @PUT
    @Path("/{submissionId: \\d+}/antimafia")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Records the reference of the anti-mafia documentation (required above EUR 150,000)")
    @APIResponse(responseCode = "409", description = "Stale version, or the concession is completed")
    public AwardView antimafia(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Antimafia body) {
        body = valid(body);
        return awards.recordAntimafia(submissionId, body.reference(), body.version(), me());
    }

    @PUT
    @Path("/{submissionId: \\d+}/line-b-commitment")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Line B: records that the beneficiary's commitment to join a cluster is on file")
    @APIResponse(responseCode = "409", description = "Stale version, Line A, or the concession is completed")
    public AwardView lineBCommitment(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Version body) {
        body = valid(body);
        return awards.recordLineBCommitment(submissionId, body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/concession")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "Completes the concession: the checklist is complete on the day; the funding decision is "
            + "issued by the funding process")
    @APIResponse(responseCode = "409", description = "Stale version, or the checklist is incomplete (the problem "
            + "names each missing task)")
    public AwardView concession(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Version body) {
        body = valid(body);
        return awards.completeConcession(submissionId, body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/acceptance")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The beneficiary (a user acting for the lead) accepts the funding decision within its term")
    @APIResponse(responseCode = "409", description = "Stale version, not awaiting acceptance, or the term ended")
    public AwardView acceptance(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Version body) {
        body = valid(body);
        return awards.accept(submissionId, body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/renunciation")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "The beneficiary renounces the grant (without amount) or, after accepting it, part of it "
            + "(0 < amount < grant; the partners' grants are reduced in proportion); the money is freed for the "
            + "reserve list")
    @APIResponse(responseCode = "409", description = "Stale version, or not renounceable in the award's state")
    public AwardView renunciation(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Renunciation body) {
        body = valid(body);
        return body.amount() == null ? awards.renounce(submissionId, body.reason(), body.version(), me())
                : awards.renouncePart(submissionId, body.amount(), body.reason(), body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/proofs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Line B: the proof (PDF, multipart: organizationId, clusterId, version, file) that an "
            + "enterprise of the consortium joined a cluster, by a user acting for the lead or that enterprise")
    @APIResponse(responseCode = "409", description = "Stale version, Line A, or no proof awaited")
    @APIResponse(responseCode = "413", description = "Larger than openbando.attachments.max-size")
    @APIResponse(responseCode = "422", description = "Not a readable PDF, or with active content")
    public AwardView proof(@PathParam("submissionId") long submissionId,
            @RestForm("organizationId") String organizationId, @RestForm("clusterId") String clusterId,
            @RestForm("version") String version,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        long organization = number("organizationId", organizationId);
        long cluster = number("clusterId", clusterId);
        long v = number("version", version);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "a PDF file is required");
        }
        if (file.size() > awards.maxProofBytes()) {
            throw new ProblemException(413, "proof-too-large", "Proof too large", "file: at most "
                    + awards.maxProofBytes() + " bytes; this file is " + file.size() + " bytes",
                    List.of(new FieldViolation("file", "at most " + awards.maxProofBytes() + " bytes")));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return awards.submitProof(submissionId, organization, cluster, file.fileName(), content, v, me());
    }

    @POST
    @Path("/{submissionId: \\d+}/proofs/{proofId: \\d+}/verdict")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "The officer confirms a proof (the membership must be registered as active today) or "
            + "rejects it with a reason; when every enterprise is confirmed, the obligation is met")
    @APIResponse(responseCode = "409", description = "Stale version, already judged, or the membership is not "
            + "registered")
    public AwardView verdict(@PathParam("submissionId") long submissionId, @PathParam("proofId") long proofId,
            @NotNull(message = "a JSON body is required") @Valid Verdict body) {
        body = valid(body);
        return awards.judgeProof(submissionId, proofId, body.confirmed(), body.reason(), body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/observations")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "After a notice before revocation, the beneficiary's observations within their term")
    @APIResponse(responseCode = "409", description = "Stale version, no notice, already sent, or the term ended")
    public AwardView observations(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid Observations body) {
        body = valid(body);
        return awards.sendObservations(submissionId, body.observations(), body.version(), me());
    }

    @POST
    @Path("/{submissionId: \\d+}/revocation-decision")
    @RolesAllowed(Role.OFFICER)
    @Operation(summary = "After the observations (or their term), the officer revokes with reasons or finds the "
            + "obligation met")
    @APIResponse(responseCode = "409", description = "Stale version, no notice, or the observations term running")
    public AwardView revocationDecision(@PathParam("submissionId") long submissionId,
            @NotNull(message = "a JSON body is required") @Valid RevocationDecision body) {
        body = valid(body);
        return awards.decideRevocation(submissionId, body.revoke(), body.reason(), body.version(), me());
    }

    @GET
    @Path("/{submissionId: \\d+}/decision")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.APPLICANT})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The signed funding decision (PDF/A); 404 before it is issued")
    public Response decision(@PathParam("submissionId") long submissionId) {
        AwardView award = awards.view(submissionId, me());
        if (award.decisionDocumentId() == null) {
            throw ProblemException.notFound("Funding decision of submission", submissionId);
        }
        return document(award, award.decisionDocumentId());
    }

    @GET
    @Path("/{submissionId: \\d+}/documents/{documentId: \\d+}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.APPLICANT})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A document of the award (decision, notice before revocation, revocation) as issued")
    public Response document(@PathParam("submissionId") long submissionId,
            @PathParam("documentId") long documentId) {
        return document(awards.view(submissionId, me()), documentId);
    }

    private Response document(AwardView award, long documentId) {
        if (!award.documentIds().contains(documentId)) {
            throw ProblemException.notFound("Document", documentId);
        }
        return PdfResponses.pdf(documents.get(award.proposalId(), documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId)));
    }

    @GET
    @Path("/{submissionId: \\d+}/proofs/{proofId: \\d+}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR, Role.APPLICANT})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A proof of cluster membership as uploaded; ETag is its SHA-256")
    public Response proofFile(@PathParam("submissionId") long submissionId, @PathParam("proofId") long proofId) {
        Awards.ProofFile file = awards.proofFile(submissionId, proofId, me());
        return PdfResponses.pdf(file.content(), file.fileName(), file.sha256());
    }

    private static long number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        if (value.length() > 19 || !value.strip().matches("[0-9]+")) {
            throw ProblemException.invalid(field, "a whole number");
        }
        return Long.parseLong(value.strip());
    }

    private <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "a JSON body is required");
        }
        return body;
    }
}
