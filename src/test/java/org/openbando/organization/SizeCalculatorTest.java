package org.openbando.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbando.shared.Validation;

/** A Quarkus test: the explanations are written with the organisation's message bundle, which Quarkus builds. */
@QuarkusTest
class SizeCalculatorTest {

    private static EnterpriseFigures figures(String staff, String turnover, String balance) {
        return new EnterpriseFigures(new BigDecimal(staff), new BigDecimal(turnover), new BigDecimal(balance));
    }

    private static SizeClass classOf(String staff, String turnover, String balance) {
        return SizeCalculator.compute(figures(staff, turnover, balance), List.of()).sizeClass();
    }

    private static RelatedEnterprise related(String name, String holding, boolean control, boolean exempt,
            EnterpriseFigures figures) {
        return new RelatedEnterprise(name, new BigDecimal(holding), control, exempt, figures);
    }

    @Nested
    class Thresholds {

        @ParameterizedTest(name = "staff {0} -> {3}")
        @CsvSource({
            "9.99,   1000000, 1000000, MICRO",
            "10,     1000000, 1000000, SMALL",
            "49,     5000000, 5000000, SMALL",
            "49.99,  5000000, 5000000, SMALL",
            "50,     5000000, 5000000, MEDIUM",
            "249,    5000000, 5000000, MEDIUM",
            "249.99, 5000000, 5000000, MEDIUM",
            "250,    5000000, 5000000, LARGE",
        })
        void staffMustBeStrictlyBelowTheCeiling(String staff, String turnover, String balance, SizeClass expected) {
            assertThat(classOf(staff, turnover, balance)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "turnover {1} -> {3}")
        @CsvSource({
            "5,   2000000,  5000000,   MICRO",
            "20,  10000000, 20000000,  SMALL",
            "100, 50000000, 100000000, MEDIUM",
        })
        void turnoverExactlyAtTheCeilingPasses(String staff, String turnover, String balance, SizeClass expected) {
            assertThat(classOf(staff, turnover, balance)).isEqualTo(expected);
        }

        @Test
        void balanceSheetAtTheCeilingPassesWhenTurnoverIsOver() {
            assertThat(classOf("100", "60000000", "43000000")).isEqualTo(SizeClass.MEDIUM);
            assertThat(classOf("5", "3000000", "2000000")).isEqualTo(SizeClass.MICRO);
        }

        @ParameterizedTest(name = "staff {0}, both financials over -> {3}")
        @CsvSource({
            "5,   2000000.01,  2000000.01,  SMALL",
            "20,  10000000.01, 10000000.01, MEDIUM",
            "100, 50000000.01, 43000000.01, LARGE",
        })
        void bothFinancialsOverTheCeilingMeansTheNextClass(String staff, String turnover, String balance,
                SizeClass expected) {
            assertThat(classOf(staff, turnover, balance)).isEqualTo(expected);
        }

        @Test
        void onlyLargeIsNotAnSme() {
            assertThat(SizeClass.MICRO.isSme()).isTrue();
            assertThat(SizeClass.SMALL.isSme()).isTrue();
            assertThat(SizeClass.MEDIUM.isSme()).isTrue();
            assertThat(SizeClass.LARGE.isSme()).isFalse();
        }
    }

    @Nested
    class Relations {

