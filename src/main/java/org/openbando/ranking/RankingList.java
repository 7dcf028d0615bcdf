package org.openbando.ranking;

import org.openbando.shared.PublicApi;

/** The lists of a line's ranking act. */
@PublicApi
public enum RankingList {
    /** Fundable and funded (in full, or partially as the last project). */
    FUNDED,
    /** Fundable, not funded: the reserve list, valid for the call's period from the approval. */
    RESERVE,
    /** Evaluated not fundable, with the reasons. */
    NOT_FUNDABLE,
    /** Declared inadmissible at admissibility. */
    INADMISSIBLE,
    /** Excluded from the ranking by the officer, with a reason. */
    EXCLUDED
}
