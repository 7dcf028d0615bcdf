package org.openbando.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentKind;
import org.openbando.document.DocumentService;
import org.openbando.document.DocumentSummary;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * The documents issued for a proposal (receipts, requests, notices, decisions), for those who may read it: each
 * byte-identical to when it was issued. The features that issue them (submission, eligibility, evaluation) fill the
 * data. A kind withheld from applicants ({@link DocumentKind#withheldFromApplicants()}: the Evaluation Summary Report,
 * theirs only once the ranking releases it, through the evaluation's own route) is not among them for the applicant.
 */
@ApplicationScoped
@PublicApi
public class ProposalDocuments {

    private final DocumentService documents;
    private final ProposalService proposals;
    private final CurrentUser currentUser;

    public ProposalDocuments(DocumentService documents, ProposalService proposals, CurrentUser currentUser) {
        this.documents = documents;
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    /** Officers, auditors and administrators read every document; applicants not those withheld from them. */
    private boolean shown(DocumentKind kind) {
        return !kind.withheldFromApplicants() || currentUser.readsEverything();
    }

    /** Every document issued for the proposal (all its submissions), in order of issue. */
    public List<DocumentSummary> list(long proposalId) {
        proposals.readable(proposalId);
        return documents.list(proposalId).stream().filter(d -> shown(d.kind())).toList();
    }

    public DocumentFile get(long proposalId, long documentId) {
        proposals.readable(proposalId);
        return documents.get(proposalId, documentId).filter(d -> shown(d.kind()))
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }
}
