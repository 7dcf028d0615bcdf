package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;
import static org.openbando.Api.uploadAs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openbando.Pdfs;
import org.openbando.RawSql;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.funding.FundedCall;
import org.openbando.shared.ClockProducer;

/**
 * The funding process (bpmn/funding.bpmn) of each funded project of one call, on the real engine and the real funding
 * feature, every path: Line A accepted; renounced; forfeited by the acceptance term; Line B joined in time; Line B
 * lapsed, notified, observations sent, revoked, and the money offered to the next on the reserve list; the
 * observations' term lapsing and the obligation found met; the membership confirmed during the notice; part of the
 * grant renounced, then the rest, after acceptance. The people act
 * through the funding API; the timers are driven by their jobs and the clock. The call (built once): Line A A1-A3,
 * Line B B1-B4 and B6 funded, B5 (60 points) on the reserve list. VAT seeds 160000-160019.
 */
@QuarkusTest
class FundingProcessTest {

    static final String OFFICER = TestFixtures.OFFICER;

    private static EvaluatedCall.Built call;

    @Inject
    ProcessEngine engine;
    @Inject
    RankedCall ranked;
    @Inject
    FundedCall people;
    @Inject
    RawSql sql;
    @Inject
    org.openbando.ranking.Rankings rankings;
    @Inject
    TestClock clock;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
        synchronized (FundingProcessTest.class) {
            if (call == null) {
                call = ranked.published("PR-FUND", 160000, EvaluatedCall.spec().budgets("813000", "1355000")
                        .partial(false, null).remainderToOtherLine(false).a("80").a("79").a("78")
                        .b("70").b("69").b("68").b("67").b("60").b("66"));
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void lineAAcceptedIsFunded() {
        EvaluatedCall.Proposal a1 = call.get(0);
        long s = a1.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.runJobs(funding.getId());
        assertThat(funding).hasPassed(FundingProcessModel.TASK_OPEN_CONCESSION)
                .isWaitingAt(FundingProcessModel.TASK_CONCESSION);
        assertThat(engine.getRuntimeService().getVariable(funding.getId(), FundingProcessModel.VAR_LINE_B))
                .isEqualTo(false);
        ranked.decide(s);
        // Line A has no obligation: the Line B branch waits at the join, the acceptance term runs
        assertThat(funding).hasPassed(FundingProcessModel.TASK_ISSUE_DECISION, "Gateway_ObligationMet")
                .hasNotPassed(FundingProcessModel.TASK_PROVE_MEMBERSHIP)
                .isWaitingAt(FundingProcessModel.TASK_ACCEPT_GRANT);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(funding.getId())
                .taskDefinitionKey(FundingProcessModel.TASK_CONCESSION).singleResult().getAssignee())
                .isEqualTo(OFFICER);
        Instant acceptBy = Instant.parse(as(a1.lead()).get(RankedCall.award(s)).then().statusCode(200).extract()
                .jsonPath().getString("acceptBy"));
        assertThat(ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_ACCEPTANCE_TERM).getDuedate())
                .isEqualTo(EvaluationProcess.notBefore(acceptBy));

        as(a1.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_END_FUNDED)
                .hasNotPassed(FundingProcessModel.TASK_FORFEIT);
    }

