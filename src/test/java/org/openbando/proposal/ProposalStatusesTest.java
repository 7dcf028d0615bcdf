package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The life of a proposal as the table of allowed transitions says it, the one writer of the status checks. */
class ProposalStatusesTest {

    @Test
    void aDraftCanOnlyBeSubmitted() {
        assertThat(EnumSet.allOf(ProposalStatus.class)).filteredOn(to -> ProposalStatuses.allowed(ProposalStatus.DRAFT,
                to)).containsExactly(ProposalStatus.SUBMITTED);
    }

    @Test
    void everyStatusOfTheReviewCanGoBackToDraftByAWithdrawalButNoDecidedOne() {
        for (ProposalStatus inReview : ProposalStatus.IN_REVIEW) {
            assertThat(ProposalStatuses.allowed(inReview, ProposalStatus.DRAFT)).as(inReview.name()).isTrue();
        }
        assertThat(ProposalStatuses.allowed(ProposalStatus.ADMITTED, ProposalStatus.DRAFT)).isFalse();
        assertThat(ProposalStatuses.allowed(ProposalStatus.INADMISSIBLE, ProposalStatus.DRAFT)).isFalse();
    }

    @Test
    void theDecisionsOfThisPhaseAreFinal() {
        for (ProposalStatus to : ProposalStatus.values()) {
            assertThat(ProposalStatuses.allowed(ProposalStatus.ADMITTED, to)).as("ADMITTED -> " + to)
                    .isEqualTo(to == ProposalStatus.UNDER_EVALUATION);
            assertThat(ProposalStatuses.allowed(ProposalStatus.INADMISSIBLE, to)).as("INADMISSIBLE -> " + to).isFalse();
            assertThat(ProposalStatuses.allowed(ProposalStatus.UNDER_EVALUATION, to)).as("UNDER_EVALUATION -> " + to)
                    .isEqualTo(to == ProposalStatus.EVALUATED);
            assertThat(ProposalStatuses.allowed(ProposalStatus.EVALUATED, to)).as("EVALUATED -> " + to).isFalse();
        }
    }

    @Test
    void anOfficerDecidesOnlyWhileTheProposalWaitsForOne() {
        for (ProposalStatus from : ProposalStatus.values()) {
            boolean awaiting = ProposalStatus.AWAITING_OFFICER.contains(from);
            assertThat(ProposalStatuses.allowed(from, ProposalStatus.ADMITTED)).as(from + " -> ADMITTED")
                    .isEqualTo(awaiting);
        }
        assertThat(ProposalStatuses.allowed(ProposalStatus.FINAL_REVIEW, ProposalStatus.COMPLETION_REQUESTED))
                .as("after a notice before rejection, no request to complete documents").isFalse();
        assertThat(ProposalStatuses.allowed(ProposalStatus.UNDER_REVIEW, ProposalStatus.REJECTION_NOTIFIED)).isTrue();
        assertThat(ProposalStatuses.allowed(ProposalStatus.COMPLETION_REQUESTED, ProposalStatus.SUBMITTED))
                .as("a completion sends it back to the checks").isTrue();
    }
}
