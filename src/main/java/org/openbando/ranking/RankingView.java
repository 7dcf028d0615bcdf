package org.openbando.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * A line's ranking as the officer (and, once approved, the auditor) reads it.
 *
 * @param version optimistic version of the call's draft ranking (exclusions and approval name it)
 * @param fromOtherLine budget moved in from the other line (zero when none)
 * @param toOtherLine budget moved out to the other line (zero when none)
 * @param allocated the sum of the grants of the funded list
 * @param remainder the budget (with what moved in) not allocated and not moved out
 * @param tieBreaks the chain of tie-breaks in order, as codes: {@code CRITERION:<code>}, {@code ARRIVAL},
 *                  {@code PROTOCOL}
 * @param reserveValidUntil the end of the reserve list's validity (null while a draft)
 * @param actDocumentId the ranking act of the line (null while a draft)
 */
@PublicApi
public record RankingView(long callId, String callCode, String callTitle, Line line, RankingStatus status,
        long version, Instant computedAt, BigDecimal budget, BigDecimal fromOtherLine, BigDecimal toOtherLine,
        BigDecimal allocated, BigDecimal remainder, List<String> tieBreaks, List<Entry> entries, Instant approvedAt,
        String approvedBy, Instant reserveValidUntil, Long actDocumentId) {

    public RankingView {
        tieBreaks = List.copyOf(tieBreaks);
        entries = List.copyOf(entries);
    }

    /** The entries of one list, in their order. */
    public List<Entry> list(RankingList list) {
        return entries.stream().filter(e -> e.list() == list).toList();
    }

    /**
     * One proposal in the ranking.
     *
     * @param position the place among the line's fundable proposals (1..n), null for the other lists
     * @param tie how a tie of totals with the neighbours was broken; null when there was none
     * @param requestedGrant the project's full grant as computed from its submission (null when not fundable)
     * @param grant the grant allocated (null when not funded); below requestedGrant when partial
     * @param reasons codes: why not fundable (evaluation's reasons) or inadmissible
     */
    @PublicApi
    public record Entry(long submissionId, long proposalId, long protocolNumber, Instant arrivedAt, String acronym,
            String title, String leadName, String leadVatNumber, RankingList list, Integer position,
            BigDecimal total, BigDecimal tieBreakScore, Tie tie, BigDecimal requestedGrant, BigDecimal grant,
            boolean partial, List<String> reasons, String exclusionReason, String excludedBy, Instant excludedAt) {

        public Entry {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * A tie of totals and how it was broken.
     *
     * @param group the tie's number within the line (proposals with the same total share it)
     * @param brokenBy the tie-break that ordered this proposal against the one before it: {@code CRITERION:<code>},
     *                 {@code ARRIVAL} or {@code PROTOCOL}
     * @param explanation e.g. "tied at 78.50 with COBOT-PL; innovativeness 24.00 against 23.00"
     */
    @PublicApi
    public record Tie(int group, String brokenBy, String explanation) {
    }
}
