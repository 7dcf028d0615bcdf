package org.openbando.funding;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbando.call.CallService;
import org.openbando.document.DocumentService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The beneficiary's funding page ({@code /funding/{submissionId}}), for the users acting for the lead and, for the
 * Line B proofs, for the users of each enterprise of the consortium: the funding decision, the grant per partner with
 * its computation and explanation, the acceptance term with accept and renounce (with a reason), after acceptance the
 * partial renunciation, the Line B obligation (the enterprises that must join, the term, a proof per enterprise with
 * its verdict), after a notice before revocation its reasons and the observations form, the outcome. Anyone else gets
 * 404. The acts go through {@link Awards}, like the API; each form carries the award's version.
 */
@Path("/funding")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPLICANT)
public class BeneficiaryPages {

    /** The page ({@code templates/funding.html}), checked at build time. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record Funding(AwardView a, AwardPageState state, List<ClusterDirectory.ClusterRef> clusters,
            String maxSize, String done) implements TemplateInstance {
    }

    private final Awards awards;
    private final CallService calls;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Pages pages;

    public BeneficiaryPages(Awards awards, CallService calls, DocumentService documents, CurrentUser currentUser,
            Pages pages) {
        this.awards = awards;
        this.calls = calls;
        this.documents = documents;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Path("/{submissionId}")
    public String show(@PathParam("submissionId") long submissionId, @QueryParam("done") String done) {
        return render(submissionId, null, Map.of(), Map.of(), done);
    }

    @POST
    @Path("/{submissionId}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "accept", FormValues.of(form), Set.of("confirm"), "accepted", f -> {
            if (!f.checked("confirm")) {
                throw ProblemException.invalid("confirm", "tick the box to accept");
            }
            return awards.accept(submissionId, ConcessionPages.version(f), currentUser.username());
        });
    }

    @POST
    @Path("/{submissionId}/renunciation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renounce(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "renounce", FormValues.of(form), Set.of("reason"), "renounced",
                f -> awards.renounce(submissionId, f.text("reason"), ConcessionPages.version(f),
                        currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/partial-renunciation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renouncePart(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "renounce-part", FormValues.of(form), Set.of("amount", "reason"), "part-renounced",
                f -> {
                    BigDecimal amount = f.number("amount");
                    if (amount == null) {
                        throw ProblemException.invalid("amount", "is required");
                    }
                    return awards.renouncePart(submissionId, amount, f.text("reason"), ConcessionPages.version(f),
                            currentUser.username());
                });
    }

    /** A proof of joining for one enterprise (multipart: organizationId, clusterId, version, file), as uploads are. */
    @POST
    @Path("/{submissionId}/proofs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response proof(@PathParam("submissionId") long submissionId, @RestForm("file") FileUpload file,
            @RestForm("organizationId") String organizationId, @RestForm("clusterId") String clusterId,
            @RestForm("version") String version) {
        Map<String, String> values = new HashMap<>();
        values.put("organizationId", organizationId);
        values.put("clusterId", clusterId);
        values.put("version", version);
        values.replaceAll((k, v) -> v == null || v.isBlank() ? null : v);
        return act(submissionId, "proof", values, Set.of("organizationId", "clusterId", "file"), "proof", f -> {
            Integer organization = f.integer("organizationId");
            Integer cluster = f.integer("clusterId");
            if (organization == null) {
                throw ProblemException.invalid("organizationId", "choose the enterprise");
            }
            if (cluster == null) {
                throw ProblemException.invalid("clusterId", "choose the cluster");
            }
            if (file == null || file.uploadedFile() == null) {
                throw ProblemException.invalid("file", "attach a PDF");
            }
            long max = awards.maxProofBytes();
            if (file.size() > max) { // refused before the file is read
                throw ProblemException.invalid("file", "at most " + max + " bytes; this file is " + file.size()
                        + " bytes");
            }
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return awards.submitProof(submissionId, organization, cluster, file.fileName(), pdf,
                    ConcessionPages.version(f), currentUser.username());
        });
    }

    @POST
    @Path("/{submissionId}/observations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response observations(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "observations", FormValues.of(form), Set.of("observations"), "observations",
                f -> awards.sendObservations(submissionId, f.text("observations"), ConcessionPages.version(f),
                        currentUser.username()));
    }

    /** An issued document of the award (the decision, a notice, a revocation) for its beneficiaries. */
    @GET
    @Path("/{submissionId}/documents/{documentId}")
    @Produces
    public Response document(@PathParam("submissionId") long submissionId,
            @PathParam("documentId") long documentId) {
        return FundingDownloads.document(awards.view(submissionId, currentUser.username()), documentId, documents);
    }

    /** A proof of membership (PDF) attached for the consortium. */
    @GET
    @Path("/{submissionId}/proofs/{proofId}")
    @Produces
    public Response proofFile(@PathParam("submissionId") long submissionId, @PathParam("proofId") long proofId) {
        AwardView a = awards.view(submissionId, currentUser.username());
        return FundingDownloads.proof(a, proofId, awards.proof(submissionId, proofId, currentUser.username()));
    }

    // -------------------------------------------------------------------------------------------------------------

    private Response act(long submissionId, String action, Map<String, String> values, Set<String> fields,
            String done, Function<FormValues, AwardView> act) {
        Map<String, String> typingErrors = new LinkedHashMap<>();
        FormValues f = new FormValues(values, typingErrors);
        try {
            awards.view(submissionId, currentUser.username()); // 404 before anything is read for a stranger
            act.apply(f);
            return Response.seeOther(URI.create("/funding/" + submissionId + "?done=" + done)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            Map<String, String> errors = FundingDownloads.errors(problem, fields, typingErrors);
            return Response.status(problem.status()).entity(render(submissionId, action, errors, values, null))
                    .build();
        }
    }

    /** A size as people read it: 10 MB, 512 KB. */
    static String sizeLabel(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private String render(long submissionId, String action, Map<String, String> errors, Map<String, String> form,
            String done) {
        AwardView a = awards.view(submissionId, currentUser.username()); // 404 to anyone but its beneficiaries
        Set<Long> actingFor = currentUser.organizationId().map(Set::of).orElse(Set.of());
        AwardPageState state = new AwardPageState(a, pages.locale().getLanguage(), action, errors,
                form == null ? Map.of() : form, actingFor, FundingDownloads.leadOf(a),
                AwardPageState.documentsOf(a, documents::list));
        return pages.render(new Funding(a, state, calls.clusters(), sizeLabel(awards.maxProofBytes()), done));
    }
}
