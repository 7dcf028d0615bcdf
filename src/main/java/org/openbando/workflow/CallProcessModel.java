package org.openbando.workflow;

/**
 * Every variable of {@code bpmn/call.bpmn} that Java uses, in one place. {@code ProcessModelTest} checks the model
 * uses them.
 */
final class CallProcessModel {

    static final String KEY = ProcessKeys.CALL;

    static final String VAR_CALL_ID = "callId";
    static final String VAR_CALL_CODE = "callCode";
    /** The opening timer's date. */
    static final String VAR_OPENS_AT = "opensAt";
    /** The deadline timer's date. */
    static final String VAR_DEADLINE_AT = "deadlineAt";

    private CallProcessModel() {
    }

    static String businessKey(long callId) {
        return "call-" + callId;
    }
}
