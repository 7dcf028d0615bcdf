package org.openbando.eligibility;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.openbando.document.AdmissionData;
import org.openbando.document.CompletionRequestData;
import org.openbando.document.DocumentData;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentService;
import org.openbando.document.InadmissibilityData;
import org.openbando.document.NoticeBeforeRejectionData;
import org.openbando.submission.ReceiptDocuments;

/**
 * The document of each officer's decision (or lapsed term) of the admissibility review: a PDF/A issued once per step
 * ({@code decision:N}) under the heading of the submission, in the language of the user who submitted.
 */
@ApplicationScoped
class DecisionDocuments {

    private final DocumentService documents;
    private final ReceiptDocuments receipts;
    private final ObjectMapper json;

    DecisionDocuments(DocumentService documents, ReceiptDocuments receipts, ObjectMapper json) {
        this.documents = documents;
        this.receipts = receipts;
        this.json = json;
    }

    @Transactional
    DocumentFile issue(long stepId) {
        AdmissibilityStep step = AdmissibilityStep.findById(stepId);
        ReceiptDocuments.Heading heading = receipts.heading(step.submissionId);
        List<String> items = step.itemList(json);
        DocumentData data = switch (step.kind) {
            case ADMITTED -> new AdmissionData(heading.heading(), step.text, step.takenBy, step.takenAt);
            case COMPLETION_REQUESTED -> new CompletionRequestData(heading.heading(), items, step.dueAt, step.takenBy,
                    step.takenAt);
            case REJECTION_NOTIFIED -> new NoticeBeforeRejectionData(heading.heading(), items, step.dueAt,
                    step.takenBy, step.takenAt);
            case INADMISSIBLE -> {
                AdmissibilityStep observations = AdmissibilityStep.last(step.submissionId,
                        StepKind.OBSERVATIONS_SENT);
                // without observations the step's text is a reason (the lapse of the completion term); after
                // observations it is the officer's answer to them
                List<String> reasons = new ArrayList<>();
                if (observations == null && step.text != null) {
                    reasons.add(step.text);
                }
                reasons.addAll(items);
                yield new InadmissibilityData(heading.heading(), reasons, observations == null ? null
                        : observations.text, observations == null ? null : step.text, step.takenBy, step.takenAt);
            }
            default -> throw new IllegalStateException("Step " + stepId + " (" + step.kind + ") has no document");
        };
        return documents.issue(heading.proposalId(), "decision:" + step.id, heading.language(), step.takenBy, data);
    }
}
