package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The life of an expert's seat on a panel. */
@PublicApi
public enum AssignmentStatus {
    /** Waiting for the expert to accept (with the declaration) or decline. */
    ASSIGNED,
    /** Accepted with a signed declaration: the expert reads and scores. */
    ACCEPTED,
    /** Declined by the expert (ended). */
    DECLINED,
    /** The individual evaluation is submitted and frozen. */
    SUBMITTED,
    /** The term ended before the expert submitted (ended; the officer reassigns the seat). */
    LAPSED,
    /** Removed by the officer, e.g. for a conflict found later (ended). */
    REMOVED
}
