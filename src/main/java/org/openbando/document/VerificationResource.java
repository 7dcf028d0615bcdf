package org.openbando.document;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbando.shared.ApiLanguage;
import org.openbando.shared.Languages;
import org.openbando.shared.ProblemException;

/**
 * Anyone (no login) can check that a document is one OpenBando issued: by the verification code printed on it, or by
 * the file itself (its SHA-256 against the hashes stored at issue). The answer names the act and nothing else
 * ({@link VerifiedDocument}); writes nothing. Each client address may ask {@code requests-per-minute} times a minute
 * ({@link VerificationThrottle}).
 */
@Path("/api/public/documents/verification")
@Tag(name = "Document verification", description = "Whether a document is authentic, by its verification code or "
        + "its file (public)")
public class VerificationResource {

    /** The public answer about an authentic document. */
    @Schema(name = "DocumentVerification")
    public record Verification(
            @Schema(description = "always true: an unknown code or file is a 404") boolean authentic,
            @Schema(description = "the code printed on the document, XXXX-XXXX-XXXX-XXXX; null for a document "
                    + "issued before verification codes existed") String verificationCode,
            @Schema(description = "the kind of act: RECEIPT, COMPLETION_REQUEST, NOTICE_BEFORE_REJECTION, "
                    + "INADMISSIBILITY, ADMISSION, EVALUATION_SUMMARY, RANKING_ACT, FUNDING_DECISION, REVOCATION_NOTICE, "
                    + "REVOCATION; or FUNDING_REPORT, a reading of a call's data at an instant (not an act)")
            String kind,
            @Schema(description = "the act's title in the language of Accept-Language (Italian or English)")
            String title,
            @Schema(description = "the call's code; null for a document issued before verification codes")
            String callCode,
            @Schema(description = "the submission's protocol number, for a proposal's document") Long protocolNumber,
            @Schema(description = "the line (A or B), for a call's document (the ranking act)") String line,
            Instant issuedAt,
            @Schema(description = "SHA-256 of the issued file, lower-case hex") String sha256,
            @Schema(description = "whether the file carries the managing authority's PAdES signature") boolean signed) {

        static Verification of(VerifiedDocument d, Locale language) {
            String title = Languages.texts(DocumentTexts.class, language).title(d.kind());
            return new Verification(true, d.verificationCode(), d.kind(), title, d.callCode(), d.protocolNumber(),
                    d.line(), d.issuedAt(), d.sha256(), d.signed());
        }
    }

    private final DocumentVerification verification;
    private final VerificationThrottle throttle;
    private final HttpServerRequest request;

    public VerificationResource(DocumentVerification verification, VerificationThrottle throttle,
            HttpServerRequest request) {
        this.verification = verification;
        this.throttle = throttle;
        this.request = request;
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a verification code belongs to a document OpenBando issued, and which act it is",
            description = "The code is read as Crockford's base32: case, hyphens, I/L for 1 and O for 0 do not matter.")
    @APIResponse(responseCode = "200", description = "An authentic document: its act, reference, issue, hash, signature")
    @APIResponse(responseCode = "400", description = "The code is not 16 characters of Crockford's base32 (field code)")
    @APIResponse(responseCode = "404", description = "No document has this code (document-not-found)")
    @APIResponse(responseCode = "429", description = "Too many verifications from this address (Retry-After)")
    public Verification byCode(@PathParam("code") String code, @Context HttpHeaders headers) {
        String canonical = DocumentVerification.canonical(code); // the format first: a 400 costs nothing
        throttle.admit(address());
        return verification.byCode(canonical).map(d -> Verification.of(d, ApiLanguage.of(headers)))
                .orElseThrow(() -> new ProblemException(404, "document-not-found", "No such document",
                        "No document issued by OpenBando has the verification code " + canonical, List.of()));
    }

    @POST
    @PermitAll
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a file is a document OpenBando issued, byte for byte",
            description = "The body is the PDF itself; it is hashed (SHA-256), never parsed nor stored, and compared "
                    + "with the hashes stored when documents are issued (documents issued before verification codes "
                    + "included). At most openbando.document-verification.max-size bytes.")
    @RequestBody(content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "An authentic document: its act, reference, issue, hash, signature")
    @APIResponse(responseCode = "400", description = "An empty body (field file)")
    @APIResponse(responseCode = "404", description = "No issued document has these bytes (not-an-issued-document)")
    @APIResponse(responseCode = "413", description = "Larger than any issued document (file-too-large, field file)")
    @APIResponse(responseCode = "415", description = "Not application/pdf nor application/octet-stream")
    @APIResponse(responseCode = "429", description = "Too many verifications from this address (Retry-After)")
    public Verification byFile(InputStream body, @Context HttpHeaders headers) {
        throttle.admit(address());
        String sha256 = verification.hash(body, headers.getLength());
        return verification.byHash(sha256).map(d -> Verification.of(d, ApiLanguage.of(headers)))
                .orElseThrow(() -> new ProblemException(404, "not-an-issued-document", "Not an issued document",
                        "No document issued by OpenBando has these bytes (SHA-256 " + sha256 + "): it is not a "
                                + "document issued by the system, or it was changed after its issue", List.of()));
    }

    private String address() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
