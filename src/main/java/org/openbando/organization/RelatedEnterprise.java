package org.openbando.organization;

import java.math.BigDecimal;

/**
 * Another enterprise with a capital or voting-rights relationship to the applicant, as declared for
 * the SME test of EU Recommendation 2003/361/EC, Annex art. 3.
 *
 * <p>The figures are those the caller has already consolidated for that enterprise (art. 6(2)-(4));
 * this record does not chase chains of further linked or partner enterprises.
 *
 * @param name display name of the enterprise
 * @param holdingPercent the larger of the capital or voting-rights percentages held between the
 *     applicant and this enterprise, in either direction, 0 to 100
 * @param control a dominant influence exists even at 50% or less (art. 3(3)(b)-(d), e.g. the right
 *     to appoint the majority of the board)
 * @param exemptInvestor the holder is one of the investors listed in art. 3(2) second subparagraph
 *     (public investment corporations, venture capital, business angels investing less than
 *     EUR 1.25 M, universities and non-profit research centres, institutional investors, autonomous
 *     local authorities with a budget under EUR 10 M and fewer than 5,000 inhabitants)
 * @param figures that enterprise's own figures
 */
public record RelatedEnterprise(
        String name,
        BigDecimal holdingPercent,
        boolean control,
        boolean exemptInvestor,
        EnterpriseFigures figures) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PARTNER_THRESHOLD = BigDecimal.valueOf(25);
    private static final BigDecimal LINKED_THRESHOLD = BigDecimal.valueOf(50);

    public RelatedEnterprise {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (holdingPercent == null) {
            throw new IllegalArgumentException("holdingPercent is required");
        }
        if (holdingPercent.signum() < 0 || holdingPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("holdingPercent must be between 0 and 100, was " + holdingPercent);
        }
        if (figures == null) {
            throw new IllegalArgumentException("figures are required");
        }
    }

    /** @return the relation this holding creates under art. 3 */
    public Relation relation() {
        if (control || holdingPercent.compareTo(LINKED_THRESHOLD) > 0) {
            return Relation.LINKED;
        }
        if (holdingPercent.compareTo(PARTNER_THRESHOLD) >= 0) {
            return exemptInvestor ? Relation.EXEMPT_INVESTOR : Relation.PARTNER;
        }
        return Relation.AUTONOMOUS;
    }

    /** @return the fraction of this enterprise's figures that counts under art. 6: 1, holding/100 or 0 */
    public BigDecimal share() {
        return switch (relation()) {
            case LINKED -> BigDecimal.ONE;
            case PARTNER -> holdingPercent.movePointLeft(2);
            case AUTONOMOUS, EXEMPT_INVESTOR -> BigDecimal.ZERO;
        };
    }
}
