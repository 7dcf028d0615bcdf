package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** Why an assignment ended before its evaluation was used. */
@PublicApi
public enum EndReason {
    CONFLICT, EXPERTISE, WORKLOAD, TERM_LAPSED, OTHER
}
