package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The ranking act of one line of a call (a call's document, not a proposal's: {@link #heading()} is null): the
 * budget and how it was allocated, the chain of tie-breaks, and every list with its rows.
 *
 * @param line "A" or "B"
 * @param tieBreaks the chain of tie-breaks in order, as worded in the act's language
 * @param reserveValidUntil the end of the reserve list's validity
 */
@PublicApi
public record RankingActData(String callCode, String callTitle, String line, BigDecimal budget,
        BigDecimal fromOtherLine, BigDecimal toOtherLine, BigDecimal allocated, BigDecimal remainder,
        List<String> tieBreaks, String approvedBy, Instant approvedAt, Instant reserveValidUntil, List<Row> funded,
        List<Row> reserve, List<Row> notFundable, List<Row> inadmissible, List<Row> excluded)
        implements DocumentData {

    /**
     * One proposal in a list.
     *
     * @param tieNote how a tie with the row before was broken, worded; null when none
     * @param reasons why not fundable / inadmissible / excluded, worded in the act's language
     */
    @PublicApi
    public record Row(Integer position, long protocolNumber, Instant arrivedAt, String acronym, String title,
            String leadName, String leadVatNumber, BigDecimal total, BigDecimal requestedGrant, BigDecimal grant,
            boolean partial, String tieNote, List<String> reasons) {

        public Row {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public RankingActData {
        tieBreaks = List.copyOf(tieBreaks);
        funded = List.copyOf(funded);
        reserve = List.copyOf(reserve);
        notFundable = List.copyOf(notFundable);
        inadmissible = List.copyOf(inadmissible);
        excluded = List.copyOf(excluded);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RANKING_ACT;
    }

    /** The money received from the other line; zero when none. */
    public BigDecimal fromOtherLineOrZero() {
        return fromOtherLine == null ? BigDecimal.ZERO : fromOtherLine;
    }

    /** The money moved to the other line; zero when none. */
    public BigDecimal toOtherLineOrZero() {
        return toOtherLine == null ? BigDecimal.ZERO : toOtherLine;
    }

    /** Whether a funded project is funded partially (the act then explains what that means). */
    public boolean anyPartial() {
        return funded.stream().anyMatch(Row::partial);
    }

    /** A call's document: no proposal heading. */
    @Override
    public ProposalHeading heading() {
        return null;
    }
}
