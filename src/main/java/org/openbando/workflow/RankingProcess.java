package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.task.Task;
import org.jboss.logging.Logger;
import org.openbando.call.CallService;
import org.openbando.call.Line;
import org.openbando.funding.MoneyFreed;
import org.openbando.ranking.MoveUpConfirmed;
import org.openbando.ranking.RankingApproved;
import org.openbando.ranking.RankingSteps;

/**
 * The call process after its evaluation phase ({@code bpmn/call.bpmn}, from Task_DraftRanking to the end): its service
 * tasks are the one-line delegates below, calling {@link RankingSteps}, {@link FundingProcess} and
 * {@link CallService}; the officers' acts (events of the ranking feature) complete its user tasks, and the money a
 * funded project frees (an event of the funding feature) is correlated to it, in the transaction of the act or step.
 */
@ApplicationScoped
public class RankingProcess {

    private static final Logger LOG = Logger.getLogger(RankingProcess.class);

    private final RuntimeService runtime;
    private final TaskService tasks;

    public RankingProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /*
     * The delegates the model names (camunda:delegateExpression).
     */

    /** Task_DraftRanking (asynchronous). */
    @Produces
    @Named("draftRankingDelegate")
    JavaDelegate draft(RankingSteps steps) {
        return execution -> steps.draft(callId(execution));
    }

    /** Task_PublishRanking (asynchronous): the variables fundedSubmissions and reserveValidUntil. */
    @Produces
    @Named("publishRankingDelegate")
    JavaDelegate publish(RankingSteps steps) {
        return execution -> {
            long callId = callId(execution);
            List<Long> funded = steps.publish(callId);
            execution.setVariable(CallProcessModel.VAR_FUNDED_SUBMISSIONS,
                    funded.stream().map(String::valueOf).collect(Collectors.joining(",")));
            execution.setVariable(CallProcessModel.VAR_RESERVE_VALID_UNTIL,
                    EvaluationProcess.notBefore(steps.reserveValidUntil(callId)));
        };
    }

    /** Task_StartFunding: one funding process per funded submission (none twice). */
    @Produces
    @Named("startFundingDelegate")
    JavaDelegate startFunding(FundingProcess funding) {
        return execution -> {
            long callId = callId(execution);
            fundedSubmissions(execution).forEach(submissionId -> funding.start(submissionId, callId));
        };
    }

    /** Task_OfferReserve: the local variables movementId and proposed of this instance of SubProcess_MoneyFreed. */
    @Produces
    @Named("offerReserveDelegate")
    JavaDelegate offerReserve(RankingSteps steps) {
        return execution -> {
            RankingSteps.Offer offer = steps.moneyFreed(callId(execution),
                    Line.valueOf((String) execution.getVariable(CallProcessModel.VAR_LINE)),
                    new BigDecimal((String) execution.getVariable(CallProcessModel.VAR_AMOUNT)),
                    (String) execution.getVariable(CallProcessModel.VAR_CAUSE),
                    ((Number) execution.getVariable(CallProcessModel.VAR_SUBMISSION_ID)).longValue());
            execution.setVariableLocal(CallProcessModel.VAR_MOVEMENT_ID, offer.movementId());
            execution.setVariableLocal(CallProcessModel.VAR_PROPOSED, offer.proposed());
        };
    }

    /** Task_StartMovedUpFunding: the funding process of the project the officer moved up. */
    @Produces
    @Named("startMovedUpFundingDelegate")
    JavaDelegate startMovedUpFunding(FundingProcess funding) {
        return execution -> funding.start(((Number) execution.getVariable(
                CallProcessModel.VAR_MOVED_UP_SUBMISSION_ID)).longValue(), callId(execution));
    }

    /** Task_ReserveExpired (after Timer_ReserveExpired). */
    @Produces
    @Named("reserveExpiredDelegate")
    JavaDelegate reserveExpired(RankingSteps steps) {
        return execution -> steps.reserveExpired(callId(execution));
    }

    /** Task_ConcludeCall. */
    @Produces
    @Named("concludeCallDelegate")
    JavaDelegate conclude(CallService calls) {
        return execution -> calls.conclude(callId(execution));
    }

    /*
     * The people's acts and the money freed.
     */

