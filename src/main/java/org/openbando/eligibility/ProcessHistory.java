package org.openbando.eligibility;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * What the proposal process did, from the engine's history: implemented by the workflow package (the only user of
 * the engine), used here for the status timeline that applicants and officers see.
 */
@PublicApi
public interface ProcessHistory {

    /** A step of the process that happened: its name in the model, when it ended, and who did it (null: the system). */
    record Entry(String activityId, String name, Instant at, String by) {
    }

    /** The finished steps of the process of a submission, in order; empty when it has not started yet. */
    List<Entry> of(long submissionId);
}
