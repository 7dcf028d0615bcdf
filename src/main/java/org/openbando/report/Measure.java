package org.openbando.report;

/**
 * What a row of the funding report measures. Each is a named rule over {@link ProjectFacts} in
 * {@link FundingReports}: which projects it counts (its drill-down) and what it adds up. Labels are in the report's
 * message bundle under {@code measure_<NAME>}.
 */
public enum Measure {
    BUDGET, SUBMITTED, ADMITTED, FUNDABLE, FINANCED, ENTERPRISES, RESEARCH_ORGANISATIONS, INVESTMENT, GRANTS,
    CONTRACTS, CONTRACT_AMOUNT, BUDGET_USED_SHARE, BUDGET_REMAINING, RENOUNCED, RENOUNCED_AMOUNT, REVOKED,
    REVOKED_AMOUNT, MOVED_UP, MOVED_UP_AMOUNT
}
