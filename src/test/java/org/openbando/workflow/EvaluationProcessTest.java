package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.evaluation.AssignmentStatus;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.EndReason;
import org.openbando.evaluation.Scoring;
import org.openbando.shared.ProblemException;

/**
 * Every path of the evaluation sub-process of the proposal process (bpmn/proposal.bpmn, SubProcess_Evaluation),
 * driven by the acts of the officer and the experts through the evaluation's services: asynchronous steps and timers
 * by executing their jobs, terms by moving the clock. VAT seeds 32000-32999.
 */
@QuarkusTest
class EvaluationProcessTest {

    private static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    ProcessEngine engine;
    @Inject
    AdmittedProposal admitted;
    @Inject
    Panel panel;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
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
    void aPanelThatAcceptsScoresAndAgreesEndsFundableWithTheReportIssued() {
        SubmittedProposal s = admitted.admit("EV-FUND", 32000);
        ProcessInstance process = admitted.process(s.submission());
        assertThat(process).hasPassed("Task_IssueAdmission", "Task_OpenEvaluation").isWaitingAt("Task_AssignPanel");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("OFFICER").taskDefinitionKey("Task_AssignPanel").count()).isEqualTo(1);
        as(s.lead()).get("/api/proposals/" + s.proposal()).then().body("status", equalTo("UNDER_EVALUATION"));

        List<String> experts = panel.experts("ev-fund", 3);
        panel.assign(s.submission(), experts, experts.get(0));
        assertThat(process).hasPassed("Task_AssignPanel", "Task_ReadSeat").isWaitingAt("Task_Respond");
        assertThat(bySeat(process, "Task_Respond")).containsExactly(Map.entry(1, experts.get(0)),
                Map.entry(2, experts.get(1)), Map.entry(3, experts.get(2)));

        experts.forEach(e -> panel.accept(s.submission(), e));
        assertThat(bySeat(process, "Task_Evaluate")).hasSize(3).containsValues(experts.toArray(String[]::new));
        panel.score(s.submission(), experts.get(0), true);
        panel.score(s.submission(), experts.get(1), true);
        assertThat(bySeat(process, "Task_Evaluate")).containsOnlyKeys(3);
        panel.score(s.submission(), experts.get(2), true);
        assertThat(process).isWaitingAt("Task_StartConsensus"); // asynchronous, off the last expert's submission

        admitted.runJobs(process);
        assertThat(process).hasPassed("Task_StartConsensus", "Gateway_RapporteurChosen")
                .hasNotPassed("Task_ChooseRapporteur").isWaitingAt("Task_Consensus");
        assertThat(task(process, "Task_Consensus").getAssignee()).isEqualTo(experts.get(0));

        panel.consensus(s.submission(), experts.get(0), true);
        assertThat(process).hasPassed("Task_Consensus", "Task_Conclude").isWaitingAt("Task_IssueEvaluationReport");
        as(s.lead()).get("/api/proposals/" + s.proposal()).then().body("status", equalTo("EVALUATED"));
        admitted.runJobs(process);
        assertThat(process).isEnded().hasPassed("Task_IssueEvaluationReport", "End_EvaluationConcluded",
                "Gateway_Fundable", "End_EvaluatedFundable").hasNotPassed("End_EvaluatedNotFundable");
        as(OFFICER).accept("application/pdf").get("/api/evaluations/" + s.submission() + "/report?lang=it").then()
                .statusCode(200).contentType("application/pdf");

        // blindness: the applicant's timeline tells that the evaluation opened and concluded, nothing else
        List<String> steps = as(s.lead()).get("/api/proposals/" + s.proposal() + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("activityId", String.class);
        List<String> by = as(s.lead()).get("/api/proposals/" + s.proposal() + "/timeline").then().extract()
                .jsonPath().getList("by", String.class);
        assertThat(steps).contains("Task_IssueAdmission", "Task_OpenEvaluation", "End_EvaluationConcluded")
                .doesNotContain("Task_AssignPanel", "Task_Respond", "Task_Evaluate", "Task_Consensus",
                        "Task_Conclude", "End_EvaluatedFundable", "End_EvaluatedNotFundable");
        assertThat(by).doesNotContainAnyElementsOf(experts);
    }

    @Test
    void withoutARapporteurTheOfficerChoosesOneAndALowConsensusEndsNotFundable() {
        SubmittedProposal s = admitted.admit("EV-NOTFUND", 32010);
        ProcessInstance process = admitted.process(s.submission());
        List<String> experts = panel.experts("ev-notfund", 3);
        panel.assign(s.submission(), experts, null);
        experts.forEach(e -> panel.accept(s.submission(), e));
        experts.forEach(e -> panel.score(s.submission(), e, false));
        admitted.runJobs(process);
        assertThat(process).hasPassed("Task_StartConsensus").isWaitingAt("Task_ChooseRapporteur");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("OFFICER").taskDefinitionKey("Task_ChooseRapporteur").count()).isEqualTo(1);

