package org.openbando.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentService;
import org.openbando.document.DocumentSummary;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * The documents issued for a proposal (receipts, requests, notices, decisions), for those who may read it: each
 * byte-identical to when it was issued. The features that issue them (submission, eligibility) fill the data.
 */
@ApplicationScoped
@PublicApi
public class ProposalDocuments {

    private final DocumentService documents;
    private final ProposalService proposals;

    public ProposalDocuments(DocumentService documents, ProposalService proposals) {
        this.documents = documents;
        this.proposals = proposals;
    }

    /** Every document issued for the proposal (all its submissions), in order of issue. */
    public List<DocumentSummary> list(long proposalId) {
        proposals.readable(proposalId);
        return documents.list(proposalId);
    }

    public DocumentFile get(long proposalId, long documentId) {
        proposals.readable(proposalId);
        return documents.get(proposalId, documentId).orElseThrow(() -> ProblemException.notFound("Document",
                documentId));
    }
}
