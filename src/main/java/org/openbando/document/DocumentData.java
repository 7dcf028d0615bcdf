package org.openbando.document;

import org.openbando.shared.PublicApi;
/**
 * What a document states: plain values that the caller (proposal, eligibility, workflow) fills in; the document
 * package never reads another feature's entities. One record per {@link DocumentKind}.
 */
@PublicApi
public sealed interface DocumentData permits ReceiptData, CompletionRequestData, NoticeBeforeRejectionData,
        InadmissibilityData, AdmissionData, EvaluationSummaryData, RankingActData, FundingDecisionData,
        RevocationNoticeData, RevocationData {

    DocumentKind kind();

    /** The facts every document repeats: call, line, proposal, lead, protocol number, receipt time, snapshot hash. */
    ProposalHeading heading();
}
