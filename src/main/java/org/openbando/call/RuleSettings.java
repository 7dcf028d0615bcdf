package org.openbando.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * The rules of a call as stored (shared/domain.md gives the defaults): the columns of {@link GrantCall}. Other features
 * read them as the immutable {@link CallRules} from {@link CallService#rules}, never from here.
 */
@Embeddable
public class RuleSettings {
    public int minStartTrl;
    public int minTargetTrl;
    public int maxTargetTrl;
    /** Industrial research costs must exceed experimental development costs. */
    public boolean researchMustPrevail;
    public BigDecimal minProjectCost;
    public BigDecimal maxProjectCost;
    public int minEnterprises;
    public int maxProposalsPerEnterprise;
    /** A flat cap on the GBER art. 25 intensities, in percent; null applies the GBER maxima. */
    @Column(name = "aid_intensity_cap")
    public BigDecimal aidIntensityCap;
    public int evaluatorsPerProposal;
    public BigDecimal evaluationThreshold;
    /** Days an expert has for an evaluation, from the assignment. */
    public int evaluationTermDays;
    /** Days before the evaluation term ends at which the expert is reminded. */
    public int evaluationReminderDays;
    /** The step of individual and consensus scores (e.g. 0.5). */
    public BigDecimal scoreStep;
    /** How the individual scores of a criterion are aggregated: MEAN or MEDIAN. */
    @Enumerated(EnumType.STRING)
    public ScoreAggregation scoreAggregation;
    /** A criterion whose individual scores spread more than this percent of its maximum is divergent. */
    public BigDecimal divergencePercent;
    /** Criterion code that breaks ties before the submission time does. */
    public String tieBreakCriterion;
    public boolean partialFundingAllowed;
    public int reserveListValidityMonths;
    /** Peremptory term to complete documents (Law 241/1990 art. 6), days. */
    public int completionTermDays;
    /** Notice before rejection (Law 241/1990 art. 10-bis) for admissibility rejections. */
    public boolean noticeBeforeRejection;
    public int observationsTermDays;
    /** Days after the funding decision within which a Line B beneficiary must join the cluster. */
    public int clusterJoiningTermDays;
    /** The least share of its full grant (percent) that a partially funded project may be offered (V19). */
    public BigDecimal partialFundingMinShare;
    /** A line's budget left when all its fundable proposals are funded moves to the other line (V19). */
    public boolean remainderToOtherLine;
    /** Days the beneficiary has to accept the funding decision (V19). */
    public int grantAcceptanceTermDays;
    /** Days for observations after a notice before revocation (V19). */
    public int revocationObservationsTermDays;

    public AidIntensityMatrix aidIntensities() {
        return AidIntensityMatrix.cappedAt(aidIntensityCap);
    }
}