        @Test
        void partnerCountsProRata() {
            SizeComputation result = SizeCalculator.compute(figures("10", "1000000", "1000000"),
                    List.of(related("Partner", "40", false, false, figures("100", "5000000", "5000000"))));

            SizeComputation.Contribution contribution = result.contributions().get(0);
            assertThat(contribution.relation()).isEqualTo(Relation.PARTNER);
            assertThat(contribution.share()).isEqualByComparingTo("0.40");
            assertThat(contribution.counted().staffAwu()).isEqualByComparingTo("40");
            assertThat(contribution.counted().turnover()).isEqualByComparingTo("2000000");
            assertThat(result.aggregated().staffAwu()).isEqualByComparingTo("50");
            assertThat(result.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        }

        @Test
        void holdingsOfExactly25And50ArePartners() {
            assertThat(related("A", "25", false, false, EnterpriseFigures.ZERO).relation()).isEqualTo(Relation.PARTNER);
            assertThat(related("B", "50", false, false, EnterpriseFigures.ZERO).relation()).isEqualTo(Relation.PARTNER);
        }

        @Test
        void majorityHoldingIsLinkedAndCountsInFull() {
            SizeComputation result = SizeCalculator.compute(figures("5", "500000", "500000"),
                    List.of(related("Parent", "60", false, false, figures("8", "1000000", "1000000"))));

            SizeComputation.Contribution contribution = result.contributions().get(0);
            assertThat(contribution.relation()).isEqualTo(Relation.LINKED);
            assertThat(contribution.share()).isEqualByComparingTo("1");
            assertThat(result.aggregated().staffAwu()).isEqualByComparingTo("13");
            assertThat(result.sizeClass()).isEqualTo(SizeClass.SMALL);
        }

        @Test
        void controlAtAMinorityHoldingIsLinked() {
            SizeComputation result = SizeCalculator.compute(figures("5", "500000", "500000"),
                    List.of(related("Board appointer", "30", true, false, figures("8", "1000000", "1000000"))));

            assertThat(result.contributions().get(0).relation()).isEqualTo(Relation.LINKED);
            assertThat(result.aggregated().staffAwu()).isEqualByComparingTo("13");
        }

        @Test
        void exemptInvestorBetween25And50IsNotCounted() {
            SizeComputation result = SizeCalculator.compute(figures("5", "500000", "500000"),
                    List.of(related("Venture fund", "40", false, true, figures("500", "90000000", "90000000"))));

            SizeComputation.Contribution contribution = result.contributions().get(0);
            assertThat(contribution.relation()).isEqualTo(Relation.EXEMPT_INVESTOR);
            assertThat(contribution.share()).isEqualByComparingTo("0");
            assertThat(result.aggregated().staffAwu()).isEqualByComparingTo("5");
            assertThat(result.sizeClass()).isEqualTo(SizeClass.MICRO);
        }

        @Test
        void exemptInvestorAboveFiftyPercentIsStillLinked() {
            assertThat(related("Fund", "51", false, true, EnterpriseFigures.ZERO).relation()).isEqualTo(Relation.LINKED);
        }

        @Test
        void holdingBelow25IsAutonomousAndNotCounted() {
            SizeComputation result = SizeCalculator.compute(figures("5", "500000", "500000"),
                    List.of(related("Minor shareholder", "20", false, false, figures("500", "90000000", "90000000"))));

            assertThat(result.contributions().get(0).relation()).isEqualTo(Relation.AUTONOMOUS);
            assertThat(result.aggregated().staffAwu()).isEqualByComparingTo("5");
            assertThat(result.sizeClass()).isEqualTo(SizeClass.MICRO);
        }

        @Test
        void linkedEnterpriseCanMakeASmallApplicantLarge() {
            SizeComputation result = SizeCalculator.compute(figures("20", "3000000", "3000000"),
                    List.of(related("Group parent", "100", false, false, figures("300", "40000000", "30000000"))));

            assertThat(result.sizeClass()).isEqualTo(SizeClass.LARGE);
            assertThat(result.staffTest()).isEqualTo("staff 320.00 >= 250");
            assertThat(SizeCalculator.compute(result.own(), List.of()).sizeClass()).isEqualTo(SizeClass.SMALL);
        }

        @Test
        void proRataMoneyIsRoundedHalfUpToCents() {
            SizeComputation result = SizeCalculator.compute(figures("1", "0", "0"),
                    List.of(related("Partner", "25", false, false, figures("1.01", "1000.10", "333.33"))));

            EnterpriseFigures counted = result.contributions().get(0).counted();
            assertThat(counted.turnover()).isEqualTo(new BigDecimal("250.03"));
            assertThat(counted.balanceSheetTotal()).isEqualTo(new BigDecimal("83.33"));
            assertThat(counted.staffAwu()).isEqualTo(new BigDecimal("0.25"));
        }

        @Test
        void nullListMeansNoRelatedEnterprises() {
            SizeComputation result = SizeCalculator.compute(figures("5", "500000", "500000"), null);

            assertThat(result.contributions()).isEmpty();
            assertThat(result.aggregated()).isEqualTo(result.own());
        }
    }

    @Nested
    class Validation {

