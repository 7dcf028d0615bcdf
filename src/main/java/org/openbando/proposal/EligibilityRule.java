package org.openbando.proposal;

/**
 * The automatic eligibility checks, each with what it verifies. They run on the frozen snapshot, with the facts at
 * submission (membership on the day of receipt, the consortium as submitted), after the acknowledgement.
 */
public enum EligibilityRule {
    SUBMITTED_IN_TIME("submitted while the call was open, before the deadline instant"),
    ENTERPRISES_ARE_SMES("the lead and every enterprise partner are SMEs (research organisations are exempt)"),
    LINE_A_CLUSTER_MEMBERS("Line A: the lead and every enterprise partner are cluster members on the day of submission"),
    LINE_B_NEVER_MEMBERS("Line B: neither the lead nor any enterprise partner has ever been a cluster member"),
    LINE_B_ATTESTATION("Line B: the attestation of the cluster's managing body is attached"),
    TRL_PLAN("TRL at start and target within the call's limits, overall and for every work package"),
    RESEARCH_PREVAILS("industrial research costs exceed experimental development costs"),
    TOTAL_COST_RANGE("total eligible cost within the call's minimum and maximum"),
    THEMATIC_AREA("thematic area in the call's strategic agenda"),
    MIN_ENTERPRISES("at least the call's minimum number of enterprises in the consortium"),
    MAX_PROPOSALS_PER_ENTERPRISE("no enterprise in more active proposals of the call than allowed (earlier protocol numbers count first)"),
    INCENTIVE_EFFECT("the project starts after the submission (aid applied for before work starts)");

    private final String checks;

    EligibilityRule(String checks) {
        this.checks = checks;
    }

    /** What the rule verifies, as a sentence. */
    public String checks() {
        return checks;
    }

    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE
    }
}
