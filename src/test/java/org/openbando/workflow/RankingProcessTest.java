package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.ranking.Movement;
import org.openbando.ranking.RankingStatus;
import org.openbando.ranking.Rankings;
import org.openbando.shared.ProblemException;

/**
 * The call process after its evaluation phase (bpmn/call.bpmn), on the real engine, the real ranking and funding:
 * the draft, the officer's approval, the publication that starts a funding process per funded project, money freed
 * by a renunciation offered to the next in line, the officer's confirmation that starts the moved-up project's
 * funding, and the reserve list's expiry that concludes the call, after which freed money moves nobody. Timers are
 * driven by their jobs and the clock. VAT seeds 160100-160107.
 */
@QuarkusTest
class RankingProcessTest {

    static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    ProcessEngine engine;
    @Inject
    RankedCall ranked;
    @Inject
    Rankings rankings;
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
    void theRankingIsApprovedPublishedFundedMovedUpAndTheCallConcludesWhenTheReserveListExpires() {
        // Line A: A1 funded, A2 on the reserve list (the money left is not its grant; no partial funding); B1 funded
        EvaluatedCall.Built call = ranked.drafted("PR-RANK", 160100, EvaluatedCall.spec().budgets("300000", "300000")
                .partial(false, null).remainderToOtherLine(false).a("80").a("75").b("70"));
        long callId = call.callId();
        long a1 = call.get(0).submissionId();
        long a2 = call.get(1).submissionId();
        long b1 = call.get(2).submissionId();
        ProcessInstance process = ranked.callProcess(callId);
        assertThat(process).hasPassed(CallProcessModel.TASK_DRAFT_RANKING)
                .isWaitingAt(CallProcessModel.TASK_APPROVE_RANKING);
        assertThat(ranked.task(process.getId(), CallProcessModel.TASK_APPROVE_RANKING)).hasCandidateGroup("officer");
        assertThat(QuarkusTransaction.requiringNew().call(() -> rankings.views(callId)))
                .extracting(v -> v.status()).containsOnly(RankingStatus.DRAFT);

        // the officer approves: the task is completed as that officer; the publication is a job of its own
        ranked.approve(callId);
        assertThat(process).hasPassed(CallProcessModel.TASK_APPROVE_RANKING)
                .isWaitingAt(CallProcessModel.TASK_PUBLISH_RANKING);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(process.getId())
                .taskDefinitionKey(CallProcessModel.TASK_APPROVE_RANKING).singleResult().getAssignee())
                .isEqualTo(OFFICER);
        assertThat(ranked.hasFunding(a1)).isFalse();