        @Test
        void figuresRejectNullsAndNegatives() {
            assertThatThrownBy(() -> new EnterpriseFigures(null, BigDecimal.ONE, BigDecimal.ONE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> figures("1", "-0.01", "0"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void shareMustBeBetweenZeroAndOne() {
            assertThatThrownBy(() -> EnterpriseFigures.ZERO.times(new BigDecimal("1.01")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> EnterpriseFigures.ZERO.times(new BigDecimal("-0.1")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void holdingMustBeBetweenZeroAndOneHundred() {
            assertThatThrownBy(() -> related("X", "100.5", false, false, EnterpriseFigures.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Explanations {

        /** Own 12.50 AWU; linked +5; two partners +7.50 each: 32.50 AWU, turnover 8.2 M, balance 12 M. */
        private SizeComputation smallGroup() {
            return SizeCalculator.compute(figures("12.50", "5000000", "12000000"), List.of(
                    related("Parent", "60", false, false, figures("5", "1000000", "0")),
                    related("Partner A", "30", false, false, figures("25", "4000000", "0")),
                    related("Partner B", "50", false, false, figures("15", "2000000", "0")),
                    related("Small shareholder", "10", false, false, figures("1000", "1", "1"))));
        }

        @Test
        void testsDescribeTheCeilingsOfTheResultingClass() {
            SizeComputation result = smallGroup();

            assertThat(result.sizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(result.staffTest()).isEqualTo("32.50 < 50");
            assertThat(result.financialTest()).isEqualTo("turnover 8200000.00 <= 10000000");
        }

        @Test
        void balanceSheetIsNamedWhenTurnoverFails() {
            SizeComputation result = SizeCalculator.compute(figures("20", "12000000", "9000000"), List.of());

            assertThat(result.financialTest()).isEqualTo("balance sheet 9000000.00 <= 10000000");
            assertThat(result.reason(Locale.ENGLISH)).contains("balance sheet total EUR 9,000,000.00 (<= 10,000,000)");
        }

        @Test
        void largeByFinancialsNamesBothFailures() {
            SizeComputation result = SizeCalculator.compute(figures("100", "60000000", "50000000"), List.of());

            assertThat(result.sizeClass()).isEqualTo(SizeClass.LARGE);
            assertThat(result.staffTest()).isEqualTo("100.00 < 250");
            assertThat(result.financialTest())
                    .isEqualTo("turnover 60000000.00 > 50000000 and balance sheet 50000000.00 > 43000000");
            assertThat(result.reason(Locale.ENGLISH)).startsWith("Large enterprise: turnover EUR 60,000,000.00 (> 50,000,000)");
        }

        @Test
        void englishReasonNamesClassFiguresAndRelatedEnterprises() {
            String reason = smallGroup().reason(Locale.UK);

            assertThat(reason)
                    .startsWith("Small enterprise: ")
                    .contains("32.50 annual work units (< 50)")
                    .contains("turnover EUR 8,200,000.00 (<= 10,000,000)")
                    .contains("including 1 linked and 2 partner enterprises")
                    .endsWith(".");
        }

        @Test
        void italianReasonUsesItalianWordsAndNumberFormat() {
            String reason = smallGroup().reason(Locale.ITALY);

            assertThat(reason)
                    .startsWith("Piccola impresa: ")
                    .contains("32,50 ULA (< 50)")
                    .contains("fatturato EUR 8.200.000,00 (<= 10.000.000)")
                    .contains("1 impresa collegata e 2 imprese associate")
                    .endsWith(".");
        }

        @Test
        void reasonForAnAutonomousEnterpriseSaysNoneAreCounted() {
            SizeComputation result = SizeCalculator.compute(figures("3", "400000", "300000"), List.of());

            assertThat(result.reason(Locale.ENGLISH))
                    .isEqualTo("Micro enterprise: 3.00 annual work units (< 10) and turnover EUR 400,000.00 (<= 2,000,000),"
                            + " with no linked or partner enterprises.");
            assertThat(result.reason(Locale.ITALIAN)).startsWith("Microimpresa: 3,00 ULA (< 10) e fatturato EUR 400.000,00");
        }

        @Test
        void largeByStaffReasonInItalian() {
            SizeComputation result = SizeCalculator.compute(figures("20", "3000000", "3000000"),
                    List.of(related("Capogruppo", "100", false, false, figures("240", "40000000", "30000000"))));

            assertThat(result.reason(Locale.ITALIAN))
                    .isEqualTo("Grande impresa: 260,00 ULA (>= 250), compresa 1 impresa collegata.");
        }

        @Test
        void otherLanguagesGetEnglish() {
            assertThat(smallGroup().reason(Locale.GERMANY)).startsWith("Small enterprise: 32.50 annual work units");
            assertThat(smallGroup().reason(null)).startsWith("Small enterprise: ");
        }
    }
}
