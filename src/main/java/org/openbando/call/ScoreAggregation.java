package org.openbando.call;

import org.openbando.shared.PublicApi;

/** How the individual scores of a criterion become the panel's figure before consensus. */
@PublicApi
public enum ScoreAggregation {
    /** The arithmetic mean (Innovate UK). */
    MEAN,
    /** The median: the middle score, or the mean of the two middle ones (EU SME instrument). */
    MEDIAN
}