    /**
     * Completes Task_ApproveRanking as the approving officer. An approval with no such task open is a ranking driven
     * without its process (tests of the ranking feature that draft it directly): logged, and the approval stands.
     */
    void onRankingApproved(@Observes RankingApproved approved) {
        List<Task> open = open(approved.callId(), CallProcessModel.TASK_APPROVE_RANKING);
        if (open.size() != 1) {
            LOG.warnf("The ranking of call %d was approved while its process has %d open task(s) %s",
                    approved.callId(), open.size(), CallProcessModel.TASK_APPROVE_RANKING);
            return;
        }
        ProposalProcess.concurrently(() -> {
            tasks.setAssignee(open.get(0).getId(), approved.by());
            tasks.complete(open.get(0).getId());
        });
    }

    /**
     * Completes the Task_ConfirmMoveUp of the movement (its local movementId) as the confirming officer, with the
     * moved-up submission as a local variable of its instance of SubProcess_MoneyFreed. A confirmation with no such
     * task open is refused (409): the reserve list expired, or the movement was confirmed already.
     */
    void onMoveUpConfirmed(@Observes MoveUpConfirmed confirmed) {
        List<Task> open = open(confirmed.callId(), CallProcessModel.TASK_CONFIRM_MOVE_UP).stream()
                .filter(t -> movementOf(t.getExecutionId()) == confirmed.movementId()).toList();
        if (open.size() != 1) { // a movement proposed outside the process (the ranking's own tests): the act stands
            LOG.warnf("Movement %d of call %d was confirmed while its process has %d open confirmation(s) for it:"
                    + " no funding process is started for submission %d", confirmed.movementId(),
                    confirmed.callId(), open.size(), confirmed.submissionId());
            return;
        }
        Task task = open.get(0);
        ProposalProcess.concurrently(() -> {
            runtime.setVariableLocal(task.getExecutionId(), CallProcessModel.VAR_MOVED_UP_SUBMISSION_ID,
                    confirmed.submissionId());
            tasks.setAssignee(task.getId(), confirmed.by());
            tasks.complete(task.getId());
        });
    }

    /**
     * Money freed by a funded project: the message MoneyFreed to the call's process, whose valid reserve list offers it
     * (SubProcess_MoneyFreed, with the event's data as its local variables). No subscription (the reserve list
     * expired, the call concluded) is not an error: the money moves nobody. A partial renunciation is also recorded in
     * the project's funding process (message PartRenounced).
     */
    void onMoneyFreed(@Observes MoneyFreed freed) {
        Map<String, Object> variables = Map.of(
                CallProcessModel.VAR_LINE, freed.line().name(),
                CallProcessModel.VAR_AMOUNT, freed.amount().toPlainString(),
                CallProcessModel.VAR_CAUSE, freed.cause(),
                CallProcessModel.VAR_SUBMISSION_ID, freed.submissionId());
        ProposalProcess.concurrently(() -> {
            List<MessageCorrelationResult> results = runtime
                    .createMessageCorrelation(CallProcessModel.MESSAGE_MONEY_FREED)
                    .processInstanceBusinessKey(CallProcessModel.businessKey(freed.callId()))
                    .setVariablesToTriggeredScope(variables).correlateAllWithResult();
            if (results.isEmpty()) {
                LOG.infof("Money freed on line %s of call %d (%s, submission %d) moves nobody: the call's reserve "
                        + "list is not open", freed.line(), freed.callId(), freed.cause(), freed.submissionId());
            }
            if (FundingProcess.PARTIAL_RENUNCIATION.equals(freed.cause())) {
                runtime.createMessageCorrelation(FundingProcessModel.MESSAGE_PART_RENOUNCED)
                        .processInstanceBusinessKey(FundingProcessModel.businessKey(freed.submissionId()))
                        .correlateAll();
            }
        });
    }

    private List<Task> open(long callId, String key) {
        return tasks.createTaskQuery().processDefinitionKey(CallProcessModel.KEY)
                .processInstanceBusinessKey(CallProcessModel.businessKey(callId)).taskDefinitionKey(key).list();
    }

    private long movementOf(String executionId) {
        Object movement = runtime.getVariable(executionId, CallProcessModel.VAR_MOVEMENT_ID);
        return movement == null ? -1 : ((Number) movement).longValue();
    }

    static List<Long> fundedSubmissions(DelegateExecution execution) {
        String ids = (String) execution.getVariable(CallProcessModel.VAR_FUNDED_SUBMISSIONS);
        return ids == null || ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    private static long callId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CallProcessModel.VAR_CALL_ID)).longValue();
    }
}
