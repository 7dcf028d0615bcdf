package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openbando.call.CallPublished;
import org.openbando.call.CallService;
import org.openbando.evaluation.EvaluationPhase;

/**
 * The life of a call ({@code bpmn/call.bpmn}): started when an officer publishes it, in the same transaction; its
 * timers open the call at the opening instant and close it at the deadline; then it waits, in its evaluation phase,
 * until no submission is in admissibility or evaluation: the end of each proposal process tells it
 * ({@code callPhaseListener}). The delegates only call the call service and the evaluation phase. From the ranking on,
 * {@link RankingProcess} holds the call process's delegates and observers.
 */
@ApplicationScoped
public class CallProcess {

    private final RuntimeService runtime;
    private final EvaluationPhase phase;

    public CallProcess(RuntimeService runtime, EvaluationPhase phase) {
        this.runtime = runtime;
        this.phase = phase;
    }

    void onPublished(@Observes CallPublished published) {
        runtime.startProcessInstanceByKey(CallProcessModel.KEY, businessKey(published.callId()), Map.of(
                CallProcessModel.VAR_CALL_ID, published.callId(),
                CallProcessModel.VAR_CALL_CODE, published.code(),
                CallProcessModel.VAR_OPENS_AT, Date.from(published.opensAt()),
                CallProcessModel.VAR_DEADLINE_AT, Date.from(published.deadlineAt())));
    }

    public static String businessKey(long callId) {
        return CallProcessModel.businessKey(callId);
    }

    /**
     * Whether the call's admissibility and evaluation phase is over: the call is closed, none of its submissions is in
     * admissibility or evaluation, and no proposal process of the call but {@code ending} (the one whose end asks, or
     * null) is still running (an evaluated proposal's report may still be being issued). Holds the advisory lock of the
     * call's phase until the transaction ends ({@link EvaluationPhase#complete}), so that of two proposal processes
     * ending at once the second sees the first ended.
     */
    boolean evaluationPhaseOver(long callId, String ending) {
        if (!phase.complete(callId)) {
            return false;
        }
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProposalProcessModel.KEY)
                .variableValueEquals(ProposalProcessModel.VAR_CALL_ID, callId).listPage(0, 2).stream()
                .allMatch(p -> p.getId().equals(ending));
    }

    /**
     * End_EvaluatedFundable, End_EvaluatedNotFundable, End_Inadmissible of the proposal process: when it was the last
     * of its closed call, the call leaves Task_EvaluationPhase (message CallEvaluated; nothing happens when the call
     * does not wait there).
     */
    @Produces
    @Named("callPhaseListener")
    ExecutionListener proposalEnded() {
        return execution -> {
            long callId = ((Number) execution.getVariable(ProposalProcessModel.VAR_CALL_ID)).longValue();
            if (evaluationPhaseOver(callId, execution.getProcessInstanceId())) {
                runtime.createMessageCorrelation(CallProcessModel.MESSAGE_CALL_EVALUATED)
                        .processInstanceBusinessKey(businessKey(callId)).correlateAll();
            }
        };
    }

    /** Task_OpenCall: the opening instant has come. */
    @Named("openCallDelegate")
    @ApplicationScoped
    public static class OpenCall implements JavaDelegate {
        private final CallService calls;

        public OpenCall(CallService calls) {
            this.calls = calls;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.open((Long) execution.getVariable(CallProcessModel.VAR_CALL_ID));
        }
    }

    /**
     * Task_CloseCall: the deadline has come; no submission is accepted from this instant on. Sets evaluationComplete
     * (Gateway_EvaluationPending): a call none of whose submissions is still in admissibility or evaluation goes
     * straight to the ranking.
     */
    @Named("closeCallDelegate")
    @ApplicationScoped
    public static class CloseCall implements JavaDelegate {
        private final CallService calls;
        private final CallProcess process;

        public CloseCall(CallService calls, CallProcess process) {
            this.calls = calls;
            this.process = process;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long callId = (Long) execution.getVariable(CallProcessModel.VAR_CALL_ID);
            calls.close(callId);
            execution.setVariable(CallProcessModel.VAR_EVALUATION_COMPLETE, process.evaluationPhaseOver(callId, null));
        }
    }
}
