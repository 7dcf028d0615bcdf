package org.openbando.proposal;

/**
 * The status a user sees. DRAFT while the applicants edit it (and again after a withdrawal); SUBMITTED once its
 * snapshot is stored with a protocol number. The proposal process (eligibility, admissibility) comes next.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED
}
