package org.openbando.eligibility;

import org.openbando.shared.PublicApi;

/** The applicant answered within the term (a completion of documents, observations); the process moves on. */
@PublicApi
public record AdmissibilityAnswered(long proposalId, long submissionId, StepKind kind, long stepId,
        String by) {
}
