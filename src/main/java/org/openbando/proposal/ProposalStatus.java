package org.openbando.proposal;

import java.util.Set;
import org.openbando.shared.PublicApi;

/**
 * The status a user sees, as the proposal process ({@code bpmn/proposal.bpmn}) and the people acting in it move it;
 * only {@link ProposalStatuses} writes it, through its table of allowed transitions:
 * <ul>
 * <li>DRAFT while the applicants edit it (and again after a withdrawal);</li>
 * <li>SUBMITTED once its snapshot is stored with a protocol number, while the automatic checks run;</li>
 * <li>UNDER_REVIEW when the checks are done and an officer reviews admissibility;</li>
 * <li>COMPLETION_REQUESTED while the applicant has a term to complete documents;</li>
 * <li>REJECTION_NOTIFIED while the applicant has a term to send observations on a notice before rejection;</li>
 * <li>FINAL_REVIEW when the officer decides after the observations (or after their term);</li>
 * <li>ADMITTED (to evaluation) or INADMISSIBLE: final for admissibility;</li>
 * <li>UNDER_EVALUATION while the panel of experts evaluates it;</li>
 * <li>EVALUATED once the consensus is recorded: final for evaluation. Whether it is fundable is the evaluation's
 * outcome, which the applicant reads only when the ranking is published.</li>
 * </ul>
 */
@PublicApi
public enum ProposalStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, COMPLETION_REQUESTED, REJECTION_NOTIFIED, FINAL_REVIEW, ADMITTED, INADMISSIBLE, UNDER_EVALUATION,
    EVALUATED;

    /** A submission is in force and its admissibility is not decided yet. */
    public static final Set<ProposalStatus> IN_REVIEW = Set.of(SUBMITTED, UNDER_REVIEW, COMPLETION_REQUESTED,
            REJECTION_NOTIFIED, FINAL_REVIEW);

    /** Waiting for an officer's decision. */
    public static final Set<ProposalStatus> AWAITING_OFFICER = Set.of(UNDER_REVIEW, FINAL_REVIEW);

    public boolean isSubmitted() {
        return this != DRAFT;
    }
}
