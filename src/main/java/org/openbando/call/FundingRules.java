package org.openbando.call;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.openbando.shared.PublicApi;

/**
 * What the ranking and the funding decisions of a call apply (read with {@link CallService#fundingRules(long)}): the
 * budget of each line, the chain of tie-breaks, partial funding, the reserve list's validity and the terms of the
 * concession, the Line B obligation to join and the notice before revocation; the aid intensities with the call's cap.
 *
 * @param tieBreakCriterion the criterion whose final score breaks a tie of totals first (then the earlier arrival,
 *                          then the protocol number); null when the call names none
 * @param partialFundingMinShare the least share (percent) of its full grant a partially funded project may be offered
 * @param remainderToOtherLine whether a line's budget left when all its fundable proposals are funded moves to the
 *                             other line
 */
@PublicApi
public record FundingRules(long callId, String code, String title, Map<Line, BigDecimal> budgets,
        String tieBreakCriterion, boolean partialFundingAllowed, BigDecimal partialFundingMinShare,
        boolean remainderToOtherLine, int reserveListValidityMonths, int grantAcceptanceTermDays,
        int clusterJoiningTermDays, int revocationObservationsTermDays, AidIntensityMatrix aidIntensities) {

    public FundingRules {
        budgets = Map.copyOf(budgets);
    }

    /** The budget of a line, zero when the call has no such line. */
    public BigDecimal budget(Line line) {
        return budgets.getOrDefault(line, BigDecimal.ZERO);
    }

    static FundingRules of(GrantCall c) {
        RuleSettings r = c.rules;
        Map<Line, BigDecimal> budgets = new EnumMap<>(Line.class);
        c.lines.forEach(l -> budgets.put(l.line, l.budget));
        return new FundingRules(c.id, c.code, c.title, budgets, r.tieBreakCriterion, r.partialFundingAllowed,
                r.partialFundingMinShare, r.remainderToOtherLine, r.reserveListValidityMonths,
                r.grantAcceptanceTermDays, r.clusterJoiningTermDays, r.revocationObservationsTermDays,
                r.aidIntensities());
    }
}
