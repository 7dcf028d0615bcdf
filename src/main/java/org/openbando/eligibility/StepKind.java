package org.openbando.eligibility;

import org.openbando.shared.PublicApi;

/** The kinds of step of the admissibility review, in the order they may happen. */
@PublicApi
public enum StepKind {
    /** Officer: admitted to evaluation. */
    ADMITTED,
    /** Officer: asks the applicant to complete documents within a term. */
    COMPLETION_REQUESTED,
    /** Applicant: the completion. */
    COMPLETION_SENT,
    /** Officer: notice before rejection (Law 241/1990 art. 10-bis), opening the term for observations. */
    REJECTION_NOTIFIED,
    /** Applicant: observations on the notice. */
    OBSERVATIONS_SENT,
    /** The term for observations passed without any. */
    OBSERVATIONS_TERM_EXPIRED,
    /** Officer (or the lapse of the completion term): inadmissible. */
    INADMISSIBLE
}
