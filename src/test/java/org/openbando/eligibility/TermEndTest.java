package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openbando.shared.ClockProducer;

/** Terms of days end when the day after their last day begins in Rome; pages and documents show that last day. */
class TermEndTest {

    @Test
    void aTermOfTenDaysGivenOnThirdMarchEndsWhenFourteenthMarchBeginsAndItsLastDayIsThirteenth() {
        Instant decided = LocalDateTime.of(2026, 3, 3, 15, 0).atZone(ClockProducer.ROME).toInstant();
        Instant end = AdmissibilityStep.termEnd(decided, 10);
        assertThat(end).isEqualTo(LocalDate.of(2026, 3, 14).atStartOfDay(ClockProducer.ROME).toInstant());
        assertThat(ClockProducer.lastDayOf(end)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theDayIsRomesNotUtcsAndSummerTimeDoesNotMoveTheLastDay() {
        Instant decided = Instant.parse("2026-03-20T23:30:00Z"); // already 21 March in Rome (+01:00)
        Instant end = AdmissibilityStep.termEnd(decided, 10); // 1 April begins at +02:00
        assertThat(end).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(ClockProducer.lastDayOf(end)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void anInstantWithinADayIsInThatDay() {
        assertThat(ClockProducer.lastDayOf(Instant.parse("2026-05-22T21:59:00Z"))).isEqualTo(LocalDate.of(2026, 5, 22));
    }
}
