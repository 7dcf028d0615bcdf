package org.openbando.workflow;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.logging.Logger;
import org.openbando.shared.PublicApi;

/**
 * Takes a proposal's process as far as it goes without people, now: for the demo data of dev mode, which acts as the
 * demo users through the real services at startup and must find each step done before it takes the next (startup
 * ends with the demo's evaluation done). It starts the processes waiting to start and executes the process's
 * asynchronous continuations (receipt, checks, notices, reports; never its timers) in the caller's thread, each in its
 * own transaction, until none is left. The job executor may run the same jobs meanwhile: a job it took first fails
 * here with an optimistic-locking error and is looked at again. Dev mode only.
 */
@IfBuildProfile("dev")
@ApplicationScoped
@PublicApi
public class ProcessDriver {

    private static final Logger LOG = Logger.getLogger(ProcessDriver.class);
    private static final int ROUNDS = 200;

    private final ProposalProcessStarter starter;
    private final ManagementService management;
    private final RuntimeService runtime;

    public ProcessDriver(ProposalProcessStarter starter, ManagementService management, RuntimeService runtime) {
        this.starter = starter;
        this.management = management;
        this.runtime = runtime;
    }

    /** Starts the waiting processes, then runs the submission's process's due asynchronous steps until none is left. */
    public void settle(long submissionId) {
        while (starter.startPending() > 0) {
            // the next batch
        }
        String businessKey = ProposalProcessModel.businessKey(submissionId);
        for (int round = 0; round < ROUNDS; round++) {
            List<Job> jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .stream().flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
                            .messages().executable().list().stream()).toList();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException e) { // taken by the job executor, or failed (then an incident)
                    LOG.debugf("Job %s of %s: %s", job.getId(), businessKey, e.getMessage());
                }
            }
        }
        LOG.warnf("The process of %s still has jobs after %d rounds", businessKey, ROUNDS);
    }
}
