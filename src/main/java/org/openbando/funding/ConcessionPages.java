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
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openbando.document.DocumentService;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The officer's concession checklist of a funded project ({@code /officer/funding/{submissionId}}): the project, its
 * grant per partner with the computation and its explanations, the checks (CUP, COR, DURC, anti-mafia documentation
 * when required, the Line B commitment), each a small form and, once done, who and when; the order of the funding
 * decision when all are done; after it, the terms, the acceptance, the Line B joining with the proofs (download,
 * confirm or reject with a reason), the notice before revocation, the observations and the decision on the revocation;
 * the documents. Officers act; auditors read (every POST
 * refuses them). The acts go through {@link Awards}, like the API; each form carries the award's version.
 */
@Path("/officer/funding")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class ConcessionPages {

    /**
     * The checklist page ({@code templates/officer-funding.html}), checked at build time.
     *
     * @param done what the last act did ({@code cup}, {@code concession}, ...), or null
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record OfficerFunding(AwardView a, AwardPageState state, boolean officer, String done)
            implements TemplateInstance {
    }

    private final Awards awards;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Pages pages;

    public ConcessionPages(Awards awards, DocumentService documents, CurrentUser currentUser,
            Pages pages) {
        this.awards = awards;
        this.documents = documents;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public String show(@PathParam("submissionId") long submissionId, @QueryParam("done") String done) {
        return render(submissionId, null, Map.of(), Map.of(), done);
    }

    @POST
    @Path("/{submissionId}/cup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cup(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "cup", form, Set.of("cup"), "cup",
                f -> awards.recordCup(submissionId, f.text("cup"), version(f), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/cor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cor(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "cor", form, Set.of("cor"), "cor",
                f -> awards.recordCor(submissionId, f.text("cor"), version(f), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/durc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response durc(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "durc", form, Set.of("durcIssuedOn"), "durc", f -> {
            LocalDate issuedOn = f.date("durcIssuedOn");
            if (issuedOn == null) {
                throw ProblemException.invalid("durcIssuedOn", "is required (yyyy-mm-dd)");
            }
            return awards.recordDurc(submissionId, issuedOn, version(f), currentUser.username());
        });
    }

    @POST
    @Path("/{submissionId}/antimafia")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response antimafia(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "antimafia", form, Set.of("reference"), "antimafia",
                f -> awards.recordAntimafia(submissionId, f.text("reference"), version(f), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/line-b-commitment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commitment(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "commitment", form, Set.of(), "commitment",
                f -> awards.recordLineBCommitment(submissionId, version(f), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/concession")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "concession", form, Set.of(), "concession",
                f -> awards.completeConcession(submissionId, version(f), currentUser.username()));
    }

    @POST
    @Path("/{submissionId}/proofs/{proofId}/verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verdict(@PathParam("submissionId") long submissionId, @PathParam("proofId") long proofId,
            MultivaluedMap<String, String> form) {
        return act(submissionId, "verdict-" + proofId, form, Set.of("confirmed", "reason"), "verdict", f -> {
            Boolean confirmed = yesNo(f, "confirmed");
            return awards.judgeProof(submissionId, proofId, confirmed, f.text("reason"), version(f),
                    currentUser.username());
        });
    }

    @POST
    @Path("/{submissionId}/revocation-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revocation(@PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        return act(submissionId, "revocation", form, Set.of("revoke", "reason"), "revocation", f -> {
            Boolean revoke = yesNo(f, "revoke");
            return awards.decideRevocation(submissionId, revoke, f.text("reason"), version(f),
                    currentUser.username());
        });
    }

    /** An issued document of the award (decision, notice, revocation) for officers and auditors. */
    @GET
    @Path("/{submissionId}/documents/{documentId}")
    @Produces
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public Response document(@PathParam("submissionId") long submissionId,
            @PathParam("documentId") long documentId) {
        return FundingDownloads.document(awards.view(submissionId, currentUser.username()), documentId, documents);
    }

    /** A proof of membership (PDF) for officers and auditors. */
    @GET
    @Path("/{submissionId}/proofs/{proofId}")
    @Produces
    @RolesAllowed({Role.OFFICER, Role.AUDITOR})
    public Response proof(@PathParam("submissionId") long submissionId, @PathParam("proofId") long proofId) {
        AwardView a = awards.view(submissionId, currentUser.username());
        return FundingDownloads.proof(a, proofId, awards.proof(submissionId, proofId, currentUser.username()));
    }

    // -------------------------------------------------------------------------------------------------------------

    /** The version the form carries (a missing or malformed one is the form's error, 400 naming {@code version}). */
    static long version(FormValues f) {
        Integer version = f.integer("version");
        if (version == null) {
            throw ProblemException.invalid("version", "is required");
        }
        return version;
    }

    /** A yes/no radio ({@code true}/{@code false}); anything else is the field's error. */
    static Boolean yesNo(FormValues f, String field) {
        String value = f.text(field);
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid(field, "choose one");
    }

    private Response act(long submissionId, String action, MultivaluedMap<String, String> raw, Set<String> fields,
            String done, java.util.function.Function<FormValues, AwardView> act) {
        Map<String, String> values = FormValues.of(raw);
        Map<String, String> typingErrors = new LinkedHashMap<>();
        FormValues f = new FormValues(values, typingErrors);
        try {
            act.apply(f);
            return Response.seeOther(URI.create("/officer/funding/" + submissionId + "?done=" + done)).build();
        } catch (ProblemException problem) {
            Map<String, String> errors = FundingDownloads.errors(problem, fields, typingErrors);
            return Response.status(problem.status()).entity(render(submissionId, action, errors, values, null))
                    .build();
        }
    }

    private String render(long submissionId, String action, Map<String, String> errors, Map<String, String> form,
            String done) {
        AwardView a = awards.view(submissionId, currentUser.username()); // 404 when the project is not funded
        AwardPageState state = new AwardPageState(a, pages.locale().getLanguage(), action, errors,
                form == null ? Map.of() : form, Set.of(), FundingDownloads.leadOf(a),
                AwardPageState.documentsOf(a, documents::list));
        return pages.render(new OfficerFunding(a, state, currentUser.isOfficer(), done));
    }
}
