package org.openbando.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * The officer's acts on a call's ranking and the reads of every page and API. Authorisation is the resources' (the
 * access matrix); one applicant reads only its own standing ({@link #standing}).
 *
 * <p>SKELETON of issue 14: the signatures are the contract between the features and pages; the ranking helper
 * implements them.
 */
@ApplicationScoped
@PublicApi
public class Rankings {

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("issue 14 skeleton: ranking helper");
    }

    /** The call's ranking of a line: the draft while the officer reviews it, the approved one after. 404 before. */
    public RankingView view(long callId, Line line) {
        throw todo();
    }

    /** Both lines (A then B) of the call's ranking. */
    public List<RankingView> views(long callId) {
        throw todo();
    }

    /**
     * Excludes a proposal from the draft ranking with a reason (audited); the draft is computed again.
     *
     * @param version the draft's version the officer saw (409 when it changed)
     */
    public RankingView exclude(long callId, long submissionId, String reason, long version, String by) {
        throw todo();
    }

    /** Takes an exclusion back (audited); the draft is computed again. */
    public RankingView reinstate(long callId, long submissionId, long version, String by) {
        throw todo();
    }

    /**
     * Approves the call's draft ranking (both lines): fires {@link RankingApproved}; from then on the ranking is
     * never rewritten. 409 when not a draft or the version changed; refused to an officer who is an applicant of a
     * ranked proposal's consortium (one person never decides on their own proposal).
     */
    public List<RankingView> approve(long callId, long version, String by) {
        throw todo();
    }

    /** The public ranking of a call (approved lines only, with the movements up the reserve list); 404 before. */
    public PublicRanking published(long callId) {
        throw todo();
    }

    /** The calls whose ranking is published, for the public list. */
    public List<PublicRanking.CallRef> publishedCalls() {
        throw todo();
    }

    /** The money a project is given (approved ranking or confirmed movement up), if any. */
    public Optional<Allocation> allocation(long submissionId) {
        throw todo();
    }

    /** Where a proposal stands in its call's published ranking (its applicants' page); empty until approved. */
    public Optional<Standing> standing(long proposalId) {
        throw todo();
    }

    /** The movements of the call's reserve lists, newest first. */
    public List<Movement> movements(long callId) {
        throw todo();
    }

    /** The officer confirms a PROPOSED movement: fires {@link MoveUpConfirmed}. */
    public Movement confirmMovement(long callId, long movementId, String by) {
        throw todo();
    }

    /**
     * A proposal's place in the published ranking, for its applicants.
     *
     * @param position among the line's fundable proposals, null when not fundable
     * @param movedUp whether it was funded by moving up the reserve list
     */
    @PublicApi
    public record Standing(long callId, Line line, long submissionId, RankingList list, Integer position,
            java.math.BigDecimal total, java.math.BigDecimal grant, boolean partial, boolean movedUp,
            java.time.Instant approvedAt, java.time.Instant reserveValidUntil) {
    }
}