        ranked.runJobs(process.getId());
        assertThat(process).hasPassed(CallProcessModel.TASK_PUBLISH_RANKING, CallProcessModel.TASK_START_FUNDING)
                .isWaitingAt(CallProcessModel.TASK_RESERVE_LIST_VALID);
        assertThat(engine.getRuntimeService().getVariable(process.getId(), CallProcessModel.VAR_FUNDED_SUBMISSIONS))
                .isEqualTo(a1 + "," + b1);
        assertThat(ranked.hasFunding(a1)).isTrue();
        assertThat(ranked.hasFunding(b1)).isTrue();
        assertThat(ranked.hasFunding(a2)).isFalse();
        // the reserve list's timer is due when the ranking says it ends (rounded up to the millisecond)
        Job expiry = ranked.timer(process.getId(), CallProcessModel.TASK_TIMER_RESERVE_EXPIRED);
        java.time.Instant validUntil = QuarkusTransaction.requiringNew().call(() -> rankings.view(callId, Line.A))
                .reserveValidUntil();
        assertThat(expiry.getDuedate()).isEqualTo(EvaluationProcess.notBefore(validUntil));
        // a retried start funds nobody twice
        ranked.startFundingAgain(callId, List.of(a1, b1));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FundingProcessModel.KEY).processInstanceBusinessKey(
                        FundingProcessModel.businessKey(a1)).count()).isEqualTo(1);

        // A1 renounces before accepting: its money is offered to A2, the next on Line A's reserve list
        ProcessInstance a1Funding = ranked.funding(a1);
        ranked.decide(a1);
        assertThat(a1Funding).isWaitingAt(FundingProcessModel.TASK_ACCEPT_GRANT);
        as(call.get(0).lead()).body(Map.of("reason", "The partner left the consortium", "version",
                RankedCall.version(a1))).post(RankedCall.award(a1) + "/renunciation").then().statusCode(200);
        assertThat(a1Funding).isEnded().hasPassed(FundingProcessModel.TASK_RENOUNCED,
                FundingProcessModel.TASK_END_RENOUNCED);
        assertThat(process).hasPassed(CallProcessModel.TASK_OFFER_RESERVE).isWaitingAt(
                CallProcessModel.TASK_RESERVE_LIST_VALID, CallProcessModel.TASK_CONFIRM_MOVE_UP);
        Task confirm = ranked.task(process.getId(), CallProcessModel.TASK_CONFIRM_MOVE_UP);
        assertThat(confirm).hasCandidateGroup("officer");
        long movementId = ((Number) engine.getRuntimeService().getVariable(confirm.getExecutionId(),
                CallProcessModel.VAR_MOVEMENT_ID)).longValue();
        Movement offered = movement(callId, movementId);
        assertThat(offered.status()).isEqualTo("PROPOSED");
        assertThat(offered.line()).isEqualTo(Line.A);
        assertThat(offered.offeredSubmissionId()).isEqualTo(a2);
        assertThat(offered.freedBySubmissionId()).isEqualTo(a1);
        // the message's variables stay in their instance of the event sub-process
        assertThat(engine.getRuntimeService().getVariable(process.getId(), CallProcessModel.VAR_CAUSE)).isNull();
        assertThat(engine.getRuntimeService().getVariable(confirm.getExecutionId(), CallProcessModel.VAR_CAUSE))
                .isEqualTo("RENUNCIATION");

        // the officer confirms: A2's funding process starts
        QuarkusTransaction.requiringNew().run(() -> rankings.confirmMovement(callId, movementId, OFFICER));
        assertThat(process).hasPassed(CallProcessModel.TASK_START_MOVED_UP_FUNDING, CallProcessModel.TASK_END_MOVED_UP)
                .isWaitingAt(CallProcessModel.TASK_RESERVE_LIST_VALID);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(process.getId())
                .taskDefinitionKey(CallProcessModel.TASK_CONFIRM_MOVE_UP).singleResult().getAssignee())
                .isEqualTo(OFFICER);
        ProcessInstance a2Funding = ranked.funding(a2);
        ranked.runJobs(a2Funding.getId());
        assertThat(a2Funding).isWaitingAt(FundingProcessModel.TASK_CONCESSION);
        as(OFFICER).get(RankedCall.award(a2)).then().statusCode(200).body("movedUp", equalTo(true))
                .body("status", equalTo("CONCESSION"));
        assertThat(movement(callId, movementId).status()).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> rankings.confirmMovement(callId,
                movementId, OFFICER))).isInstanceOf(ProblemException.class);

        // the reserve list's validity ends: the call concludes
        clock.moveTo(expiry.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(expiry);
        assertThat(process).isEnded().hasPassed(CallProcessModel.TASK_RESERVE_EXPIRED,
                CallProcessModel.TASK_CONCLUDE_CALL, CallProcessModel.TASK_END);
        as(OFFICER).get("/api/calls/" + callId).then().statusCode(200).body("status", equalTo("CONCLUDED"));
        clock.reset();

        // money freed afterwards moves nobody (and is no error)
        int movements = QuarkusTransaction.requiringNew().call(() -> rankings.movements(callId)).size();
        ProcessInstance b1Funding = ranked.funding(b1);
        ranked.decide(b1);
        as(call.get(2).lead()).body(Map.of("reason", "We cannot start the project", "version",
                RankedCall.version(b1))).post(RankedCall.award(b1) + "/renunciation").then().statusCode(200);
        assertThat(b1Funding).isEnded().hasPassed(FundingProcessModel.TASK_END_RENOUNCED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> rankings.movements(callId)))
                .hasSizeLessThanOrEqualTo(movements + 1).noneMatch(m -> "PROPOSED".equals(m.status()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CallProcessModel.KEY)
                .processInstanceBusinessKey(CallProcessModel.businessKey(callId)).count()).isZero();
    }

    private Movement movement(long callId, long movementId) {
        return QuarkusTransaction.requiringNew().call(() -> rankings.movements(callId)).stream()
                .filter(m -> m.id() == movementId).findFirst().orElseThrow();
    }
}
