package org.openbando.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Top-down allocation, partial funding, remainders between lines, offers of freed money: pure, no Quarkus. */
class AllocatorTest {

    private static final Allocator.Terms PARTIAL_50 = new Allocator.Terms(true, new BigDecimal("50"));
    private static final Allocator.Terms NO_PARTIAL = new Allocator.Terms(false, new BigDecimal("50"));

    private static Allocator.Item item(long id, String grant) {
        return new Allocator.Item(id, new BigDecimal(grant));
    }

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static List<String> lists(Allocator.Result r) {
        return r.decisions().stream().map(d -> d.list() + (d.grant() == null ? "" : " " + d.grant().toPlainString())
                + (d.partial() ? " partial" : "")).toList();
    }

    @Test
    void fundsTopDownWhileTheFullGrantFitsAnExactlyFittingBudgetLeavesNothing() {
        Allocator.Result r = Allocator.allocate(List.of(item(1, "100000.00"), item(2, "200000.00"),
                item(3, "50000.00")), m("350000.00"), NO_PARTIAL);
        assertThat(lists(r)).containsExactly("FUNDED 100000.00", "FUNDED 200000.00", "FUNDED 50000.00");
        assertThat(r.allocated()).isEqualByComparingTo("350000.00");
        assertThat(r.left()).isEqualByComparingTo("0");
        assertThat(r.exhausted()).isTrue();
    }

    @Test
    void theFirstThatDoesNotFitIsFundedPartiallyWithAllThatIsLeftWhenAllowedAndAtLeastTheMinimumShare() {
        Allocator.Result r = Allocator.allocate(List.of(item(1, "100000.00"), item(2, "200000.00"),
                item(3, "10000.00")), m("200000.00"), PARTIAL_50);
        assertThat(lists(r)).containsExactly("FUNDED 100000.00", "FUNDED 100000.00 partial", "RESERVE");
        assertThat(r.decisions().get(1).fullGrant()).isEqualByComparingTo("200000.00");
        assertThat(r.allocated()).isEqualByComparingTo("200000.00");
        assertThat(r.left()).isEqualByComparingTo("0");
        assertThat(r.exhausted()).isFalse();
    }

    @Test
    void theMinimumShareExactlyReachedIsFundedAndOneCentBelowIsNot() {
        // 50% of 200,000.01 is 100,000.005: 100,000.01 reaches it, 100,000.00 does not
        Allocator.Result at = Allocator.allocate(List.of(item(1, "200000.01")), m("100000.01"), PARTIAL_50);
        assertThat(lists(at)).containsExactly("FUNDED 100000.01 partial");
        Allocator.Result below = Allocator.allocate(List.of(item(1, "200000.01")), m("100000.00"), PARTIAL_50);
        assertThat(lists(below)).containsExactly("RESERVE");
        assertThat(below.left()).isEqualByComparingTo("100000.00");
        Allocator.Result exact = Allocator.allocate(List.of(item(1, "200000.00")), m("100000.00"), PARTIAL_50);
        assertThat(lists(exact)).containsExactly("FUNDED 100000.00 partial");
        Allocator.Result justBelow = Allocator.allocate(List.of(item(1, "200000.00")), m("99999.99"), PARTIAL_50);
        assertThat(lists(justBelow)).containsExactly("RESERVE");
    }

    @Test
    void withoutPartialFundingTheFirstThatDoesNotFitAndAllAfterItAreOnTheReserveList() {
        Allocator.Result r = Allocator.allocate(List.of(item(1, "100000.00"), item(2, "200000.00"),
                item(3, "10000.00")), m("250000.00"), NO_PARTIAL);
        // the third would fit in what is left, but the ranking is funded top-down: it waits on the reserve list
        assertThat(lists(r)).containsExactly("FUNDED 100000.00", "RESERVE", "RESERVE");
        assertThat(r.left()).isEqualByComparingTo("150000.00");
    }

    @Test
    void aLineWithNoFundableProposalAllocatesNothingAndKeepsItsBudget() {
        Allocator.Result r = Allocator.allocate(List.of(), m("500000.00"), PARTIAL_50);
        assertThat(r.decisions()).isEmpty();
        assertThat(r.allocated()).isEqualByComparingTo("0");
        assertThat(r.left()).isEqualByComparingTo("500000.00");
        assertThat(r.exhausted()).isTrue();
    }

