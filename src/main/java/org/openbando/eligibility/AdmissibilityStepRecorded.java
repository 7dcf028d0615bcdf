package org.openbando.eligibility;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * A step of the admissibility review that the office takes was recorded, in the recording transaction: an officer's
 * decision on the path the model chose (admitted, request to complete documents, notice before rejection,
 * inadmissible) or the lapse of the term to complete documents (inadmissible). The applicants are told of it
 * ({@code notification} observes it).
 *
 * @param dueAt the end of the term the step opens (a completion, observations), or null
 * @param by    the officer who decided, or {@code AuditTrail.SYSTEM} for a lapsed term
 */
@PublicApi
public record AdmissibilityStepRecorded(long proposalId, long submissionId, long stepId, StepKind kind,
        Instant dueAt, String by, Instant at) {
}
