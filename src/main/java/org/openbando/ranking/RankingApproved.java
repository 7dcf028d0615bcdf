package org.openbando.ranking;

import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The officer approved the call's ranking (both lines), in the transaction of the act: the call process leaves
 * Task_ApproveRanking. The acts are issued and the ranking published by the process's next step.
 */
@PublicApi
public record RankingApproved(long callId, String by, List<Long> fundedSubmissionIds) {

    public RankingApproved {
        fundedSubmissionIds = List.copyOf(fundedSubmissionIds);
    }
}