    @Test
    void renouncedBeforeAcceptanceEndsRenouncedAndTellsTheCall() {
        EvaluatedCall.Proposal a2 = call.get(1);
        long s = a2.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        as(a2.lead()).body(Map.of("reason", "We cannot start the project", "version", RankedCall.version(s)))
                .post(RankedCall.award(s) + "/renunciation").then().statusCode(200)
                .body("status", equalTo("RENOUNCED"));
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_RENOUNCED,
                FundingProcessModel.TASK_END_RENOUNCED).hasNotPassed(FundingProcessModel.TASK_END_FUNDED);
        // the call's process was told; Line A has nobody on its reserve list
        assertThat(freedBy(s)).containsExactly("RENUNCIATION");
    }

    @Test
    void notAcceptedInTimeIsForfeitedByTheTimer() {
        EvaluatedCall.Proposal a3 = call.get(2);
        long s = a3.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        Job term = ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_ACCEPTANCE_TERM);
        clock.moveTo(term.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(term);
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_FORFEIT,
                FundingProcessModel.TASK_END_FORFEITED);
        as(OFFICER).get(RankedCall.award(s)).then().statusCode(200).body("status", equalTo("FORFEITED"));
        assertThat(freedBy(s)).containsExactly("FORFEITURE");
    }

    @Test
    void lineBJoinedInTimeIsFunded() throws SQLException {
        EvaluatedCall.Proposal b1 = call.get(3);
        long s = b1.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        assertThat(funding).isWaitingAt(FundingProcessModel.TASK_ACCEPT_GRANT,
                FundingProcessModel.TASK_PROVE_MEMBERSHIP);
        Instant joiningDueAt = Instant.parse(as(OFFICER).get(RankedCall.award(s)).then().extract().jsonPath()
                .getString("joiningDueAt"));
        assertThat(ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_JOINING_TERM).getDuedate())
                .isEqualTo(EvaluationProcess.notBefore(joiningDueAt));

        as(b1.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200);
        assertThat(funding).isWaitingAt(FundingProcessModel.TASK_PROVE_MEMBERSHIP); // accepted: the join waits
        join(b1);
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_PROVE_MEMBERSHIP,
                FundingProcessModel.TASK_END_FUNDED).hasNotPassed(FundingProcessModel.TASK_ISSUE_REVOCATION_NOTICE);
    }

    @Test
    void lineBLapsedIsNotifiedRevokedAndItsMoneyMovesTheReserveUp() {
        EvaluatedCall.Proposal b2 = call.get(4);
        long s = b2.submissionId();
        long reserve = call.get(7).submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        as(b2.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200);

        Job joining = ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_JOINING_TERM);
        clock.moveTo(joining.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(joining);
        assertThat(funding).hasPassed(FundingProcessModel.TASK_ISSUE_REVOCATION_NOTICE)
                .isWaitingAt(FundingProcessModel.TASK_SEND_OBSERVATIONS);
        JsonPath notified = as(b2.lead()).get(RankedCall.award(s)).then().statusCode(200).extract().jsonPath();
        assertThat(notified.getString("joining")).isEqualTo("NOTICE");
        assertThat(ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_OBSERVATIONS_TERM).getDuedate())
                .isEqualTo(EvaluationProcess.notBefore(Instant.parse(notified.getString("observationsDueAt"))));

        as(b2.lead()).body(Map.of("observations", "We applied to the cluster; the answer is late.", "version",
                RankedCall.version(s))).post(RankedCall.award(s) + "/observations").then().statusCode(200);
        assertThat(funding).isWaitingAt(FundingProcessModel.TASK_DECIDE_REVOCATION);
        as(OFFICER).body(Map.of("revoke", true, "reason", "An application is not a membership", "version",
                RankedCall.version(s))).post(RankedCall.award(s) + "/revocation-decision").then().statusCode(200);
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_ISSUE_REVOCATION,
                FundingProcessModel.TASK_END_REVOKED).hasNotPassed(FundingProcessModel.TASK_END_FUNDED);
        as(OFFICER).get(RankedCall.award(s)).then().statusCode(200).body("status", equalTo("REVOKED"));

        // MoneyFreed reached the call's process, whose valid reserve list offers B5 (60 points) the money: by this
        // revocation, or by B6's renunciation when that test ran first; the officer confirms, B5's funding starts
        assertThat(freedBy(s)).containsExactly("REVOCATION");
        ProcessInstance callProcess = ranked.callProcess(call.callId());
        Task offer = confirmTasks(callProcess).stream().filter(t -> movement(t).offeredSubmissionId() != null
                && movement(t).offeredSubmissionId() == reserve).findFirst().orElseThrow();
        assertThat(movement(offer).status()).isEqualTo("PROPOSED");
        assertThat(movement(offer).line()).isEqualTo(org.openbando.call.Line.B);
        long movementId = movement(offer).id();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> rankings.confirmMovement(call.callId(),
                movementId, OFFICER));
        assertThat(ranked.hasFunding(reserve)).isTrue();
        assertThat(ranked.funding(reserve)).isWaitingAt(FundingProcessModel.TASK_OPEN_CONCESSION);
    }

    @Test
    void partOfTheGrantThenTheRestRenouncedAfterAcceptance() {
        EvaluatedCall.Proposal b6 = call.get(8);
        long s = b6.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        as(b6.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200);
        as(b6.lead()).body(Map.of("reason", "One work package is dropped", "amount", "1000.00", "version",
                RankedCall.version(s))).post(RankedCall.award(s) + "/renunciation").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        assertThat(funding).hasPassed(FundingProcessModel.TASK_END_PART_RENOUNCED)
                .isWaitingAt(FundingProcessModel.TASK_PROVE_MEMBERSHIP);
        as(b6.lead()).body(Map.of("reason", "The project cannot start", "version", RankedCall.version(s)))
                .post(RankedCall.award(s) + "/renunciation").then().statusCode(200)
                .body("status", equalTo("RENOUNCED"));
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_RENOUNCED_AFTER_ACCEPTANCE,
                FundingProcessModel.TASK_END_RENOUNCED_AFTER_ACCEPTANCE)
                .hasNotPassed(FundingProcessModel.TASK_END_FUNDED, FundingProcessModel.TASK_RENOUNCED);
        assertThat(freedBy(s)).containsExactlyInAnyOrder("PARTIAL_RENUNCIATION", "RENUNCIATION");
    }

    @Test
    void theObservationsTermLapsesAndTheOfficerFindsTheObligationMet() {
        EvaluatedCall.Proposal b3 = call.get(5);
        long s = b3.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        as(b3.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200);
        Job joining = ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_JOINING_TERM);
        clock.moveTo(joining.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(joining);
        Job observations = ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_OBSERVATIONS_TERM);
        clock.moveTo(observations.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(observations);
        assertThat(funding).hasPassed(FundingProcessModel.TASK_TIMER_OBSERVATIONS_TERM)
                .isWaitingAt(FundingProcessModel.TASK_DECIDE_REVOCATION);
        // Task_SendObservations was interrupted by its term, not completed
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(funding.getId())
                .taskDefinitionKey(FundingProcessModel.TASK_SEND_OBSERVATIONS).singleResult().getAssignee()).isNull();
        as(OFFICER).get(RankedCall.award(s)).then().body("observations", org.hamcrest.Matchers.nullValue());
        // too late for observations
        as(b3.lead()).body(Map.of("observations", "Late words", "version", RankedCall.version(s)))
                .post(RankedCall.award(s) + "/observations").then().statusCode(409);

        as(OFFICER).body(Map.of("revoke", false, "reason", "The membership was registered meanwhile", "version",
                RankedCall.version(s))).post(RankedCall.award(s) + "/revocation-decision").then().statusCode(200);
        assertThat(funding).isEnded().hasPassed("Gateway_Revoke", "Gateway_ObligationMet",
                FundingProcessModel.TASK_END_FUNDED).hasNotPassed(FundingProcessModel.TASK_ISSUE_REVOCATION);
        assertThat(freedBy(s)).isEmpty();
    }

    @Test
    void aMembershipConfirmedDuringTheNoticeMeetsTheObligation() throws SQLException {
        EvaluatedCall.Proposal b4 = call.get(6);
        long s = b4.submissionId();
        ProcessInstance funding = ranked.funding(s);
        ranked.decide(s);
        as(b4.lead()).body(Map.of("version", RankedCall.version(s))).post(RankedCall.award(s) + "/acceptance").then()
                .statusCode(200);
        Job joining = ranked.timer(funding.getId(), FundingProcessModel.TASK_TIMER_JOINING_TERM);
        clock.moveTo(joining.getDuedate().toInstant().plusSeconds(1));
        ranked.execute(joining);
        assertThat(funding).isWaitingAt(FundingProcessModel.TASK_SEND_OBSERVATIONS);

        join(b4);
        assertThat(funding).isEnded().hasPassed(FundingProcessModel.TASK_MEMBERSHIP_CONFIRMED_IN_NOTICE,
                FundingProcessModel.TASK_END_FUNDED).hasNotPassed(FundingProcessModel.TASK_DECIDE_REVOCATION);
    }

    // ----------------------------------------------------------------------------------------------------------

    /** Every enterprise of the consortium registered as a member of MECH, proves it, and the officer confirms. */
    private void join(EvaluatedCall.Proposal p) throws SQLException {
        long s = p.submissionId();
        String path = RankedCall.award(s);
        long mech = sql.queryLong("select id from openbando.cluster where code = 'MECH'");
        List<Long> members = people.members(p);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ROME);
        for (long organization : members) {
            sql.update("insert into openbando.cluster_membership (organization_id, cluster_id, since, status) "
                    + "values (?, ?, ?, 'ACTIVE')", organization, mech, today.minusDays(1));
        }
        long lead = uploadAs(p.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", RankedCall.version(s)).multiPart("file", "lead.pdf", Pdfs.onePage("member"),
                        "application/pdf").post(path + "/proofs").then().statusCode(200).extract().jsonPath()
                .getLong("proofs[-1].id");
        long partner = uploadAs(people.partnerUser(p)).multiPart("organizationId", members.get(1))
                .multiPart("clusterId", mech).multiPart("version", RankedCall.version(s))
                .multiPart("file", "partner.pdf", Pdfs.onePage("member"), "application/pdf").post(path + "/proofs")
                .then().statusCode(200).extract().jsonPath().getLong("proofs[-1].id");
        for (long proof : List.of(lead, partner)) {
            as(OFFICER).body(Map.of("confirmed", true, "version", RankedCall.version(s)))
                    .post(path + "/proofs/" + proof + "/verdict").then().statusCode(200);
        }
        as(OFFICER).get(path).then().body("joining", equalTo("CONFIRMED"));
    }

    /** The causes of the MoneyFreed messages the call's process received from this project. */
    private List<String> freedBy(long submissionId) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(ranked.callProcess(call.callId()).getId())
                .variableName(CallProcessModel.VAR_SUBMISSION_ID).list().stream()
                .filter(v -> Long.valueOf(submissionId).equals(v.getValue()))
                .map(v -> (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                        .executionIdIn(v.getExecutionId()).variableName(CallProcessModel.VAR_CAUSE).singleResult()
                        .getValue())
                .toList();
    }

    private org.openbando.ranking.Movement movement(Task confirm) {
        long id = ((Number) engine.getRuntimeService().getVariable(confirm.getExecutionId(),
                CallProcessModel.VAR_MOVEMENT_ID)).longValue();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> rankings.movements(call.callId()))
                .stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private List<Task> confirmTasks(ProcessInstance callProcess) {
        return engine.getTaskService().createTaskQuery().processInstanceId(callProcess.getId())
                .taskDefinitionKey(CallProcessModel.TASK_CONFIRM_MOVE_UP).list();
    }
}
