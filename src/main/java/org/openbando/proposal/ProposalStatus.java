package org.openbando.proposal;

/** The status a user sees. Only drafting exists so far; submission and the proposal process come next. */
public enum ProposalStatus {
    DRAFT
}
