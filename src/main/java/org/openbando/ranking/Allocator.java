package org.openbando.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a line's money funds its ranking (pure; money in EUR, scale 2, never rounded here: grants are computed to the
 * cent by {@code call.GrantComputation}, and a partial grant is the money left, to the cent).
 *
 * <ul>
 * <li>Top-down: each project in order is funded in full while its full grant fits the money left. The first that does
 * not fit is funded partially, with all the money left, when the call allows partial funding and the money left is at
 * least the call's minimum share (percent) of its full grant; it and every project after it are otherwise on the
 * reserve list, and so is every project after a partially funded one.</li>
 * <li>Remainder to the other line (a call option): both lines are first allocated with their own budgets; then a line
 * whose every fundable project is funded (its ranking exhausted) hands what is left to the other line when that line
 * has a project not funded in full (on its reserve list, or funded partially); the receiving line is allocated again
 * with its budget plus what moved in (which completes its partial grant and continues down its reserve list). At most
 * one line gives: a line with money left and every project funded has none funded partially, so it does not
 * receive.</li>
 * <li>Moving up: freed money is offered to the next project of the reserve list in full when it covers its full grant,
 * partially under the same rule as above, or kept (waiting for more) when it cannot be offered enough.</li>
 * </ul>
 */
public final class Allocator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Allocator() {
    }

    /** A ranked project and its full grant. */
    public record Item(long submissionId, BigDecimal fullGrant) {
    }

    /** What a project is given: FUNDED (grant, partial or not) or RESERVE (grant null). */
    public record Decision(long submissionId, RankingList list, BigDecimal fullGrant, BigDecimal grant,
            boolean partial) {
    }

    /** A line's allocation: a decision per project in order, the sum of the grants, the money left. */
    public record Result(List<Decision> decisions, BigDecimal money, BigDecimal allocated, BigDecimal left) {

        public Result {
            decisions = List.copyOf(decisions);
        }

        /** Every fundable project funded: nobody on the reserve list. */
        public boolean exhausted() {
            return decisions.stream().noneMatch(d -> d.list() == RankingList.RESERVE);
        }

        /** Every fundable project funded in full: more money would fund nothing more. */
        public boolean complete() {
            return decisions.stream().allMatch(d -> d.list() == RankingList.FUNDED && !d.partial());
        }
    }

    /** Both lines' allocations and what moved between them. */
    public record Both(Result a, Result b, BigDecimal aToB, BigDecimal bToA) {
    }

    /** The call's switches: partial funding allowed, with its minimum share (percent of the full grant). */
    public record Terms(boolean partialAllowed, BigDecimal minSharePercent) {
    }

    /** The allocation of one line's ranking with this money. */
    public static Result allocate(List<Item> ranked, BigDecimal money, Terms terms) {
        List<Decision> decisions = new ArrayList<>(ranked.size());
        BigDecimal left = money;
        boolean stopped = false;
        for (Item item : ranked) {
            if (!stopped && item.fullGrant().compareTo(left) <= 0) {
                decisions.add(new Decision(item.submissionId(), RankingList.FUNDED, item.fullGrant(),
                        item.fullGrant(), false));
                left = left.subtract(item.fullGrant());
            } else if (!stopped && partialFits(left, item.fullGrant(), terms)) {
                decisions.add(new Decision(item.submissionId(), RankingList.FUNDED, item.fullGrant(), left, true));
                left = BigDecimal.ZERO.setScale(2);
                stopped = true;
            } else {
                stopped = true;
                decisions.add(new Decision(item.submissionId(), RankingList.RESERVE, item.fullGrant(), null, false));
            }
        }
        return new Result(decisions, money, money.subtract(left), left);
    }

    /**
     * Both lines: each with its own budget; then, when the call moves remainders, an exhausted line's money left to
     * the other line if it has a reserve list.
     */
    public static Both allocate(List<Item> lineA, BigDecimal budgetA, List<Item> lineB, BigDecimal budgetB,
            Terms terms, boolean remainderToOtherLine) {
        Result a = allocate(lineA, budgetA, terms);
        Result b = allocate(lineB, budgetB, terms);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (!remainderToOtherLine) {
            return new Both(a, b, zero, zero);
        }
        if (a.exhausted() && a.left().signum() > 0 && !b.complete()) {
            BigDecimal moved = a.left();
            Result b2 = allocate(lineB, budgetB.add(moved), terms);
            return new Both(new Result(a.decisions(), a.money(), a.allocated(), zero), b2, moved, zero);
        }
        if (b.exhausted() && b.left().signum() > 0 && !a.complete()) {
            BigDecimal moved = b.left();
            Result a2 = allocate(lineA, budgetA.add(moved), terms);
            return new Both(a2, new Result(b.decisions(), b.money(), b.allocated(), zero), zero, moved);
        }
        return new Both(a, b, zero, zero);
    }

    /** Whether {@code money} is at least the minimum share of {@code fullGrant} and partial funding is allowed. */
    static boolean partialFits(BigDecimal money, BigDecimal fullGrant, Terms terms) {
        return terms.partialAllowed() && money.signum() > 0
                && money.multiply(HUNDRED).compareTo(terms.minSharePercent().multiply(fullGrant)) >= 0;
    }

    /** What freed money does for the next project of the reserve list. */
    public enum OfferKind {
        /** Offered its full grant. */
        FULL,
        /** Offered all the free money, at least the minimum share of its full grant. */
        PARTIAL,
        /** Not enough for the next one: the money waits for more. */
        KEPT,
        /** Nobody is left on the reserve list. */
        NOBODY
    }

    /** The offer: its kind and the grant offered (null when KEPT or NOBODY). */
    public record Offer(OfferKind kind, BigDecimal grant) {
    }

    /** The offer of the line's free money to the next project of the reserve list (null: nobody is left). */
    public static Offer offer(BigDecimal free, Item next, Terms terms) {
        if (next == null) {
            return new Offer(OfferKind.NOBODY, null);
        }
        if (next.fullGrant().compareTo(free) <= 0) {
            return new Offer(OfferKind.FULL, next.fullGrant());
        }
        if (partialFits(free, next.fullGrant(), terms)) {
            return new Offer(OfferKind.PARTIAL, free);
        }
        return new Offer(OfferKind.KEPT, null);
    }
}
