package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openbando.evaluation.ConsensusSubmitted;
import org.openbando.evaluation.EvaluationSteps;
import org.openbando.evaluation.EvaluationSubmitted;
import org.openbando.evaluation.ExpertRemoved;
import org.openbando.evaluation.PanelAssigned;
import org.openbando.evaluation.RapporteurChosen;
import org.openbando.evaluation.SeatAnswered;
import org.openbando.evaluation.SeatReassigned;
import org.openbando.shared.ProblemException;

/**
 * The evaluation sub-process of the proposal process ({@code SubProcess_Evaluation} in {@code bpmn/proposal.bpmn}):
 * its service tasks are the one-line delegates below, calling {@link EvaluationSteps}; the acts of officers and
 * experts (events of the evaluation feature) complete its user tasks and correlate its messages here, in the
 * transaction of the act. A seat's task or message is the one whose execution sees the seat's number (the local
 * variable {@code seat} of its instance of {@code SubProcess_Seat}).
 */
@ApplicationScoped
public class EvaluationProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public EvaluationProcess(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /*
     * The delegates the model names (camunda:delegateExpression).
     */

    /** Task_OpenEvaluation: the evaluation opens; the variable evaluators is the number of seats. */
    @Produces
    @Named("openEvaluationDelegate")
    JavaDelegate openEvaluation(EvaluationSteps steps) {
        return execution -> {
            long submissionId = submissionId(execution);
            steps.open(submissionId);
            execution.setVariable(EvaluationProcessModel.VAR_EVALUATORS, steps.evaluators(submissionId));
        };
    }

    /**
     * Task_ReadSeat: the seat's expert and term, as local variables of the seat's instance, set before the expert's
     * work (whose boundary timers read them) starts. The first time, the seat's number comes from the loop counter.
     */
    @Produces
    @Named("readSeatDelegate")
    JavaDelegate readSeat(EvaluationSteps steps) {
        return execution -> {
            if (!execution.hasVariableLocal(EvaluationProcessModel.VAR_SEAT)) {
                execution.setVariableLocal(EvaluationProcessModel.VAR_SEAT,
                        ((Number) execution.getVariable(EvaluationProcessModel.VAR_LOOP_COUNTER)).intValue() + 1);
            }
            EvaluationSteps.Seat seat = steps.seat(submissionId(execution), seat(execution));
            if (seat.expert() == null) { // the acts fire their events once the seat has its expert: a bug otherwise
                throw new IllegalStateException("Seat " + seat.seat() + " of submission " + submissionId(execution)
                        + " has no expert in force");
            }
            execution.setVariableLocal(EvaluationProcessModel.VAR_EXPERT, seat.expert());
            execution.setVariableLocal(EvaluationProcessModel.VAR_EXPERT_REMIND_AT, notBefore(seat.remindAt()));
            execution.setVariableLocal(EvaluationProcessModel.VAR_EXPERT_DUE_AT, notBefore(seat.dueAt()));
        };
    }

    /** The engine's timers keep milliseconds: the instant rounded up, so that a timer never fires before it. */
    static Date notBefore(java.time.Instant instant) {
        java.time.Instant millis = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return Date.from(millis.equals(instant) ? millis : millis.plusMillis(1));
    }

    /** Task_Remind (Timer_Reminder, non-interrupting). */
    @Produces
    @Named("remindExpertDelegate")
    JavaDelegate remindExpert(EvaluationSteps steps) {
        return execution -> steps.remind(submissionId(execution), seat(execution));
    }

    /** Task_TermLapsed (Timer_Term, interrupting). */
    @Produces
    @Named("termLapsedDelegate")
    JavaDelegate termLapsed(EvaluationSteps steps) {
        return execution -> steps.termLapsed(submissionId(execution), seat(execution));
    }

    /** Task_StartConsensus (asynchronous): the variable rapporteur, null when none is chosen yet. */
    @Produces
    @Named("startConsensusDelegate")
    JavaDelegate startConsensus(EvaluationSteps steps) {
        return execution -> execution.setVariable(EvaluationProcessModel.VAR_RAPPORTEUR,
                steps.consensusStarted(submissionId(execution)));
    }

    /** Task_Conclude: the variable fundable. */
    @Produces
    @Named("concludeEvaluationDelegate")
    JavaDelegate conclude(EvaluationSteps steps) {
        return execution -> execution.setVariable(EvaluationProcessModel.VAR_FUNDABLE,
                steps.conclude(submissionId(execution)));
    }

    /** Task_IssueEvaluationReport (asynchronous). */
    @Produces
    @Named("issueEvaluationReportDelegate")
    JavaDelegate issueReport(EvaluationSteps steps) {
        return execution -> steps.issueReport(submissionId(execution));
    }

    /*
     * The people's acts.
     */

    void onPanelAssigned(@Observes PanelAssigned assigned) {
        Task task = single(assigned.submissionId(), EvaluationProcessModel.TASK_ASSIGN_PANEL, null);
        ProposalProcess.concurrently(() -> {
            tasks.setAssignee(task.getId(), assigned.by());
            tasks.complete(task.getId());
        });
    }

    /** Task_Respond of the seat, with the answer as a local variable of the expert's work (Gateway_Accepted). */
    void onSeatAnswered(@Observes SeatAnswered answered) {
        Task task = single(answered.submissionId(), EvaluationProcessModel.TASK_RESPOND, answered.seat());
        ProposalProcess.concurrently(() -> {
            runtime.setVariableLocal(task.getExecutionId(), EvaluationProcessModel.VAR_ACCEPTED, answered.accepted());
            tasks.complete(task.getId());
        });
    }

    void onSeatReassigned(@Observes SeatReassigned reassigned) {
        Task task = single(reassigned.submissionId(), EvaluationProcessModel.TASK_REASSIGN, reassigned.seat());
        ProposalProcess.concurrently(() -> {
            tasks.setAssignee(task.getId(), reassigned.by());
            tasks.complete(task.getId());
        });
    }

    /**
     * The seat's work stops (Boundary_ExpertRemoved). Only a seat whose expert is still working can be interrupted:
     * once the expert has submitted, the seat has ended in the process, and the removal is refused (409).
     */
    void onExpertRemoved(@Observes ExpertRemoved removed) {
        ProcessInstance process = process(removed.submissionId());
        List<EventSubscription> waiting = runtime.createEventSubscriptionQuery().processInstanceId(process.getId())
                .eventType("message").eventName(EvaluationProcessModel.MESSAGE_EXPERT_REMOVED).list().stream()
                .filter(s -> seatOf(s.getExecutionId()) == removed.seat()).toList();
        if (waiting.isEmpty()) {
            throw ProblemException.conflict("seat-not-in-progress", "The expert of seat " + removed.seat()
                    + " is not working on the evaluation of submission " + removed.submissionId()
                    + " (not yet assigned, or already submitted)");
        }
        ProposalProcess.concurrently(() -> runtime.messageEventReceived(EvaluationProcessModel.MESSAGE_EXPERT_REMOVED,
                waiting.get(0).getExecutionId()));
    }

    /**
     * Task_Evaluate of the seat. A submission with no such task open is a new revision after an officer reopened the
     * seat's evaluation once the seat had ended in the process: nothing moves (the consensus waits for every seat).
     */
    void onEvaluationSubmitted(@Observes EvaluationSubmitted submitted) {
        List<Task> open = open(submitted.submissionId(), EvaluationProcessModel.TASK_EVALUATE, submitted.seat());
        if (open.size() == 1) {
            ProposalProcess.concurrently(() -> tasks.complete(open.get(0).getId()));
            return;
        }
        // the consensus may have failed to start while this seat was reopened: it may start now
        management.createJobQuery().processInstanceId(process(submitted.submissionId()).getId())
                .activityId(EvaluationProcessModel.TASK_START_CONSENSUS).list().stream()
                .filter(job -> job.getExceptionMessage() != null)
                .forEach(job -> management.setJobRetries(job.getId(), 1));
    }

    /**
     * Completes Task_ChooseRapporteur when the consensus waits for one; reassigns Task_Consensus when it is under way;
     * before the consensus, nothing: Task_StartConsensus reads the rapporteur chosen.
     */
    void onRapporteurChosen(@Observes RapporteurChosen chosen) {
        List<Task> choose = open(chosen.submissionId(), EvaluationProcessModel.TASK_CHOOSE_RAPPORTEUR, null);
        if (choose.size() == 1) {
            ProposalProcess.concurrently(() -> {
                tasks.setAssignee(choose.get(0).getId(), chosen.by());
                tasks.complete(choose.get(0).getId(), Map.of(EvaluationProcessModel.VAR_RAPPORTEUR, chosen.expert()));
            });
            return;
        }
        List<Task> consensus = open(chosen.submissionId(), EvaluationProcessModel.TASK_CONSENSUS, null);
        if (consensus.size() == 1) {
            ProposalProcess.concurrently(() -> {
                runtime.setVariable(consensus.get(0).getProcessInstanceId(), EvaluationProcessModel.VAR_RAPPORTEUR,
                        chosen.expert());
                tasks.setAssignee(consensus.get(0).getId(), chosen.expert());
            });
        }
    }

    void onConsensusSubmitted(@Observes ConsensusSubmitted submitted) {
        Task task = single(submitted.submissionId(), EvaluationProcessModel.TASK_CONSENSUS, null);
        ProposalProcess.concurrently(() -> {
            tasks.setAssignee(task.getId(), submitted.by());
            tasks.complete(task.getId());
        });
    }

    /** The one open task of this key (of this seat, when given); a bug of the caller otherwise. */
    private Task single(long submissionId, String key, Integer seat) {
        List<Task> open = open(submissionId, key, seat);
        if (open.size() != 1) {
            throw new IllegalStateException("The process of submission " + submissionId + " has " + open.size()
                    + " open task(s) " + key + (seat == null ? "" : " of seat " + seat)
                    + " where exactly one was expected");
        }
        return open.get(0);
    }

    private List<Task> open(long submissionId, String key, Integer seat) {
        return tasks.createTaskQuery().processDefinitionKey(ProposalProcessModel.KEY)
                .processInstanceBusinessKey(ProposalProcessModel.businessKey(submissionId)).taskDefinitionKey(key)
                .list().stream().filter(t -> seat == null || seatOf(t.getExecutionId()) == seat).toList();
    }

    private ProcessInstance process(long submissionId) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(ProposalProcessModel.KEY)
                .processInstanceBusinessKey(ProposalProcessModel.businessKey(submissionId)).singleResult();
        if (process == null) {
            throw new IllegalStateException("Submission " + submissionId + " has no proposal process running");
        }
        return process;
    }

    /** The seat an execution belongs to (its own or an enclosing scope's local variable), or 0 outside any seat. */
    private int seatOf(String executionId) {
        Object seat = runtime.getVariable(executionId, EvaluationProcessModel.VAR_SEAT);
        return seat == null ? 0 : ((Number) seat).intValue();
    }

    private static int seat(DelegateExecution execution) {
        return ((Number) execution.getVariable(EvaluationProcessModel.VAR_SEAT)).intValue();
    }

    private static long submissionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProposalProcessModel.VAR_SUBMISSION_ID)).longValue();
    }
}
