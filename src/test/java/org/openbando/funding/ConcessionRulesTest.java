package org.openbando.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openbando.call.Line;
import org.openbando.shared.ClockProducer;

/** The concession's rules, without Quarkus: CUP and COR forms, the DURC's 120 days, the anti-mafia threshold. */
class ConcessionRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void aCupIsALetterTwoDigitsALetterAndElevenDigits() {
        assertThat(ConcessionRules.validCup("J12B23000120007")).isTrue();
        assertThat(ConcessionRules.validCup("J12B2300012000")).isFalse(); // 14
        assertThat(ConcessionRules.validCup("J12B230001200077")).isFalse(); // 16
        assertThat(ConcessionRules.validCup("j12b23000120007")).isFalse();
        assertThat(ConcessionRules.validCup("112B23000120007")).isFalse();
        assertThat(ConcessionRules.validCup("J12B2300012000A")).isFalse();
        assertThat(ConcessionRules.validCup(null)).isFalse();
    }

    @Test
    void aCorIsOneToTwentyDigits() {
        assertThat(ConcessionRules.validCor("1")).isTrue();
        assertThat(ConcessionRules.validCor("1".repeat(20))).isTrue();
        assertThat(ConcessionRules.validCor("1".repeat(21))).isFalse();
        assertThat(ConcessionRules.validCor("")).isFalse();
        assertThat(ConcessionRules.validCor("RNA-1")).isFalse();
    }

    @Test
    void aDurcIsValidFromItsIssueFor120Days() {
        assertThat(ConcessionRules.durcValidOn(DAY, DAY)).isTrue();
        assertThat(ConcessionRules.durcValidOn(DAY.minusDays(120), DAY)).isTrue();
        assertThat(ConcessionRules.durcValidOn(DAY.minusDays(121), DAY)).isFalse();
        assertThat(ConcessionRules.durcValidOn(DAY.plusDays(1), DAY)).isFalse();
        assertThat(ConcessionRules.durcValidOn(null, DAY)).isFalse();
        assertThat(ConcessionRules.durcValidUntil(DAY)).isEqualTo(DAY.plusDays(120));
    }

    @Test
    void antimafiaIsRequiredAbove150000Only() {
        assertThat(ConcessionRules.antimafiaRequired(new BigDecimal("150000.00"))).isFalse();
        assertThat(ConcessionRules.antimafiaRequired(new BigDecimal("150000.01"))).isTrue();
    }

    @Test
    void theChecklistNamesWhatItLacks() {
        assertThat(ConcessionRules.missing(null, null, null, DAY, true, " ", Line.B, null)).containsExactly("cup",
                "cor", "durcIssuedOn", "antimafiaReference", "lineBCommitment");
        assertThat(ConcessionRules.missing("J12B23000120007", "12", DAY.minusDays(3), DAY, false, null, Line.A,
                null)).isEmpty();
        assertThat(ConcessionRules.missing("J12B23000120007", "12", DAY.minusDays(121), DAY, false, null, Line.A,
                null)).containsExactly("durcIssuedOn");
        assertThat(ConcessionRules.missing("J12B23000120007", "12", DAY, DAY, true, "PR_1", Line.B,
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void aTermOfDaysEndsAsTheDayAfterItsLastDayBeginsInRome() {
        // decided at 23:30 on 30 November in Rome: 30 days, the last day is 30 December, ends when 31 December begins
        Instant decided = LocalDate.of(2026, 11, 30).atTime(23, 30).atZone(ClockProducer.ROME).toInstant();
        assertThat(ClockProducer.termEnd(decided, 30)).isEqualTo(LocalDate.of(2026, 12, 31)
                .atStartOfDay(ClockProducer.ROME).toInstant());
        // across the change to summer time
        Instant march = LocalDate.of(2027, 3, 20).atTime(10, 0).atZone(ClockProducer.ROME).toInstant();
        assertThat(ClockProducer.termEnd(march, 10)).isEqualTo(Instant.parse("2027-03-30T22:00:00Z"));
    }
}