    @Test
    void anExhaustedLineAMovesItsRemainderToLineBWhichContinuesDownItsReserve() {
        Allocator.Both both = Allocator.allocate(List.of(item(1, "100000.00")), m("300000.00"),
                List.of(item(2, "150000.00"), item(3, "150000.00"), item(4, "150000.00")), m("200000.00"),
                NO_PARTIAL, true);
        assertThat(both.aToB()).isEqualByComparingTo("200000.00");
        assertThat(both.bToA()).isEqualByComparingTo("0");
        assertThat(both.a().left()).isEqualByComparingTo("0");
        assertThat(lists(both.b())).containsExactly("FUNDED 150000.00", "FUNDED 150000.00", "RESERVE");
        assertThat(both.b().money()).isEqualByComparingTo("400000.00");
        assertThat(both.b().left()).isEqualByComparingTo("100000.00");
    }

    @Test
    void anExhaustedLineBMovesItsRemainderToLineAAndCompletesAPartialGrant() {
        Allocator.Both both = Allocator.allocate(List.of(item(1, "100000.00"), item(2, "100000.00")),
                m("150000.00"), List.of(item(3, "50000.00")), m("120000.00"), PARTIAL_50, true);
        assertThat(both.bToA()).isEqualByComparingTo("70000.00");
        assertThat(both.aToB()).isEqualByComparingTo("0");
        assertThat(lists(both.a())).containsExactly("FUNDED 100000.00", "FUNDED 100000.00");
        assertThat(both.a().left()).isEqualByComparingTo("20000.00");
        assertThat(both.b().left()).isEqualByComparingTo("0");
    }

    @Test
    void theRemainderStaysWhenTheOptionIsOffOrTheOtherLineHasNoReserve() {
        Allocator.Both off = Allocator.allocate(List.of(item(1, "100000.00")), m("300000.00"),
                List.of(item(2, "150000.00"), item(3, "150000.00")), m("200000.00"), NO_PARTIAL, false);
        assertThat(off.aToB()).isEqualByComparingTo("0");
        assertThat(off.a().left()).isEqualByComparingTo("200000.00");
        assertThat(lists(off.b())).containsExactly("FUNDED 150000.00", "RESERVE");

        Allocator.Both bothExhausted = Allocator.allocate(List.of(item(1, "100000.00")), m("300000.00"),
                List.of(item(2, "150000.00")), m("200000.00"), NO_PARTIAL, true);
        assertThat(bothExhausted.aToB()).isEqualByComparingTo("0");
        assertThat(bothExhausted.bToA()).isEqualByComparingTo("0");
        assertThat(bothExhausted.a().left()).isEqualByComparingTo("200000.00");
        assertThat(bothExhausted.b().left()).isEqualByComparingTo("50000.00");

        Allocator.Both neither = Allocator.allocate(List.of(item(1, "400000.00")), m("300000.00"),
                List.of(item(2, "300000.00")), m("200000.00"), NO_PARTIAL, true);
        assertThat(neither.aToB()).isEqualByComparingTo("0");
        assertThat(neither.bToA()).isEqualByComparingTo("0");
    }

    @Test
    void aLineWithNoFundableProposalGivesItsWholeBudgetToTheOtherLine() {
        Allocator.Both both = Allocator.allocate(List.of(), m("100000.00"), List.of(item(2, "150000.00")),
                m("100000.00"), NO_PARTIAL, true);
        assertThat(both.aToB()).isEqualByComparingTo("100000.00");
        assertThat(lists(both.b())).containsExactly("FUNDED 150000.00");
        assertThat(both.b().left()).isEqualByComparingTo("50000.00");
    }

    @Test
    void freedMoneyIsOfferedInFullPartiallyKeptOrToNobody() {
        Allocator.Item next = item(9, "100000.00");
        assertThat(Allocator.offer(m("100000.00"), next, NO_PARTIAL))
                .isEqualTo(new Allocator.Offer(Allocator.OfferKind.FULL, m("100000.00")));
        assertThat(Allocator.offer(m("150000.00"), next, NO_PARTIAL).grant()).isEqualByComparingTo("100000.00");
        assertThat(Allocator.offer(m("50000.00"), next, PARTIAL_50))
                .isEqualTo(new Allocator.Offer(Allocator.OfferKind.PARTIAL, m("50000.00")));
        assertThat(Allocator.offer(m("49999.99"), next, PARTIAL_50).kind()).isEqualTo(Allocator.OfferKind.KEPT);
        assertThat(Allocator.offer(m("99999.99"), next, NO_PARTIAL).kind()).isEqualTo(Allocator.OfferKind.KEPT);
        assertThat(Allocator.offer(m("99999.99"), null, NO_PARTIAL).kind()).isEqualTo(Allocator.OfferKind.NOBODY);
    }
}
