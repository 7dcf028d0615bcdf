package org.openbando.operations;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The process engine's side of the incidents, implemented by {@code workflow} (the only user of the engine): its
 * incidents, a retry of the job behind one, and a new attempt to start a submission's process.
 */
@PublicApi
public interface EngineIncidents {

    /**
     * An incident of the engine.
     *
     * @param id           the engine's id of the incident
     * @param type         the engine's type ({@code failedJob} for a job that failed every retry)
     * @param process      the key of the process model ({@code ProposalProcess}, {@code CallProcess})
     * @param businessKey  the business key of the process instance ({@code submission-12}, {@code call-3})
     * @param proposalId   the proposal, for a proposal's process
     * @param submissionId the submission, for a proposal's process
     * @param activityId   the element of the model that failed
     * @param message      the cause (the exception's message)
     * @param since        when the incident was raised
     */
    record EngineIncident(String id, String type, String process, String businessKey, Long proposalId,
            Long submissionId, String activityId, String message, Instant since) {
    }

    /** The open incidents, newest first, at most {@code max}. */
    List<EngineIncident> list(int max);

    long count();

    /**
     * Gives the failed job behind the incident one more attempt, due at once (the job executor runs it; the incident
     * is resolved meanwhile and raised again if it fails). False when there is no such incident.
     */
    boolean retry(String incidentId);

    /** Starts the process of the submission now, if it still waits for it; true when it started. */
    boolean startNow(long submissionId);
}
