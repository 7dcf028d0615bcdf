package org.openbando.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.shared.PublicApi;

/**
 * The one computation of a project's grant (GBER, Regulation (EU) No 651/2014, Art. 25), below both the drafting
 * (estimate) and the funding (decision): for each partner and research category, eligible cost times the aid
 * intensity of {@link AidIntensityMatrix} (base + size bonus + effective-collaboration bonus, capped at 80% and at the
 * call's cap); effective collaboration judged from the budget as submitted (or drafted). Money in EUR as BigDecimal;
 * rounding stated once: each partner's grant per category is rounded DOWN to the cent (never above the intensity);
 * a partner's grant is the sum of its categories, the project's grant the sum of its partners'.
 *
 * <p>Pure: no database, no clock. Every figure carries its explanation (the points added, the caps applied), for the
 * applicant's estimate, the officer's pages and the funding decision.
 *
 * <p>SKELETON of issue 14: the signatures are the contract between the features; the rules helper implements them.
 */
@PublicApi
public final class GrantComputation {

    private GrantComputation() {
    }

    /**
     * A member of the consortium as the computation sees it (the frozen facts of the submission, or today's facts for
     * a draft's estimate).
     *
     * @param sizeClass the enterprise's size class; null for a research organisation (no size bonus)
     * @param rightToPublish for a research organisation: it has the right to publish its own results (effective
     *                       collaboration, Art. 25(6)(b)(ii)); ignored for enterprises
     * @param eligibleCosts the partner's eligible costs per research category (absent categories are zero)
     */
    @PublicApi
    public record Participant(long organizationId, String name, String vatNumber, OrganizationType type,
            SizeClass sizeClass, boolean rightToPublish, Map<ResearchCategory, BigDecimal> eligibleCosts) {

        public Participant {
            eligibleCosts = Map.copyOf(eligibleCosts);
        }
    }

    /** On what ground collaboration is effective, or NONE. */
    @PublicApi
    public enum CollaborationBasis {
        /** Among undertakings: at least one SME, none bearing more than 70% of the eligible costs. */
        UNDERTAKINGS,
        /** A research organisation bearing at least 10% of the eligible costs, with the right to publish. */
        RESEARCH_ORGANISATION,
        NONE
    }

    /**
     * The judgement of effective collaboration with the figures it rests on.
     *
     * @param largestShare the largest share (percent, scale 2) of the eligible costs borne by one undertaking
     * @param researchShare the share (percent, scale 2) borne by research organisations with the right to publish
     */
    @PublicApi
    public record Collaboration(boolean effective, CollaborationBasis basis, boolean smePresent, int undertakings,
            BigDecimal largestShare, Long largestOrganizationId, BigDecimal researchShare) {
    }

    /**
     * How an intensity was reached: points of base, size bonus and collaboration bonus, their sum, the GBER cap (80)
     * and the call's cap (null when none), and the intensity applied (percent, scale 2).
     */
    @PublicApi
    public record Intensity(ResearchCategory category, int basePoints, int sizeBonus, int collaborationBonus,
            int sum, boolean gberCapApplied, BigDecimal callCap, boolean callCapApplied, BigDecimal applied) {

        /**
         * The sentence that explains it, e.g. "small enterprise, industrial research, effective collaboration: 50 +
         * 20 + 15 = 85, capped at 80; the call caps at 60: 60%" in the language given ({@code it} or {@code en}).
         */
        public String explain(SizeClass size, String language) {
            throw new UnsupportedOperationException("issue 14 skeleton: rules helper");
        }
    }

    /** One category of one partner: eligible cost, intensity, grant (rounded down to the cent). */
    @PublicApi
    public record CategoryGrant(ResearchCategory category, BigDecimal eligibleCost, Intensity intensity,
            BigDecimal grant) {
    }

    /** A partner's grant: its categories, its eligible cost and grant (the sums of its categories). */
    @PublicApi
    public record PartnerGrant(Participant participant, List<CategoryGrant> categories, BigDecimal eligibleCost,
            BigDecimal grant) {

        public PartnerGrant {
            categories = List.copyOf(categories);
        }
    }

    /**
     * The computation of a project: the collaboration judgement, each partner's grant, the project's eligible cost
     * and grant (the sum of its partners' grants).
     *
     * @param scale 1 for the full grant; below 1 when reduced by partial funding ({@link #scaledTo})
     */
    @PublicApi
    public record Result(Collaboration collaboration, List<PartnerGrant> partners, BigDecimal eligibleCost,
            BigDecimal grant, BigDecimal fullGrant, BigDecimal scale) {

        public Result {
            partners = List.copyOf(partners);
        }

        public boolean partial() {
            return grant.compareTo(fullGrant) < 0;
        }

        /**
         * The same computation with the project's grant reduced to {@code amount} (partial funding): each partner's
         * grant reduced in proportion, rounded down to the cent, the cents left over given one by one to the partners
         * in the order of their grants' largest remainders, so that the partners' grants sum exactly to
         * {@code amount}.
         *
         * @throws IllegalArgumentException when {@code amount} is negative or above the full grant
         */
        public Result scaledTo(BigDecimal amount) {
            throw new UnsupportedOperationException("issue 14 skeleton: rules helper");
        }
    }

    /** The project's grant from its participants (the lead first) under the call's intensities. */
    public static Result compute(AidIntensityMatrix intensities, List<Participant> participants) {
        throw new UnsupportedOperationException("issue 14 skeleton: rules helper");
    }

    /** Whether collaboration is effective, and why, from the participants' eligible costs. */
    public static Collaboration collaboration(List<Participant> participants) {
        throw new UnsupportedOperationException("issue 14 skeleton: rules helper");
    }
}
