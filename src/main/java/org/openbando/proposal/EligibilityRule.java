package org.openbando.proposal;

import java.util.Locale;

/**
 * The automatic eligibility checks, each with what it verifies (in {@code eligibility_*.properties}). They run on the
 * frozen snapshot, with the facts at submission (membership on the day of receipt, the consortium as submitted), after
 * the acknowledgement.
 */
public enum EligibilityRule {
    SUBMITTED_IN_TIME,
    ENTERPRISES_ARE_SMES,
    LINE_A_CLUSTER_MEMBERS,
    LINE_B_NEVER_MEMBERS,
    LINE_B_ATTESTATION,
    TRL_PLAN,
    RESEARCH_PREVAILS,
    TOTAL_COST_RANGE,
    THEMATIC_AREA,
    MIN_ENTERPRISES,
    MAX_PROPOSALS_PER_ENTERPRISE,
    INCENTIVE_EFFECT;

    /** What the rule verifies, as a sentence in Italian ("it") or English (eligibility_*.properties). */
    public String checks(Locale language) {
        return Texts.eligibility(language).format("rule." + name());
    }

    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE
    }
}
