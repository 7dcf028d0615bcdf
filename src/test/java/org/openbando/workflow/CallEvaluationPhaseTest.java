package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.Api;
import org.openbando.SubmittedProposal;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.evaluation.EvaluationPhase;

/**
 * The call's evaluation phase (bpmn/call.bpmn, Task_EvaluationPhase): a closed call waits while any of its
 * submissions is in admissibility or evaluation and goes on to the ranking when the last one ends; a call with nothing
 * to wait for goes straight through. VAT seeds 32100-32199.
 */
@QuarkusTest
class CallEvaluationPhaseTest {

    private static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    ProcessEngine engine;
    @Inject
    AdmittedProposal admitted;
    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    EvaluationPhase phase;
    @Inject
    Panel panel;
    @Inject
    TestClock clock;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCallWaitsForItsProposalsInAdmissibilityAndEvaluationAndGoesOnWhenTheLastEnds() {
        long call = openCall("CE-PHASE");
        ProcessInstance callProcess = callProcess(call);
        SubmittedProposal evaluated = admitted.admit("CE-PHASE", 32100, call);
        SubmittedProposal rejected = SubmittedProposal.submit(fixtures, "CE-PHASE", 32110, call);
        while (starter.startPending() > 0) {
            // next batch
        }
        ProcessInstance rejectedProcess = admitted.process(rejected.submission());
        admitted.runJobs(rejectedProcess);
        assertThat(rejectedProcess).isWaitingAt("Task_ReviewAdmissibility");

        engine.getManagementService().executeJob(timer(callProcess).getId()); // the deadline: the call closes
        assertThat(callProcess).hasPassed("Task_CloseCall", "Gateway_EvaluationPending")
                .isWaitingAt("Task_EvaluationPhase");
        as(OFFICER).get("/api/calls/" + call).then().body("status", equalTo("CLOSED"));
        List<EvaluationPhase.Pending> pending = phase.pending(call);
        assertThat(pending).extracting(EvaluationPhase.Pending::submissionId, EvaluationPhase.Pending::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(evaluated.submission(),
                        EvaluationPhase.Stage.PANEL_PENDING), org.assertj.core.groups.Tuple.tuple(
                                rejected.submission(), EvaluationPhase.Stage.IN_ADMISSIBILITY));
        assertThat(pending.get(0).acronym()).isNotBlank();

        as(OFFICER).body(Map.of("decision", "REJECT", "reasons", List.of("Out of the call's scope")))
                .post("/api/proposals/" + rejected.proposal() + "/admissibility").then().statusCode(200)
                .body("status", equalTo("INADMISSIBLE"));
        admitted.runJobs(rejectedProcess);
        assertThat(rejectedProcess).isEnded().hasPassed("End_Inadmissible");
        assertThat(callProcess).isWaitingAt("Task_EvaluationPhase"); // the other one is still evaluated

        List<String> experts = panel.experts("ce-phase", 3);
        panel.assign(evaluated.submission(), experts, experts.get(0));
        panel.accept(evaluated.submission(), experts.get(0));
        clock.moveTo(panel.assignment(evaluated.submission(), experts.get(1)).dueAt().plusSeconds(60));
        EvaluationPhase.Pending waiting = phase.pending(call).get(0);
        assertThat(waiting.stage()).isEqualTo(EvaluationPhase.Stage.WAITING_EXPERTS);
        assertThat(waiting.rapporteur()).isEqualTo(experts.get(0));
        assertThat(waiting.late()).extracting(EvaluationPhase.LateExpert::seat, EvaluationPhase.LateExpert::expert)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, experts.get(0)),
                        org.assertj.core.groups.Tuple.tuple(2, experts.get(1)),
                        org.assertj.core.groups.Tuple.tuple(3, experts.get(2)));
        clock.reset();

        experts.subList(1, 3).forEach(e -> panel.accept(evaluated.submission(), e));
        experts.forEach(e -> panel.score(evaluated.submission(), e, true));
        ProcessInstance evaluatedProcess = admitted.process(evaluated.submission());
        admitted.runJobs(evaluatedProcess);
        assertThat(phase.pending(call)).extracting(EvaluationPhase.Pending::stage)
                .containsExactly(EvaluationPhase.Stage.CONSENSUS);
        panel.consensus(evaluated.submission(), experts.get(0), true);
        assertThat(phase.pending(call)).isEmpty();
        assertThat(callProcess).isWaitingAt("Task_EvaluationPhase"); // the report is not issued yet
        admitted.runJobs(evaluatedProcess);
        assertThat(evaluatedProcess).isEnded().hasPassed("End_EvaluatedFundable");
        // the draft ranking is the call's next step, a job of its own (RankingProcessTest takes it further)
        assertThat(callProcess).hasPassed("Task_EvaluationPhase").isWaitingAt("Task_DraftRanking");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(callProcess.getId()).messages()
                .activityId("Task_DraftRanking").count()).isEqualTo(1);
    }

    @Test
    void aCallWithNothingInAdmissibilityOrEvaluationGoesStraightToTheRanking() {
        long call = openCall("CE-EMPTY");
        ProcessInstance callProcess = callProcess(call);
        engine.getManagementService().executeJob(timer(callProcess).getId());
        assertThat(callProcess).hasPassed("Task_CloseCall", "Gateway_EvaluationPending")
                .hasNotPassed("Task_EvaluationPhase").isWaitingAt("Task_DraftRanking");
        assertThat(phase.pending(call)).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------

    /** A published call without notice before rejection, its opening timer run: OPEN for 30 days more. */
    private long openCall(String code) {
        Map<String, Object> body = Api.call(code, -1, 30);
        body.put("rules", Map.of("noticeBeforeRejection", false));
        long call = as(OFFICER).body(body).post("/api/calls").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        engine.getManagementService().executeJob(timer(callProcess(call)).getId());
        as(OFFICER).get("/api/calls/" + call).then().body("status", equalTo("OPEN"));
        return call;
    }

    private ProcessInstance callProcess(long call) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CallProcess.businessKey(call)).singleResult();
    }

    private Job timer(ProcessInstance process) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
        assertThat(job).as("the call's process waits on exactly one timer").isNotNull();
        return job;
    }
}
