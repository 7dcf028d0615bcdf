package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** Where an individual evaluation's revision or a consensus report stands. */
@PublicApi
public enum RevisionStatus {
    /** Saved as its author goes; changes freely. */
    DRAFT,
    /** Submitted: frozen with the SHA-256 of its seal (who, which revision, when, the form). */
    SUBMITTED,
    /** A submitted individual evaluation an officer reopened: kept as it was, a new revision takes over. */
    REOPENED
}
