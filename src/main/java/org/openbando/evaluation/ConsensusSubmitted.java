package org.openbando.evaluation;

import org.openbando.shared.PublicApi;

/** The rapporteur submitted the consensus report. Fired in the transaction of the act; the workflow observes it. */
@PublicApi
public record ConsensusSubmitted(long submissionId, String by) {
}
