package org.openbando.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a line's fundable proposals (pure): by total, highest first; equal totals (a tie) by the call's chain
 * of tie-breaks: the final score of the call's tie-break criterion (highest first; skipped when the call names none),
 * then the earlier arrival (millisecond precision), then the lower protocol number, which always decides. Every
 * proposal in a tie carries the tie's number within the line, the tie-break that decided its place against its
 * neighbour (the one before it; the first of a tie, against the one after it) and a sentence saying so.
 */
public final class Ranker {

    /** The tie-break codes, in the chain's order after the criterion. */
    public static final String ARRIVAL = "ARRIVAL";
    public static final String PROTOCOL = "PROTOCOL";
    static final String CRITERION_PREFIX = "CRITERION:";
    private static final DateTimeFormatter ARRIVAL_FORMAT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Europe/Rome"));

    private Ranker() {
    }

    /**
     * A fundable proposal to place.
     *
     * @param tieBreakScore its final score of the call's tie-break criterion (null when the call names none)
     * @param label how the explanations name it (the acronym, or the protocol number)
     */
    public record Candidate(long submissionId, BigDecimal total, BigDecimal tieBreakScore, Instant arrivedAt,
            long protocolNumber, String label) {
    }

    /** A placed proposal: its position (1..n) and, when its total ties with a neighbour's, how the tie was broken. */
    public record Ranked(Candidate candidate, int position, RankingView.Tie tie) {
    }

    /** The chain of tie-breaks as codes: {@code CRITERION:<code>} (when the call names one), ARRIVAL, PROTOCOL. */
    public static List<String> chain(String criterion) {
        return criterion == null || criterion.isBlank() ? List.of(ARRIVAL, PROTOCOL)
                : List.of(CRITERION_PREFIX + criterion, ARRIVAL, PROTOCOL);
    }

    /** The order of the chain: total desc, criterion desc, arrival asc, protocol asc. */
    static Comparator<Candidate> order(boolean byCriterion) {
        Comparator<Candidate> c = Comparator.comparing(Candidate::total, Comparator.reverseOrder());
        if (byCriterion) {
            c = c.thenComparing(Candidate::tieBreakScore, Comparator.nullsLast(Comparator.reverseOrder()));
        }
        return c.thenComparing(Candidate::arrivedAt).thenComparingLong(Candidate::protocolNumber);
    }

    /** Places the candidates; {@code criterion} is the call's tie-break criterion (null: none). */
    public static List<Ranked> rank(List<Candidate> candidates, String criterion) {
        boolean byCriterion = criterion != null && !criterion.isBlank();
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order(byCriterion));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        int group = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            Candidate before = i > 0 ? sorted.get(i - 1) : null;
            Candidate after = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            boolean tiedBefore = before != null && before.total().compareTo(c.total()) == 0;
            boolean tiedAfter = after != null && after.total().compareTo(c.total()) == 0;
            RankingView.Tie tie = null;
            if (!tiedBefore && tiedAfter) {
                group++;
                String by = brokenBy(c, after, byCriterion, criterion);
                tie = new RankingView.Tie(group, by, explain(c, after, by, criterion, true));
            } else if (tiedBefore) {
                String by = brokenBy(before, c, byCriterion, criterion);
                tie = new RankingView.Tie(group, by, explain(c, before, by, criterion, false));
            }
            ranked.add(new Ranked(c, i + 1, tie));
        }
        return ranked;
    }

    /** The first tie-break of the chain on which {@code first} and {@code second} differ. */
    static String brokenBy(Candidate first, Candidate second, boolean byCriterion, String criterion) {
        if (byCriterion && !equal(first.tieBreakScore(), second.tieBreakScore())) {
            return CRITERION_PREFIX + criterion;
        }
        if (!first.arrivedAt().equals(second.arrivedAt())) {
            return ARRIVAL;
        }
        return PROTOCOL;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * E.g. "tied at 78.50 with COBOT-PL; INNOVATIVENESS 24.00 against 23.00: placed before it". {@code ahead} tells
     * whether {@code c} is placed before {@code other}.
     */
    static String explain(Candidate c, Candidate other, String by, String criterion, boolean ahead) {
        String head = "tied at " + c.total().toPlainString() + " with " + other.label() + "; ";
        String placed = ahead ? ": placed before it" : ": placed after it";
        if (by.startsWith(CRITERION_PREFIX)) {
            return head + criterion + " " + plain(c.tieBreakScore()) + " against " + plain(other.tieBreakScore())
                    + placed;
        }
        String same = criterion == null || criterion.isBlank() ? ""
                : criterion + " equal at " + plain(c.tieBreakScore()) + "; ";
        if (ARRIVAL.equals(by)) {
            return head + same + "arrived " + ARRIVAL_FORMAT.format(c.arrivedAt()) + " against "
                    + ARRIVAL_FORMAT.format(other.arrivedAt()) + " (Rome time)" + placed;
        }
        return head + same + "arrived at the same millisecond; protocol number " + c.protocolNumber() + " against "
                + other.protocolNumber() + placed;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
