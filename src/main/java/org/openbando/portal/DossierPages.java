package org.openbando.portal;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.document.DocumentSummary;
import org.openbando.eligibility.ProposalTimeline;
import org.openbando.identity.Role;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.ProposalDocuments;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalTexts;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.Languages;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;
import org.openbando.submission.Snapshot;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;
import org.openbando.submission.Submissions;

/**
 * The officer's dossier of one proposal: the proposal as submitted, the eligibility results with their reasons, the
 * review so far, the documents and the timeline, with the decision form. It composes the phases' public services and
 * decides nothing itself: the decision goes through {@link AdmissibilityReview}, like the API's.
 */
@Path("/officer/proposals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class DossierPages {

    /**
     * The dossier's page ({@code templates/officer-proposal.html}), a template record checked at build time: its
     * components are the template's values.
     *
     * @param statusText the proposal's status in the page's language, for the sentence saying why nothing is to decide
     * @param decisions  the decisions the process allows now (empty: the form is not shown)
     * @param form       the values of a refused decision, to show them again
     * @param frozen     the facts of each member frozen in the snapshot, which the checks judged (empty for a draft)
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record OfficerProposal(ProposalView p, SubmissionReceipt receipt, EligibilityChecks.Eligibility eligibility,
            List<FrozenMember> frozen, AdmissibilityReview.Review review, List<ProposalTimeline.TimelineEntry> timeline,
            List<DocumentSummary> documents, boolean awaiting, boolean finalReview, List<String> decisions,
            String statusText, Map<String, String> form, boolean decided, String error) implements TemplateInstance {
    }

    /**
     * A member of the consortium as the snapshot froze it: its facts, whether it leads, the size class explained in the
     * page's language and the clusters it was a member of on the day, by name ("" for none).
     */
    public record FrozenMember(OrganizationFacts facts, boolean lead, String sizeReason, String clusters) {
    }

    private final AdmissibilityReview review;
    private final EligibilityChecks checks;
    private final ProposalTimeline timeline;
    private final ProposalService proposals;
    private final SubmissionService submissions;
    private final ProposalDocuments documents;
    private final Submissions snapshots;
    private final ClusterDirectory clusters;
    private final Pages pages;

    public DossierPages(AdmissibilityReview review, EligibilityChecks checks, ProposalTimeline timeline,
            ProposalService proposals, SubmissionService submissions, ProposalDocuments documents,
            Submissions snapshots, ClusterDirectory clusters, Pages pages) {
        this.review = review;
        this.checks = checks;
        this.timeline = timeline;
        this.proposals = proposals;
        this.submissions = submissions;
        this.documents = documents;
        this.snapshots = snapshots;
        this.clusters = clusters;
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public String dossier(@PathParam("id") long id, @QueryParam("decided") boolean decided) {
        return render(id, decided, Map.of(), null);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        try {
            AdmissibilityReview.Decision decision = values.get("decision") == null ? null
                    : AdmissibilityReview.Decision.valueOf(values.get("decision"));
            review.decide(id, new AdmissibilityReview.DecisionRequest(decision, lines(values.get("missing")),
                    lines(values.get("reasons")), values.get("answerToObservations"), values.get("notes")));
            return Response.seeOther(URI.create("/officer/proposals/" + id + "?decided=true")).build();
        } catch (IllegalArgumentException unknown) {
            return Response.status(400).entity(render(id, false, values, "decision: " + unknown.getMessage())).build();
        } catch (ProblemException problem) {
            String detail = problem.errors() == null || problem.errors().isEmpty() ? problem.getMessage()
                    : problem.errors().stream().map(e -> e.field() + ": " + e.message())
                            .collect(Collectors.joining("; "));
            return Response.status(problem.status()).entity(render(id, false, values, detail)).build();
        }
    }

    /** One item per non-blank line; null when there is none (the service says what is missing). */
    static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    private String render(long id, boolean decided, Map<String, String> form, String error) {
        ProposalView view = proposals.get(id);
        SubmissionReceipt receipt = view.status().isSubmitted() ? submissions.current(id) : null;
        List<AdmissibilityReview.Decision> decisions = AdmissibilityReview.Decision.allowedAt(view.status());
        return pages.render(new OfficerProposal(view, receipt, checks.results(id, pages.locale()),
                receipt == null ? List.of() : frozen(snapshots.snapshot(receipt.submissionId()), pages.locale()),
                review.review(id),
                timeline.timeline(id, pages.locale()), documents.list(id), !decisions.isEmpty(),
                view.status() == ProposalStatus.FINAL_REVIEW, decisions.stream().map(Enum::name).toList(),
                pages.texts(ProposalTexts.class).status(view.status().name()), form, decided, error));
    }

    /** The members' frozen facts for the page (none in a snapshot stored before they were frozen). */
    private List<FrozenMember> frozen(Snapshot snapshot, Locale locale) {
        if (snapshot.members() == null) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        clusters.clusters().forEach(c -> names.put(c.code(), Languages.isItalian(locale) ? c.name() : c.nameEn()));
        return snapshot.members().stream().map(m -> new FrozenMember(m, m.id() == snapshot.lead().organizationId(),
                m.size() == null ? null : m.size().reason(locale), m.clustersOnDay().stream()
                        .map(code -> names.getOrDefault(code, code) + " (" + code + ")")
                        .collect(Collectors.joining(", ")))).toList();
    }
}