        assignments.chooseRapporteur(s.submission(), experts.get(1), OFFICER);
        assertThat(process).hasPassed("Task_ChooseRapporteur").isWaitingAt("Task_Consensus");
        assertThat(task(process, "Task_Consensus").getAssignee()).isEqualTo(experts.get(1));

        panel.consensus(s.submission(), experts.get(1), false);
        admitted.runJobs(process);
        assertThat(process).isEnded().hasPassed("End_EvaluatedNotFundable").hasNotPassed("End_EvaluatedFundable");
        as(s.lead()).get("/api/proposals/" + s.proposal()).then().body("status", equalTo("EVALUATED"));
        as(s.lead()).get("/api/proposals/" + s.proposal() + "/timeline").then()
                .body("activityId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "End_EvaluatedNotFundable")));
    }

    @Test
    void aDeclinedSeatGoesBackToTheOfficerAndTheNewExpertStartsAfresh() {
        SubmittedProposal s = admitted.admit("EV-DECLINE", 32020);
        ProcessInstance process = admitted.process(s.submission());
        List<String> experts = panel.experts("ev-decline", 4);
        panel.assign(s.submission(), experts.subList(0, 3), null);
        panel.accept(s.submission(), experts.get(0));
        assignments.decline(panel.assignment(s.submission(), experts.get(1)).id(), EndReason.WORKLOAD,
                "Too many evaluations this month", experts.get(1));
        assertThat(process).hasPassed("Boundary_Declined").isWaitingAt("Task_Reassign", "Task_Respond",
                "Task_Evaluate");
        assertThat(seatOf(task(process, "Task_Reassign"))).isEqualTo(2);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("OFFICER").taskDefinitionKey("Task_Reassign").count()).isEqualTo(1);

