package org.openbando.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openbando.shared.PublicApi;

/**
 * Headcount and financial figures of one enterprise as used by EU Recommendation 2003/361/EC,
 * Annex arts. 4 and 5: staff in annual work units (AWU), annual turnover and annual balance sheet
 * total in EUR.
 *
 * @param staffAwu staff headcount in annual work units, not negative
 * @param turnover annual turnover in EUR, not negative
 * @param balanceSheetTotal annual balance sheet total in EUR, not negative
 */
@PublicApi
public record EnterpriseFigures(BigDecimal staffAwu, BigDecimal turnover, BigDecimal balanceSheetTotal) {

    /** No staff, no turnover, no balance sheet. */
    public static final EnterpriseFigures ZERO =
            new EnterpriseFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    private static final int SCALE = 2;

    public EnterpriseFigures {
        requireNonNegative(staffAwu, "staffAwu");
        requireNonNegative(turnover, "turnover");
        requireNonNegative(balanceSheetTotal, "balanceSheetTotal");
    }

    /** @return the sum of these figures and {@code other} (art. 6 aggregation) */
    public EnterpriseFigures plus(EnterpriseFigures other) {
        if (other == null) {
            throw new IllegalArgumentException("other is required");
        }
        return new EnterpriseFigures(
                staffAwu.add(other.staffAwu),
                turnover.add(other.turnover),
                balanceSheetTotal.add(other.balanceSheetTotal));
    }

    /**
     * Pro-rata share of these figures (art. 6(2): partner enterprises count in proportion to the
     * holding). Every figure is rounded to 2 decimals, half up.
     *
     * @param share between 0 and 1 inclusive
     */
    public EnterpriseFigures times(BigDecimal share) {
        if (share == null) {
            throw new IllegalArgumentException("share is required");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
        return new EnterpriseFigures(
                scaled(staffAwu.multiply(share)),
                scaled(turnover.multiply(share)),
                scaled(balanceSheetTotal.multiply(share)));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
