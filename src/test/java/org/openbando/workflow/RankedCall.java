package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openbando.EvaluatedCall;
import org.openbando.Jobs;
import org.openbando.TestFixtures;
import org.openbando.ranking.Rankings;
import org.openbando.shared.ClockProducer;

/**
 * The process tests' way through issue 14: a call evaluated ({@link EvaluatedCall}) whose call process drafts the
 * ranking (its job), waits for the officers' approval (given through the ranking's facade: the act fires
 * RankingApproved), publishes it (its job) and starts the funding processes; then each project's funding process is
 * driven by its jobs and the people's acts through the funding API, as an officer and a beneficiary do it.
 */
@ApplicationScoped
public class RankedCall {

    static final String OFFICER = TestFixtures.OFFICER;
    /**
     * When this run's tests began: the engine's history keeps the processes of earlier runs on the same database,
     * whose application schema (and so its ids, and the business keys made of them) started again from 1.
     */
    private static final java.util.Date RUN_STARTED = new java.util.Date(System.currentTimeMillis() - 1000);

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    Rankings rankings;
    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;
    @Inject
    TaskService tasks;
    @Inject
    HistoryService history;
    @Inject
    FundingProcess fundingProcess;

    /** The call evaluated, its ranking drafted by its process (waiting at Task_ApproveRanking). */
    public EvaluatedCall.Built drafted(String code, int seedBase, EvaluatedCall.Spec spec) {
        EvaluatedCall.Built built = evaluatedCall.build(code, seedBase, spec);
        ProcessInstance process = callProcess(built.callId());
        Jobs.runAll(management, process.getId()); // Task_DraftRanking
        return built;
    }

    /** The officer approves the ranking through the ranking's act (both lines). */
    public void approve(long callId) {
        long version = QuarkusTransaction.requiringNew().call(() -> rankings.views(callId)).get(0).version();
        QuarkusTransaction.requiringNew().run(() -> rankings.approve(callId, version, OFFICER));
    }

    /** Drafted, approved and published: the call's process waits while its reserve list is valid. */
    public EvaluatedCall.Built published(String code, int seedBase, EvaluatedCall.Spec spec) {
        EvaluatedCall.Built built = drafted(code, seedBase, spec);
        approve(built.callId());
        Jobs.runAll(management, callProcess(built.callId()).getId()); // Task_PublishRanking, Task_StartFunding
        return built;
    }

    /** Task_StartFunding's work once more (a retried job), in a transaction of its own. */
    public void startFundingAgain(long callId, List<Long> submissionIds) {
        QuarkusTransaction.requiringNew().run(() -> submissionIds.forEach(s -> fundingProcess.start(s, callId)));
    }

    public ProcessInstance callProcess(long callId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CallProcessModel.KEY)
                .processInstanceBusinessKey(CallProcessModel.businessKey(callId)).singleResult();
    }

    /** The project's funding process (running or not: the history's id is the instance's). */
    public String fundingId(long submissionId) {
        List<org.camunda.bpm.engine.history.HistoricProcessInstance> found = history
                .createHistoricProcessInstanceQuery().processDefinitionKey(FundingProcessModel.KEY)
                .processInstanceBusinessKey(FundingProcessModel.businessKey(submissionId)).startedAfter(RUN_STARTED)
                .list();
        assertThat(found).as("funding processes of submission %d", submissionId).hasSize(1);
        return found.get(0).getId();
    }

    public boolean hasFunding(long submissionId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(FundingProcessModel.KEY)
                .processInstanceBusinessKey(FundingProcessModel.businessKey(submissionId)).startedAfter(RUN_STARTED)
                .count() > 0;
    }

    /** The project's funding process, running (keep it: camunda-bpm-assert follows it to its end). */
    public ProcessInstance funding(long submissionId) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(fundingId(submissionId))
                .singleResult();
        assertThat(process).as("the running funding process of submission %d", submissionId).isNotNull();
        return process;
    }

    public void runJobs(String processInstanceId) {
        Jobs.runAll(management, processInstanceId);
    }

    /** The one timer job of the process waiting at this element. */
    public Job timer(String processInstanceId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
        assertThat(job).as("timer %s of %s", activityId, processInstanceId).isNotNull();
        return job;
    }

    public void execute(Job job) {
        management.executeJob(job.getId());
    }

    /** The open user task of this key in the process. */
    public Task task(String processInstanceId, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
                .singleResult();
        assertThat(task).as("open task %s of %s", key, processInstanceId).isNotNull();
        return task;
    }

    public static String award(long submissionId) {
        return "/api/funding/" + submissionId;
    }

    public static long version(long submissionId) {
        return as(OFFICER).get(award(submissionId)).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /**
     * The concession's checklist completed by the officer through the API (anti-mafia when the grant asks for it, the
     * Line B commitment on Line B), then the funding process's decision job run: it waits for the acceptance (and on
     * Line B the membership).
     */
    public void decide(long submissionId) {
        String path = award(submissionId);
        runJobs(fundingId(submissionId)); // Task_OpenConcession
        task(fundingId(submissionId), FundingProcessModel.TASK_CONCESSION);
        var view = as(OFFICER).get(path).then().statusCode(200).extract().jsonPath();
        as(OFFICER).body(Map.of("cup", "J12B23000120007", "version", version(submissionId))).put(path + "/cup")
                .then().statusCode(200);
        as(OFFICER).body(Map.of("cor", "1234567", "version", version(submissionId))).put(path + "/cor").then()
                .statusCode(200);
        as(OFFICER).body(Map.of("durcIssuedOn", LocalDate.now(ClockProducer.ROME).minusDays(10).toString(),
                "version", version(submissionId))).put(path + "/durc").then().statusCode(200);
        if (view.getBoolean("checklist.antimafiaRequired")) {
            as(OFFICER).body(Map.of("reference", "PR_BOUTG_12345_2026", "version", version(submissionId)))
                    .put(path + "/antimafia").then().statusCode(200);
        }
        if (view.getBoolean("checklist.lineBCommitmentRequired")) {
            as(OFFICER).body(Map.of("version", version(submissionId))).put(path + "/line-b-commitment").then()
                    .statusCode(200);
        }
        as(OFFICER).body(Map.of("version", version(submissionId))).post(path + "/concession").then().statusCode(200);
        runJobs(fundingId(submissionId)); // Task_IssueFundingDecision
    }
}
