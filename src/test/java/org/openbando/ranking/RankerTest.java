package org.openbando.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a line and its ties: pure, no Quarkus. */
class RankerTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00.000Z");

    private static Ranker.Candidate c(long id, String total, String criterion, long arrivalMs, long protocol) {
        return new Ranker.Candidate(id, new BigDecimal(total), criterion == null ? null : new BigDecimal(criterion),
                T0.plusMillis(arrivalMs), protocol, "P" + id);
    }

    private static List<Long> order(List<Ranker.Ranked> ranked) {
        return ranked.stream().map(r -> r.candidate().submissionId()).toList();
    }

    @Test
    void ordersByTotalHighestFirstWithPositionsAndNoTieWhenTotalsDiffer() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "70.00", "20", 0, 1), c(2, "90.50", "20", 5, 2),
                c(3, "80.00", "20", 9, 3)), "INNOVATIVENESS");
        assertThat(order(ranked)).containsExactly(2L, 3L, 1L);
        assertThat(ranked).extracting(Ranker.Ranked::position).containsExactly(1, 2, 3);
        assertThat(ranked).allSatisfy(r -> assertThat(r.tie()).isNull());
    }

    @Test
    void aTieOnTheTotalIsBrokenByTheCriterionHighestFirstAndExplained() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "80.00", "24.00", 0, 1), c(2, "80.00", "25.00", 10, 2)),
                "INNOVATIVENESS");
        assertThat(order(ranked)).containsExactly(2L, 1L);
        assertThat(ranked.get(0).tie().group()).isEqualTo(1);
        assertThat(ranked.get(0).tie().brokenBy()).isEqualTo("CRITERION:INNOVATIVENESS");
        assertThat(ranked.get(0).tie().explanation())
                .isEqualTo("tied at 80.00 with P1; INNOVATIVENESS 25.00 against 24.00: placed before it");
        assertThat(ranked.get(1).tie().brokenBy()).isEqualTo("CRITERION:INNOVATIVENESS");
        assertThat(ranked.get(1).tie().explanation())
                .isEqualTo("tied at 80.00 with P2; INNOVATIVENESS 24.00 against 25.00: placed after it");
    }

    @Test
    void equalCriterionScoresAreBrokenByTheEarlierArrivalToTheMillisecond() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "80.00", "25.00", 1, 1), c(2, "80.00", "25.00", 0, 2)),
                "INNOVATIVENESS");
        assertThat(order(ranked)).containsExactly(2L, 1L); // arrived 1 ms earlier, though a later protocol number
        assertThat(ranked.get(1).tie().brokenBy()).isEqualTo("ARRIVAL");
        assertThat(ranked.get(1).tie().explanation()).isEqualTo("tied at 80.00 with P2; INNOVATIVENESS equal at 25.00;"
                + " arrived 2026-03-10 10:00:00.001 against 2026-03-10 10:00:00.000 (Rome time): placed after it");
    }

    @Test
    void theSameMillisecondIsBrokenByTheLowerProtocolNumber() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "80.00", "25.00", 0, 8), c(2, "80.00", "25.00", 0, 7)),
                "INNOVATIVENESS");
        assertThat(order(ranked)).containsExactly(2L, 1L);
        assertThat(ranked).extracting(r -> r.tie().brokenBy()).containsExactly("PROTOCOL", "PROTOCOL");
        assertThat(ranked.get(1).tie().explanation()).endsWith("arrived at the same millisecond; protocol number 8 "
                + "against 7: placed after it");
    }

    @Test
    void withoutACriterionTheChainIsArrivalThenProtocol() {
        assertThat(Ranker.chain(null)).containsExactly("ARRIVAL", "PROTOCOL");
        assertThat(Ranker.chain("TEAM")).containsExactly("CRITERION:TEAM", "ARRIVAL", "PROTOCOL");
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "80.00", "30", 5, 1), c(2, "80.00", "1", 0, 2)), null);
        assertThat(order(ranked)).containsExactly(2L, 1L); // the criterion is not looked at
        assertThat(ranked.get(0).tie().brokenBy()).isEqualTo("ARRIVAL");
        assertThat(ranked.get(0).tie().explanation()).doesNotContain("equal at");
    }

    @Test
    void aThreeWayTieSharesItsGroupAndEachEntrySaysWhatDecidedAgainstTheOneBefore() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "75.00", "20", 0, 1), c(2, "75.00", "22", 9, 2),
                c(3, "75.00", "20", 0, 3), c(4, "90.00", "10", 0, 4), c(5, "60.00", "10", 0, 5),
                c(6, "60.00", "10", 3, 6)), "INNOVATIVENESS");
        assertThat(order(ranked)).containsExactly(4L, 2L, 1L, 3L, 5L, 6L);
        assertThat(ranked.get(0).tie()).isNull();
        assertThat(ranked.subList(1, 4)).extracting(r -> r.tie().group()).containsOnly(1);
        assertThat(ranked.subList(1, 4)).extracting(r -> r.tie().brokenBy())
                .containsExactly("CRITERION:INNOVATIVENESS", "CRITERION:INNOVATIVENESS", "PROTOCOL");
        assertThat(ranked.subList(4, 6)).extracting(r -> r.tie().group()).containsOnly(2);
        assertThat(ranked.subList(4, 6)).extracting(r -> r.tie().brokenBy()).containsOnly("ARRIVAL");
    }

    @Test
    void totalsEqualInValueButNotInScaleAreATie() {
        List<Ranker.Ranked> ranked = Ranker.rank(List.of(c(1, "80", "20", 0, 1), c(2, "80.00", "21", 0, 2)), "X");
        assertThat(order(ranked)).containsExactly(2L, 1L);
        assertThat(ranked.get(0).tie()).isNotNull();
    }

    @Test
    void anEmptyLineHasNoEntries() {
        assertThat(Ranker.rank(List.of(), "X")).isEmpty();
    }
}
