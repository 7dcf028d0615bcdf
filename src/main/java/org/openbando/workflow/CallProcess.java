package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openbando.call.CallPublished;
import org.openbando.call.CallService;

/**
 * The life of a call ({@code bpmn/call.bpmn}): started when an officer publishes it, in the same transaction; its
 * timers open the call at the opening instant and close it at the deadline. The delegates only call the call service.
 */
@ApplicationScoped
public class CallProcess {

    private final RuntimeService runtime;

    public CallProcess(RuntimeService runtime) {
        this.runtime = runtime;
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

    /** Task_CloseCall: the deadline has come; no submission is accepted from this instant on. */
    @Named("closeCallDelegate")
    @ApplicationScoped
    public static class CloseCall implements JavaDelegate {
        private final CallService calls;

        public CloseCall(CallService calls) {
            this.calls = calls;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.close((Long) execution.getVariable(CallProcessModel.VAR_CALL_ID));
        }
    }
}
