package org.openbando.ranking;

import org.openbando.shared.PublicApi;

/** DRAFT while the officer reviews it; APPROVED (and published, never rewritten) once approved. */
@PublicApi
public enum RankingStatus {
    DRAFT, APPROVED
}
