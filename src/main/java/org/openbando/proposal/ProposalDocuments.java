package org.openbando.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openbando.call.GrantCall;
import org.openbando.call.ResearchCategory;
import org.openbando.document.AdmissionData;
import org.openbando.document.CompletionRequestData;
import org.openbando.document.DocumentData;
import org.openbando.document.DocumentService;
import org.openbando.document.InadmissibilityData;
import org.openbando.document.IssuedDocument;
import org.openbando.document.NoticeBeforeRejectionData;
import org.openbando.document.PartnerLine;
import org.openbando.document.ProposalHeading;
import org.openbando.document.ReceiptData;
import org.openbando.identity.AppUser;
import org.openbando.organization.Organization;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;

/**
 * The documents of a submission, filled from the frozen snapshot and the review steps: the receipt and the
 * document of each officer's decision (or lapsed term). Each is issued once per reference ({@code submission:N},
 * {@code decision:N}) and then served byte-identical. The language is the one of the user who submitted.
 */
@ApplicationScoped
public class ProposalDocuments {

    private final DocumentService documents;
    private final ObjectMapper json;
    private final ProposalService proposals;

    public ProposalDocuments(DocumentService documents, ObjectMapper json, ProposalService proposals) {
        this.documents = documents;
        this.json = json;
        this.proposals = proposals;
    }

    /**
     * The receipt of the submission in force, for who may read the proposal: empty while it is being prepared (it is
     * issued off the acknowledgement path, within seconds); 404 when there is no submission.
     */
    public java.util.Optional<IssuedDocument> receipt(long proposalId) {
        proposals.readable(proposalId);
        Submission active = Submission.activeOf(proposalId).orElseThrow(() -> org.openbando.shared.ProblemException
                .notFound("Submission of proposal", proposalId));
        return documents.find(proposalId, org.openbando.document.DocumentKind.RECEIPT, "submission:" + active.id);
    }

    /** Every document issued for the proposal (all its submissions), in order of issue. */
    public List<org.openbando.document.DocumentSummary> list(long proposalId) {
        proposals.readable(proposalId);
        return documents.list(proposalId);
    }

    public IssuedDocument get(long proposalId, long documentId) {
        proposals.readable(proposalId);
        return documents.get(proposalId, documentId).orElseThrow(() -> org.openbando.shared.ProblemException
                .notFound("Document", documentId));
    }

    @Transactional
    public IssuedDocument issueReceipt(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        Proposal proposal = Proposal.findById(submission.proposalId);
        SubmissionService.Snapshot snapshot = snapshot(submission);
        ProposalContent c = snapshot.content();
        GrantCall call = GrantCall.findById(submission.callId);
        String area = call.thematicAreas.stream().filter(a -> a.code.equals(c.thematicAreaCode()))
                .map(a -> a.code + " " + a.name).findFirst().orElse(c.thematicAreaCode());
        ReceiptData data = new ReceiptData(heading(submission, proposal, snapshot, call), submission.submittedBy,
                area, c.plannedStart(), c.durationMonths(), partners(snapshot), c.totalCost(),
                c.costOf(ResearchCategory.INDUSTRIAL_RESEARCH), c.costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT),
                c.workPackagesOrEmpty().size(), c.trl() == null ? null : c.trl().start(),
                c.trl() == null ? null : c.trl().target());
        return documents.issue(proposal.id, "submission:" + submission.id, language(submission), AuditTrail.SYSTEM,
                data);
    }

    @Transactional
    public IssuedDocument issueDecision(long stepId) {
        AdmissibilityStep step = AdmissibilityStep.findById(stepId);
        Submission submission = Submission.findById(step.submissionId);
        Proposal proposal = Proposal.findById(submission.proposalId);
        SubmissionService.Snapshot snapshot = snapshot(submission);
        ProposalHeading heading = heading(submission, proposal, snapshot, GrantCall.findById(submission.callId));
        List<String> items = AdmissibilityService.items(step);
        DocumentData data = switch (step.kind) {
            case ADMITTED -> new AdmissionData(heading, step.text, step.takenBy, step.takenAt);
            case COMPLETION_REQUESTED -> new CompletionRequestData(heading, items, step.dueAt, step.takenBy,
                    step.takenAt);
            case REJECTION_NOTIFIED -> new NoticeBeforeRejectionData(heading, items, step.dueAt, step.takenBy,
                    step.takenAt);
            case INADMISSIBLE -> {
                AdmissibilityStep observations = AdmissibilityStep.last(submission.id,
                        AdmissibilityStep.Kind.OBSERVATIONS_SENT);
                // without observations the step's text is a reason (the lapse of the completion term); after
                // observations it is the officer's answer to them
                List<String> reasons = new ArrayList<>();
                if (observations == null && step.text != null) {
                    reasons.add(step.text);
                }
                reasons.addAll(items);
                yield new InadmissibilityData(heading, reasons, observations == null ? null : observations.text,
                        observations == null ? null : step.text, step.takenBy, step.takenAt);
            }
            default -> throw new IllegalStateException("Step " + stepId + " (" + step.kind + ") has no document");
        };
        return documents.issue(proposal.id, "decision:" + step.id, language(submission), step.takenBy, data);
    }

    private static ProposalHeading heading(Submission s, Proposal p, SubmissionService.Snapshot snapshot,
            GrantCall call) {
        return new ProposalHeading(call.code, call.title, p.line.name(), snapshot.content().title(),
                snapshot.content().acronym(), snapshot.lead().name(), snapshot.lead().vatNumber(), s.protocolNumber,
                s.receivedAt, s.sha256);
    }

    /** The lead first, then the partners, each with its share of the budget. */
    private static List<PartnerLine> partners(SubmissionService.Snapshot snapshot) {
        ProposalContent c = snapshot.content();
        Map<Long, BigDecimal> costs = c.budgetOrEmpty().stream().collect(Collectors.groupingBy(
                ProposalContent.BudgetItem::organizationId,
                Collectors.reducing(BigDecimal.ZERO, ProposalContent.BudgetItem::amount, BigDecimal::add)));
        List<PartnerLine> lines = new ArrayList<>();
        lines.add(new PartnerLine(snapshot.lead().name(), snapshot.lead().vatNumber(), "LEAD",
                costs.getOrDefault(snapshot.lead().organizationId(), BigDecimal.ZERO)));
        List<Long> ids = c.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).toList();
        Map<Long, Organization> organisations = ids.isEmpty() ? Map.of()
                : Organization.<Organization>list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, o -> o));
        for (Long id : ids) {
            Organization o = organisations.get(id);
            lines.add(new PartnerLine(o.name, o.vatNumber, o.type.isEnterprise() ? "ENTERPRISE" : "RESEARCH_ORGANISATION",
                    costs.getOrDefault(id, BigDecimal.ZERO)));
        }
        return lines;
    }

    private SubmissionService.Snapshot snapshot(Submission submission) {
        return Json.read(json, submission.snapshot, SubmissionService.Snapshot.class,
                "The snapshot of submission " + submission.id);
    }

    /** English when the user who submitted reads English, Italian otherwise. */
    private static String language(Submission submission) {
        return AppUser.findByUsername(submission.submittedBy).map(u -> "en".equals(u.locale) ? "en" : "it")
                .orElse("it");
    }
}
