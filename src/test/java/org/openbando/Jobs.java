package org.openbando;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The engine's asynchronous continuations, executed by the tests themselves (the job executor is off in %test). */
public final class Jobs {

    private Jobs() {
    }

    /** Executes the process's asynchronous continuations until it waits for a person, a timer or a message. */
    public static void runAll(ManagementService management, String processInstanceId) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }
}
