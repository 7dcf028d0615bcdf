package org.openbando.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;

/**
 * One submitted project of a call as the reports count it: what its submission froze (consortium with each member's
 * type and size class, costs, contracts with research organisations, thematic area) and where the call's life has
 * taken it since (admissibility, ranking, funding). Every figure of the funding report is a count or a sum over these;
 * open data and the drill-down lists are these too. Read by {@link ProjectFactsReader}.
 *
 * @param stage            the furthest place reached (see {@link Stage})
 * @param admitted         admitted to evaluation (not declared inadmissible, and the admissibility decided)
 * @param fundable         evaluated fundable (in the ranking's funded or reserve list)
 * @param financed         holds a grant now: an award that has not ended (concession, decided, accepted)
 * @param awardStatus      the funding feature's status name (CONCESSION .. REVOKED); null without an award
 * @param eligibleCost     total eligible cost as submitted (the project's investment)
 * @param grant            the grant awarded (after partial funding); null without an award
 * @param endedAmount      the grant given up when the award ended (renounced, forfeited or revoked); null otherwise
 * @param movedUp          funded by moving up the reserve list
 * @param costByCategory   eligible cost per research category
 * @param participants     the lead first, then the partners, as submitted
 * @param contracts        contracts with research organisations (qualified research services), as submitted
 */
public record ProjectFacts(long submissionId, long proposalId, long callId, String callCode, Line line,
        long protocolNumber, Instant receivedAt, String acronym, String title, String summary, String clusterCode,
        String thematicAreaCode, LocalDate plannedStart, Integer durationMonths, Stage stage, boolean admitted,
        boolean fundable, boolean financed, String awardStatus, BigDecimal eligibleCost, BigDecimal grant,
        BigDecimal endedAmount, boolean movedUp, String cup, String cor, Instant decidedAt, Instant endedAt,
        Map<ResearchCategory, BigDecimal> costByCategory, List<Participant> participants,
        List<ContractFact> contracts) {

    /** Where a project stands, in the order of the call's life. */
    public enum Stage {
        SUBMITTED, INADMISSIBLE, ADMITTED, NOT_FUNDABLE, EXCLUDED, RESERVE, FUNDED, RENOUNCED, FORFEITED, REVOKED
    }

    /**
     * A member of the consortium as submitted.
     *
     * @param size   null for a research organisation
     * @param grant  its part of the grant (null without an award)
     * @param city   where it is, as the organisation's record says now (open data's location)
     */
    public record Participant(long organizationId, String name, String vatNumber, OrganizationType type,
            SizeClass size, boolean lead, BigDecimal eligibleCost, BigDecimal grant, String city) {

        public boolean enterprise() {
            return type.isEnterprise();
        }
    }

    /** A contract with a research organisation for qualified research services. */
    public record ContractFact(long providerOrganizationId, String providerName, String providerVatNumber,
            BigDecimal amount) {
    }
}
