package org.openbando.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;

/**
 * The public verification pages, no login: {@code /verify} has a form for the verification code and one for the file
 * itself; {@code /verify/{code}} (the address in every document's QR code) shows what the verification says about the
 * code: an authentic document's act, reference, issue, hash and signature, or that no document has it (404). An
 * uploaded file is hashed and compared, never parsed nor kept. As the API ({@link VerificationResource}): format
 * first, then the per-address bound, then one indexed lookup.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerificationPages {

    /** What the page shows after a check. */
    public enum Outcome {
        AUTHENTIC_CODE, AUTHENTIC_FILE, UNKNOWN_CODE, UNKNOWN_FILE
    }

    /**
     * The page ({@code templates/verify.html}), checked at build time.
     *
     * @param code the code as typed, or as found (to fill the form again)
     * @param codeError why the code was refused; null when it was not
     * @param fileError why the file was refused; null when it was not
     * @param outcome null for the empty form
     * @param document the authentic document; null unless the outcome is authentic
     * @param fileSha256 the uploaded file's SHA-256, after a check by file
     * @param maxSize the largest file checked, as shown (e.g. {@code 10 MB})
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record Verify(String code, String codeError, String fileError, Outcome outcome, VerifiedDocument document,
            String fileSha256, String maxSize) implements TemplateInstance {
    }

    private final DocumentVerification verification;
    private final VerificationThrottle throttle;
    private final HttpServerRequest request;
    private final Pages pages;

    public VerificationPages(DocumentVerification verification, VerificationThrottle throttle,
            HttpServerRequest request, Pages pages) {
        this.verification = verification;
        this.throttle = throttle;
        this.request = request;
        this.pages = pages;
    }

    /** The forms; with {@code ?code=} (the code form, sent by GET) the result's address. */
    @GET
    public Response form(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return page(200, new Verify(null, null, null, null, null, null, maxSize()));
        }
        String canonical;
        try {
            canonical = DocumentVerification.canonical(code);
        } catch (ProblemException e) {
            return invalidCode(code);
        }
        return Response.seeOther(URI.create("/verify/" + canonical)).build();
    }

    /** The result for a code: the QR code's target. */
    @GET
    @Path("/{code}")
    public Response byCode(@PathParam("code") String code) {
        String canonical;
        try {
            canonical = DocumentVerification.canonical(code);
        } catch (ProblemException e) {
            return invalidCode(code);
        }
        throttle.admit(address());
        return verification.byCode(canonical)
                .map(d -> page(200, new Verify(canonical, null, null, Outcome.AUTHENTIC_CODE, d, null, maxSize())))
                .orElseGet(() -> page(404, new Verify(canonical, null, null, Outcome.UNKNOWN_CODE, null, null,
                        maxSize())));
    }

    /** The result for an uploaded file (multipart, field {@code file}). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response byFile(@RestForm("file") FileUpload file) {
        throttle.admit(address());
        VerificationTexts texts = pages.texts(VerificationTexts.class);
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return page(400, new Verify(null, null, texts.file_missing(), null, null, null, maxSize()));
        }
        if (file.size() > verification.maxFileBytes()) {
            return page(413, new Verify(null, null, texts.file_too_large(maxSize()), null, null, null, maxSize()));
        }
        String sha256;
        try {
            sha256 = verification.hash(Files.newInputStream(file.uploadedFile()), file.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return verification.byHash(sha256)
                .map(d -> page(200, new Verify(null, null, null, Outcome.AUTHENTIC_FILE, d, sha256, maxSize())))
                .orElseGet(() -> page(404, new Verify(null, null, null, Outcome.UNKNOWN_FILE, null, sha256,
                        maxSize())));
    }

    private Response invalidCode(String typed) {
        String shown = typed.length() > DocumentVerification.MAX_CODE_INPUT
                ? typed.substring(0, DocumentVerification.MAX_CODE_INPUT) : typed;
        return page(400, new Verify(shown, pages.texts(VerificationTexts.class).code_invalid(), null, null, null, null,
                maxSize()));
    }

    private Response page(int status, Verify view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(pages.render(view)).build();
    }

    private String maxSize() {
        long bytes = verification.maxFileBytes();
        long mb = 1024L * 1024L;
        return bytes % mb == 0 ? bytes / mb + " MB" : (bytes + 1023) / 1024 + " KB";
    }

    private String address() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
