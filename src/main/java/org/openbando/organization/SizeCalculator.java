package org.openbando.organization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Determines the enterprise size class under EU Recommendation 2003/361/EC (SME definition),
 * Annex arts. 2, 3 and 6.
 *
 * <p>The applicant's own figures are aggregated with those of its related enterprises: linked
 * enterprises (art. 3(3)) count 100%, partner enterprises (art. 3(2)) count pro rata to the holding,
 * and holdings below 25% or by exempt investors (art. 3(2) second subparagraph) do not count
 * (art. 6(2)). The class is the smallest one whose ceilings (art. 2) the aggregated figures meet:
 * staff strictly below the headcount ceiling and turnover or balance sheet total at or below its
 * financial ceiling.
 *
 * <p>Not covered: art. 3(4) (25% or more controlled by public bodies means not an SME) and the
 * chaining of the related enterprises' own partners and linked enterprises, which the caller must
 * consolidate into {@link RelatedEnterprise#figures()}.
 */
public final class SizeCalculator {

    private static final List<Ceiling> SME_CEILINGS = List.of(
            new Ceiling(SizeClass.MICRO, 10, 2_000_000, 2_000_000),
            new Ceiling(SizeClass.SMALL, 50, 10_000_000, 10_000_000),
            new Ceiling(SizeClass.MEDIUM, 250, 50_000_000, 43_000_000));

    private SizeCalculator() {
    }

    /**
     * @param own the applicant's own figures
     * @param related enterprises with a holding relationship to the applicant; {@code null} means none
     * @return the aggregation, the resulting class and the tests that decided it
     */
    public static SizeComputation compute(EnterpriseFigures own, List<RelatedEnterprise> related) {
        if (own == null) {
            throw new IllegalArgumentException("own figures are required");
        }
        List<SizeComputation.Contribution> contributions = new ArrayList<>();
        EnterpriseFigures aggregated = own;
        for (RelatedEnterprise enterprise : related == null ? List.<RelatedEnterprise>of() : related) {
            if (enterprise == null) {
                throw new IllegalArgumentException("related enterprises must not contain null");
            }
            BigDecimal share = enterprise.share();
            EnterpriseFigures counted = enterprise.figures().times(share);
            contributions.add(new SizeComputation.Contribution(
                    enterprise.name(), enterprise.relation(), share, enterprise.figures(), counted));
            aggregated = aggregated.plus(counted);
        }
        SizeClass sizeClass = classify(aggregated);
        Ceiling ceiling = ceilingFor(sizeClass);
        return new SizeComputation(own, contributions, aggregated, sizeClass,
                ceiling.staffTest(aggregated), ceiling.financialTest(aggregated));
    }

    private static SizeClass classify(EnterpriseFigures figures) {
        return SME_CEILINGS.stream()
                .filter(ceiling -> ceiling.passes(figures))
                .map(Ceiling::sizeClass)
                .findFirst()
                .orElse(SizeClass.LARGE);
    }

    /** The ceiling that decided a class: its own, or the medium ceiling a large enterprise exceeds. */
    static Ceiling ceilingFor(SizeClass sizeClass) {
        SizeClass lookup = sizeClass == SizeClass.LARGE ? SizeClass.MEDIUM : sizeClass;
        return SME_CEILINGS.stream()
                .filter(ceiling -> ceiling.sizeClass() == lookup)
                .findFirst()
                .orElseThrow();
    }

    /** Plain text of a figure with at least two decimals, e.g. {@code 32.50}. */
    static String plain(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /** Art. 2 ceilings of one SME class. */
    record Ceiling(SizeClass sizeClass, BigDecimal staff, BigDecimal turnover, BigDecimal balanceSheet) {

        Ceiling(SizeClass sizeClass, long staff, long turnover, long balanceSheet) {
            this(sizeClass, BigDecimal.valueOf(staff), BigDecimal.valueOf(turnover), BigDecimal.valueOf(balanceSheet));
        }

        boolean staffPasses(EnterpriseFigures figures) {
            return figures.staffAwu().compareTo(staff) < 0;
        }

        boolean turnoverPasses(EnterpriseFigures figures) {
            return figures.turnover().compareTo(turnover) <= 0;
        }

        boolean balanceSheetPasses(EnterpriseFigures figures) {
            return figures.balanceSheetTotal().compareTo(balanceSheet) <= 0;
        }

        boolean passes(EnterpriseFigures figures) {
            return staffPasses(figures) && (turnoverPasses(figures) || balanceSheetPasses(figures));
        }

        String staffTest(EnterpriseFigures figures) {
            return staffPasses(figures)
                    ? plain(figures.staffAwu()) + " < " + staff.toPlainString()
                    : "staff " + plain(figures.staffAwu()) + " >= " + staff.toPlainString();
        }

        String financialTest(EnterpriseFigures figures) {
            if (turnoverPasses(figures)) {
                return "turnover " + plain(figures.turnover()) + " <= " + turnover.toPlainString();
            }
            if (balanceSheetPasses(figures)) {
                return "balance sheet " + plain(figures.balanceSheetTotal()) + " <= " + balanceSheet.toPlainString();
            }
            return "turnover " + plain(figures.turnover()) + " > " + turnover.toPlainString()
                    + " and balance sheet " + plain(figures.balanceSheetTotal()) + " > " + balanceSheet.toPlainString();
        }
    }
}