        assignments.reassign(s.submission(), 2, experts.get(3), OFFICER);
        assertThat(process).hasPassed("Task_Reassign");
        assertThat(bySeat(process, "Task_Respond")).containsExactly(Map.entry(2, experts.get(3)),
                Map.entry(3, experts.get(2)));
        panel.accept(s.submission(), experts.get(3));
        assertThat(bySeat(process, "Task_Evaluate")).containsExactly(Map.entry(1, experts.get(0)),
                Map.entry(2, experts.get(3)));
    }

    @Test
    void theReminderFiresAtItsDateWithoutStoppingTheWorkAndALapsedTermSendsTheSeatBack() {
        SubmittedProposal s = admitted.admit("EV-TERM", 32030);
        ProcessInstance process = admitted.process(s.submission());
        List<String> experts = panel.experts("ev-term", 4);
        panel.assign(s.submission(), experts.subList(0, 3), null);
        panel.accept(s.submission(), experts.get(0));
        AssignmentView first = panel.assignment(s.submission(), experts.get(0));
        Job reminder = timer(process, "Timer_Reminder", 1);
        Job term = timer(process, "Timer_Term", 1);
        assertThat(reminder.getDuedate()).isEqualTo(EvaluationProcess.notBefore(first.remindAt()));
        assertThat(term.getDuedate()).isEqualTo(EvaluationProcess.notBefore(first.dueAt()));
        assertThat(first.remindAt()).isBefore(first.dueAt());

        clock.moveTo(first.remindAt());
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(process).hasPassed("Timer_Reminder", "Task_Remind", "End_Reminded");
        assertThat(bySeat(process, "Task_Evaluate")).containsOnlyKeys(1); // non-interrupting: the expert works on
        assertThat(timers(process, "Timer_Reminder")).doesNotContainKey(1).containsOnlyKeys(2, 3);

        clock.moveTo(first.dueAt());
        engine.getManagementService().executeJob(timer(process, "Timer_Term", 1).getId());
        assertThat(process).hasPassed("Timer_Term", "Task_TermLapsed");
        assertThat(seatOf(task(process, "Task_Reassign"))).isEqualTo(1);
        assertThat(bySeat(process, "Task_Evaluate")).isEmpty();
        assertThat(timers(process, "Timer_Term")).containsOnlyKeys(2, 3);
        AssignmentView lapsed = assignments.inbox(experts.get(0)).get(0);
        assertThat(lapsed.status()).isEqualTo(AssignmentStatus.LAPSED);
        assertThat(lapsed.endReason()).isEqualTo(EndReason.TERM_LAPSED);

        // the new expert gets a term of their own, from now
        assignments.reassign(s.submission(), 1, experts.get(3), OFFICER);
        AssignmentView second = panel.assignment(s.submission(), experts.get(3));
        assertThat(second.dueAt()).isAfter(first.dueAt());
        assertThat(timer(process, "Timer_Term", 1).getDuedate()).isEqualTo(EvaluationProcess.notBefore(second.dueAt()));
        assertThat(bySeat(process, "Task_Respond")).containsEntry(1, experts.get(3));
    }

    @Test
    void anExpertRemovedForAConflictLeavesTheSeatToTheOfficerButOneWhoSubmittedCannotBe() {
        SubmittedProposal s = admitted.admit("EV-REMOVE", 32040);
        ProcessInstance process = admitted.process(s.submission());
        List<String> experts = panel.experts("ev-remove", 4);
        panel.assign(s.submission(), experts.subList(0, 3), null);
        experts.subList(0, 3).forEach(e -> panel.accept(s.submission(), e));
        panel.score(s.submission(), experts.get(0), true);

        assignments.remove(panel.assignment(s.submission(), experts.get(2)).id(), EndReason.CONFLICT,
                "Consultant of the lead in 2024, found after the declaration", OFFICER);
        assertThat(process).hasPassed("Boundary_ExpertRemoved");
        assertThat(seatOf(task(process, "Task_Reassign"))).isEqualTo(3);
        assertThat(bySeat(process, "Task_Evaluate")).containsOnlyKeys(2);

        long submitted = panel.assignment(s.submission(), experts.get(0)).id();
        assertThatThrownBy(() -> assignments.remove(submitted, EndReason.CONFLICT, "Found later as well", OFFICER))
                .isInstanceOf(ProblemException.class).hasMessageContaining("is not working");
        assertThat(panel.assignment(s.submission(), experts.get(0)).status()).isEqualTo(AssignmentStatus.SUBMITTED);

        assignments.reassign(s.submission(), 3, experts.get(3), OFFICER);
        assertThat(bySeat(process, "Task_Respond")).containsExactly(Map.entry(3, experts.get(3)));
    }

    @Test
    void aSeatReopenedAfterItEndedHoldsTheConsensusUntilItsExpertSubmitsAgain() {
        SubmittedProposal s = admitted.admit("EV-REOPEN", 32050);
        ProcessInstance process = admitted.process(s.submission());
        List<String> experts = panel.experts("ev-reopen", 3);
        panel.assign(s.submission(), experts, experts.get(2));
        experts.forEach(e -> panel.accept(s.submission(), e));
        panel.score(s.submission(), experts.get(0), true);
        scoring.reopen(panel.assignment(s.submission(), experts.get(0)).id(), "The comment on C1 cites another "
                + "proposal", OFFICER);
        panel.score(s.submission(), experts.get(1), true);
        panel.score(s.submission(), experts.get(2), true);
        Job start = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("Task_StartConsensus").singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(start.getId())).hasStackTraceContaining("have not submitted");
        assertThat(process).isWaitingAt("Task_StartConsensus");

        panel.score(s.submission(), experts.get(0), true); // submitted again: the consensus may start
        Job armed = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("Task_StartConsensus").singleResult();
        assertThat(armed.getRetries()).isPositive();
        engine.getManagementService().executeJob(armed.getId());
        assertThat(process).isWaitingAt("Task_Consensus");
        assertThat(task(process, "Task_Consensus").getAssignee()).isEqualTo(experts.get(2));
    }

    // ----------------------------------------------------------------------------------------------------------

    /** The open tasks of this key by seat, with their assignees. */
    private Map<Integer, String> bySeat(ProcessInstance process, String key) {
        Map<Integer, String> found = new TreeMap<>();
        engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).list()
                .forEach(t -> found.put(seatOf(t), t.getAssignee()));
        return found;
    }

    private Task task(ProcessInstance process, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private int seatOf(Task task) {
        return ((Number) engine.getRuntimeService().getVariable(task.getExecutionId(), "seat")).intValue();
    }

    /** The timers of this boundary event by seat. */
    private Map<Integer, Job> timers(ProcessInstance process, String activity) {
        Map<Integer, Job> found = new TreeMap<>();
        engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activity).list().forEach(j -> found.put(((Number) engine.getRuntimeService()
                        .getVariable(j.getExecutionId(), "seat")).intValue(), j));
        return found;
    }

    private Job timer(ProcessInstance process, String activity, int seat) {
        Job job = timers(process, activity).get(seat);
        assertThat(job).as(activity + " of seat " + seat).isNotNull();
        return job;
    }
}
