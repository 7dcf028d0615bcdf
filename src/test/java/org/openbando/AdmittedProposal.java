package org.openbando;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openbando.evaluation.EvaluationSteps;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * A proposal submitted, checked by its process, admitted by the officer and under evaluation: what the tests of the
 * evaluation start from. Inject it; {@link #admit} drives the process as the job executor would (the tests run with
 * it off) and opens the evaluation (idempotent: the process opens it too once it reaches the evaluation).
 */
@ApplicationScoped
public class AdmittedProposal {

    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;
    @Inject
    EvaluationSteps steps;

    /** A proposal of a new consortium (seeds as in {@link SubmittedProposal}) submitted to the call and admitted. */
    public SubmittedProposal admit(String code, int seed, long call) {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, code, seed, call);
        while (starter.startPending() > 0) {
            // next batch
        }
        ProcessInstance process = process(s.submission());
        runJobs(process);
        as(TestFixtures.OFFICER).body(Map.of("decision", "ADMIT", "notes", "complete and eligible"))
                .post("/api/proposals/" + s.proposal() + "/admissibility").then().statusCode(200);
        runJobs(process);
        QuarkusTransaction.requiringNew().run(() -> steps.open(s.submission()));
        return s;
    }

    /** A new open call and one admitted proposal. */
    public SubmittedProposal admit(String code, int seed) {
        return admit(code, seed, SubmittedProposal.openCall(code));
    }

    public ProcessInstance process(long submission) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("submission-" + submission)
                .singleResult();
    }

    /** Executes the process's asynchronous steps (not its timers) until none is left. */
    public void runJobs(ProcessInstance process) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(process.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }
}
