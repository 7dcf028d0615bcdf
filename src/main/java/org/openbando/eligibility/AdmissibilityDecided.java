package org.openbando.eligibility;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * An officer decided on the admissibility of a submission, in the deciding transaction: what was chosen and why. The
 * proposal process completes the officer's task with it; its gateways choose the path (a notice before rejection
 * first or not), and the step of that path records the outcome ({@link AdmissibilitySteps#recordDecision}).
 */
@PublicApi
public record AdmissibilityDecided(long proposalId, long submissionId, AdmissibilityReview.Decision decision,
        List<String> missing, List<String> reasons, String answerToObservations, String notes, String by,
        Instant at) {
}
