package org.openbando.submission;

import org.openbando.shared.PublicApi;

/**
 * Whether submissions arrive in a rush now (deadline day): the work that can wait (starting processes, issuing
 * receipts, running checks) waits meanwhile, so that it does not take the processors from the acknowledgements.
 */
@PublicApi
public interface SubmissionLoad {

    /**
     * True while at least {@code openbando.submission.rush-rate} submissions were stored within one second,
     * and that second ended less than a second ago.
     */
    boolean inRush();
}
