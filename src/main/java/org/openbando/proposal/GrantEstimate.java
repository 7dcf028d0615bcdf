package org.openbando.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbando.call.GrantStatement;
import org.openbando.shared.PublicApi;

/**
 * The grant a proposal would receive, estimated while drafting with the same computation as the funding decision
 * ({@link org.openbando.call.GrantComputation}) from the saved budget and the register's facts of today (size class,
 * type) and the call's intensity cap: an estimate until the decision, which uses the facts frozen at submission, the
 * ranking and the money of the line.
 *
 * @param estimate always true: this is not a decision
 * @param factsOn the day whose register facts (size classes) were used
 * @param aidIntensityCap the call's cap on the intensities (percent), null when it applies the GBER maxima
 * @param note what the estimate is, in the request's language
 */
@PublicApi
public record GrantEstimate(long proposalId, boolean estimate, LocalDate factsOn, BigDecimal aidIntensityCap,
        GrantStatement.CollaborationStatement collaboration, List<GrantStatement.PartnerStatement> partners,
        BigDecimal eligibleCost, BigDecimal grant, String note) {

    public GrantEstimate {
        partners = List.copyOf(partners);
    }
}
