package org.openbando.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.call.ResearchCategory;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentKind;
import org.openbando.document.DocumentService;
import org.openbando.document.PartnerLine;
import org.openbando.document.ProposalHeading;
import org.openbando.document.ReceiptData;
import org.openbando.identity.UserService;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * The receipt of a submission: a PDF/A filled from the frozen snapshot, issued once per submission
 * ({@code submission:N}) and then served byte-identical, in the language of the user who submitted. The proposal
 * process issues it off the acknowledgement path; a request for it that comes first issues it on the spot, the same
 * way: whichever comes first stores it, the other finds it stored ({@link DocumentService#issue} locks the proposal
 * and issues a reference once). Also the heading every later document of the submission carries ({@link #heading}).
 */
@ApplicationScoped
@PublicApi
public class ReceiptDocuments {

    private final DocumentService documents;
    private final ProposalService proposals;
    private final CallService calls;
    private final OrganizationDirectory organizations;
    private final UserService users;

    public ReceiptDocuments(DocumentService documents, ProposalService proposals, CallService calls,
            OrganizationDirectory organizations, UserService users) {
        this.documents = documents;
        this.proposals = proposals;
        this.calls = calls;
        this.organizations = organizations;
        this.users = users;
    }

    /**
     * The receipt of the submission in force, for who may read the proposal, from the moment it is acknowledged:
     * the stored one, or, before the proposal process has issued it (during a rush it waits), issued now from the
     * stored snapshot. 404 when there is no submission.
     */
    public DocumentFile receipt(long proposalId) {
        proposals.readable(proposalId);
        Submission active = Submission.activeOf(proposalId).orElseThrow(() -> ProblemException
                .notFound("Submission of proposal", proposalId));
        return documents.find(proposalId, DocumentKind.RECEIPT, "submission:" + active.id)
                .orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> issueReceipt(active.id)));
    }

    @Transactional
    public DocumentFile issueReceipt(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        Snapshot snapshot = submission.typedSnapshot();
        ProposalContent c = snapshot.content();
        CallRules call = calls.rules(submission.callId);
        ReceiptData data = new ReceiptData(heading(submission, snapshot, call), submission.arrivedAt,
                submission.submittedBy,
                call.areaLabel(c.thematicAreaCode()), c.plannedStart(), c.durationMonths(), partners(snapshot),
                c.totalCost(), c.costOf(ResearchCategory.INDUSTRIAL_RESEARCH),
                c.costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT), c.workPackagesOrEmpty().size(),
                c.trl() == null ? null : c.trl().start(), c.trl() == null ? null : c.trl().target());
        return documents.issue(submission.proposalId, "submission:" + submission.id, users.languageOf(
                submission.submittedBy), AuditTrail.SYSTEM, data);
    }

    /** What heads every document of a submission: the call, the project and its lead as submitted, the receipt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Heading heading(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        return new Heading(heading(submission, submission.typedSnapshot(), calls.rules(submission.callId)),
                users.languageOf(submission.submittedBy), submission.proposalId);
    }

    /** A document's heading, the language of the user who submitted, and the proposal it belongs to. */
    public record Heading(ProposalHeading heading, String language, long proposalId) {
    }

    private static ProposalHeading heading(Submission s, Snapshot snapshot, CallRules call) {
        return new ProposalHeading(call.code(), call.title(), snapshot.line().name(), snapshot.content().title(),
                snapshot.content().acronym(), snapshot.lead().name(), snapshot.lead().vatNumber(), s.protocolNumber,
                s.receivedAt, s.sha256);
    }

    /** The lead first, then the partners, each with its share of the budget. */
    private List<PartnerLine> partners(Snapshot snapshot) {
        ProposalContent c = snapshot.content();
        Map<Long, BigDecimal> costs = c.budgetOrEmpty().stream().collect(Collectors.groupingBy(
                ProposalContent.BudgetItem::organizationId,
                Collectors.reducing(BigDecimal.ZERO, ProposalContent.BudgetItem::amount, BigDecimal::add)));
        List<PartnerLine> lines = new ArrayList<>();
        lines.add(new PartnerLine(snapshot.lead().name(), snapshot.lead().vatNumber(), "LEAD",
                costs.getOrDefault(snapshot.lead().organizationId(), BigDecimal.ZERO)));
        List<Long> ids = c.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).toList();
        Map<Long, OrganizationDirectory.Entry> organisations = organizations.byIds(ids);
        for (Long id : ids) {
            OrganizationDirectory.Entry o = organisations.get(id);
            lines.add(new PartnerLine(o.name(), o.vatNumber(), o.enterprise() ? "ENTERPRISE" : "RESEARCH_ORGANISATION",
                    costs.getOrDefault(id, BigDecimal.ZERO)));
        }
        return lines;
    }
}
