package org.openbando.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbando.call.GrantComputation;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * A funded project as the officer, the beneficiary and the auditor read it.
 *
 * @param computation the grant per partner with its explanation, as frozen when the concession opened (scaled when
 *                    partial)
 * @param checklist the concession's tasks, each with who and when
 * @param acceptBy the end of the acceptance term (null before the decision)
 * @param joiningDueAt the end of the Line B joining term (null for Line A or before the decision)
 * @param toJoin Line B: the enterprises of the consortium that must join a cluster, each with whether its membership
 *               is confirmed (empty for Line A)
 * @param observationsDueAt the end of the observations term after a notice before revocation (null when none)
 */
@PublicApi
public record AwardView(long submissionId, long proposalId, long callId, String callCode, Line line,
        String acronym, String title, String leadName, AwardStatus status, JoiningStatus joining,
        BigDecimal grant, BigDecimal fullGrant, boolean partial, boolean movedUp, GrantComputation.Result computation,
        Checklist checklist, Long decisionDocumentId, Instant decidedAt, Instant acceptBy, Instant acceptedAt,
        String acceptedBy, Instant renouncedAt, String renounceReason, BigDecimal renouncedAmount,
        Instant joiningDueAt, List<Joiner> toJoin, List<Proof> proofs, Instant noticeAt, Instant observationsDueAt, String observations,
        Instant revokedAt, String revocationReason, List<Long> documentIds, long version) {

    /**
     * The concession's tasks. A task is done when its who/when are set.
     *
     * @param antimafiaRequired whether the grant exceeds EUR 150,000
     * @param lineBCommitmentRequired Line B only
     */
    @PublicApi
    public record Checklist(String cup, String cupBy, Instant cupAt, String cor, String corBy, Instant corAt,
            LocalDate durcIssuedOn, LocalDate durcValidUntil, String durcBy, Instant durcAt,
            boolean antimafiaRequired, String antimafiaReference, String antimafiaBy, Instant antimafiaAt,
            boolean lineBCommitmentRequired, String lineBCommitmentBy, Instant lineBCommitmentAt, boolean complete) {
    }

    /** An enterprise that must join a cluster (Line B) and whether its membership is confirmed. */
    @PublicApi
    public record Joiner(long organizationId, String name, String vatNumber, boolean confirmed) {
    }

    /**
     * A proof of cluster membership attached for one enterprise of a Line B consortium (every enterprise must join),
     * and the officer's verdict: null while awaited, CONFIRMED or REJECTED.
     */
    @PublicApi
    public record Proof(long id, long organizationId, String organizationName, long clusterId, String clusterName, String fileName, String sha256,
            String uploadedBy, Instant uploadedAt, String verdict, String verdictBy, Instant verdictAt,
            String verdictReason) {
    }
}
