package org.openbando.workflow;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.logging.Logger;
import org.openbando.shared.PublicApi;

/**
 * Takes a proposal's process (a call's, a funded project's) as far as it goes without people, now: for the demo data
 * of dev mode, which acts as the demo users through the real services at startup and must find each step done before
 * it takes the next (startup ends with the demo's evaluation done). It starts the processes waiting to start, then
 * waits until the process has no due asynchronous continuation left (receipt, checks, notices, reports; never its
 * timers): the job executor runs them when it is active (as in dev mode; running them here too would race it), else
 * this executes them in the caller's thread, each in its own transaction. Dev mode only.
 */
@IfBuildProfile("dev")
@ApplicationScoped
@PublicApi
public class ProcessDriver {

    private static final Logger LOG = Logger.getLogger(ProcessDriver.class);
    private static final int ROUNDS = 200;
    private static final long WAIT_MILLIS = 100;
    private static final long MAX_WAIT_MILLIS = 180_000;

    private final ProposalProcessStarter starter;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final ProcessEngine engine;

    public ProcessDriver(ProposalProcessStarter starter, ManagementService management, RuntimeService runtime,
            ProcessEngine engine) {
        this.starter = starter;
        this.management = management;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** Starts the waiting processes, then runs the submission's process's due asynchronous steps until none is left. */
    public void settle(long submissionId) {
        String key = ProposalProcessModel.businessKey(submissionId);
        awaitStarted(key);
        settleKey(key);
    }

    /**
     * Waits until the submission's process has started: the background starter may hold its row (SKIP LOCKED, so this
     * thread's own start finds nothing) and not have committed the start yet; settling before that would find no job
     * and let the demo act on a proposal whose checks have not run.
     */
    private void awaitStarted(String businessKey) {
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        while (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .count() == 0) {
            if (System.currentTimeMillis() > deadline) {
                LOG.warnf("The process of %s has not started in %d s", businessKey, MAX_WAIT_MILLIS / 1000);
                return;
            }
            starter.startPending();
            try {
                Thread.sleep(WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The call's process as far as it goes now (the ranking's draft, its publication, the funding processes' start). */
    public void settleCall(long callId) {
        settleKey(CallProcessModel.businessKey(callId));
    }

    /** A funded project's process as far as it goes now (the concession opened, the decision issued, a revocation). */
    public void settleFunding(long submissionId) {
        settleKey(FundingProcessModel.businessKey(submissionId));
    }

    /**
     * The demo's second call is already closed: its deadline timer runs now (the deadline shown stays the one set),
     * then the process goes as far as it goes (the evaluation phase ends, the ranking is drafted).
     */
    public void closeNow(long callId) {
        fireNow(CallProcessModel.businessKey(callId), "Timer_Deadline");
        settleCall(callId);
    }

    /**
     * The demo's revoked project: its Line B joining term ends now, unfulfilled (the notice before revocation is
     * issued), without waiting the call's months.
     */
    public void joiningTermEndsNow(long submissionId) {
        fireNow(FundingProcessModel.businessKey(submissionId), FundingProcessModel.TASK_TIMER_JOINING_TERM);
        settleFunding(submissionId);
    }

    private void fireNow(String businessKey, String activityId) {
        List<Job> timers = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers()
                        .activityId(activityId).list().stream()).toList();
        if (timers.isEmpty()) {
            throw new IllegalStateException("No timer " + activityId + " waits in the process of " + businessKey);
        }
        timers.forEach(t -> management.executeJob(t.getId()));
    }

    private void settleKey(String businessKey) {
        while (starter.startPending() > 0) {
            // the next batch
        }
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (executor != null && executor.isActive()) {
            long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
            while (!dueJobs(businessKey).isEmpty()) {
                if (System.currentTimeMillis() > deadline) {
                    LOG.warnf("The job executor has not finished the process of %s in %d s", businessKey,
                            MAX_WAIT_MILLIS / 1000);
                    return;
                }
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            return;
        }
        for (int round = 0; round < ROUNDS; round++) {
            List<Job> jobs = dueJobs(businessKey);
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException e) { // failed: retried later, then an incident
                    LOG.debugf("Job %s of %s: %s", job.getId(), businessKey, e.getMessage());
                }
            }
        }
        LOG.warnf("The process of %s still has jobs after %d rounds", businessKey, ROUNDS);
    }

    /** The asynchronous continuations of the process with this business key that are due now (not its timers). */
    private List<Job> dueJobs(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).messages()
                        .executable().list().stream()).toList();
    }
}
