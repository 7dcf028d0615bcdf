package org.openbando.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.identity.Role;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.Pages;
import org.openbando.submission.Submissions;

/**
 * The auditor's dossier pages (issue 15): a call's submitted projects ({@code /auditor/calls/{callId}/projects},
 * keyset-paged by protocol number, filtered by line and by text in the acronym or the lead's name), a project's dossier
 * ({@code /auditor/projects/{submissionId}}: the files it contains with their stored SHA-256, the dossiers issued with
 * their manifest's SHA-256, the download) and the verification of a dossier ({@code /auditor/dossiers/verify}: upload a
 * ZIP, see the result file by file). Nothing here changes data: the verification's POST only reads.
 */
@Path("/auditor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUDITOR, Role.ADMIN})
public class DossierPages {

    /** The longest text filter, and the page sizes. */
    public static final int MAX_TEXT = 100;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** A row of the projects' list. */
    public record Row(long submissionId, long protocolNumber, String line, String acronym, String title,
            String leadName, String stage, boolean withdrawn) {
    }

    /**
     * The call's projects ({@code templates/auditor-projects.html}).
     *
     * @param next the {@code after} of the next page (null on the last)
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorProjects(CallView call, List<Row> rows, String line, String q, int size, Long after,
            Long next) implements TemplateInstance {
    }

    /** A project's dossier ({@code templates/auditor-project.html}). */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorProject(Dossiers.Contents dossier) implements TemplateInstance {
    }

    /** The verification form and its result ({@code templates/auditor-dossier-verify.html}). */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorDossierVerify(long maxBytes, Dossiers.Verification result, String error)
            implements TemplateInstance {
    }

    private final Dossiers dossiers;
    private final Submissions submissions;
    private final ProposalService proposals;
    private final CallService calls;
    private final Pages pages;

    public DossierPages(Dossiers dossiers, Submissions submissions, ProposalService proposals, CallService calls,
            Pages pages) {
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.proposals = proposals;
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    @Path("/calls/{callId}/projects")
    public String projects(@PathParam("callId") long callId, @QueryParam("line") String line,
            @QueryParam("q") String q, @QueryParam("after") String after, @QueryParam("size") String size) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        String l = line == null || line.isBlank() ? null : line.strip();
        if (l != null && !l.equals("A") && !l.equals("B")) {
            errors.add(new Problem.FieldViolation("line", "must be A or B"));
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            errors.add(new Problem.FieldViolation("q", "at most " + MAX_TEXT + " characters, no control character"));
        }
        Long afterProtocol = number(after, "after", 0, Long.MAX_VALUE, errors);
        Long pageSize = number(size, "size", 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int n = pageSize == null ? DEFAULT_SIZE : pageSize.intValue();
        CallView call = calls.get(callId); // 404 for an unknown call
        List<Submissions.Listed> found = submissions.listed(callId, l, text, afterProtocol, n + 1);
        List<Submissions.Listed> page = found.size() > n ? found.subList(0, n) : found;
        Map<Long, ProposalStatus> stages = proposals.statuses(page.stream().map(Submissions.Listed::proposalId)
                .toList());
        List<Row> rows = page.stream().map(s -> new Row(s.submissionId(), s.protocolNumber(), s.line(), s.acronym(),
                s.title(), s.leadName(), stages.containsKey(s.proposalId()) ? stages.get(s.proposalId()).name() : "",
                s.withdrawnAt() != null)).toList();
        Long next = found.size() > n ? page.get(page.size() - 1).protocolNumber() : null;
        return pages.render(new AuditorProjects(call, rows, l, text, n, afterProtocol, next));
    }

    @GET
    @Path("/projects/{submissionId}")
    public String project(@PathParam("submissionId") long submissionId) {
        return pages.render(new AuditorProject(dossiers.contents(submissionId)));
    }

    /**
     * The dossier's ZIP for the logged-in browser (the API's {@code /api/dossiers/{id}.zip} takes Basic credentials
     * only), streamed as {@link DossierResource#zip} does.
     */
    @GET
    @Path("/projects/{submissionId}/dossier.zip")
    @Produces({"application/zip", MediaType.TEXT_HTML})
    public Response zip(@PathParam("submissionId") long submissionId) {
        dossiers.requireKnown(submissionId);
        jakarta.ws.rs.core.StreamingOutput body = out -> dossiers.write(submissionId, out);
        return Downloads.of(body, Downloads.ZIP, "dossier-" + submissionId + ".zip");
    }

    @GET
    @Path("/dossiers/verify")
    public String verifyForm() {
        return pages.render(new AuditorDossierVerify(dossiers.maxUploadBytes(), null, null));
    }

    /** Verifies an uploaded dossier (multipart: file); writes nothing. */
    @POST
    @Path("/dossiers/verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response verify(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return error(400, "file: choose a ZIP file");
        }
        if (file.size() > dossiers.maxUploadBytes()) { // refused before the file is read
            return error(413, "file: at most " + dossiers.maxUploadBytes() + " bytes; this file is " + file.size()
                    + " bytes");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            Dossiers.Verification result = dossiers.verify(in);
            return Response.ok(pages.render(new AuditorDossierVerify(dossiers.maxUploadBytes(), result, null)))
                    .build();
        } catch (ProblemException problem) {
            return error(problem.status(), problem.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response error(int status, String detail) {
        return Response.status(status).entity(pages.render(new AuditorDossierVerify(dossiers.maxUploadBytes(), null,
                detail))).type(MediaType.TEXT_HTML).build();
    }

    private static Long number(String raw, String field, long min, long max, List<Problem.FieldViolation> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() > 19) {
                throw new NumberFormatException();
            }
            long v = Long.parseLong(raw.strip());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldViolation(field, "must be a whole number from " + min + " to " + max));
            return null;
        }
    }
}
