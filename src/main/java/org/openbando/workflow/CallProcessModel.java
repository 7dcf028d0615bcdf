package org.openbando.workflow;

/**
 * Every variable, element id and message of {@code bpmn/call.bpmn} that Java uses, in one place. {@code ProcessModelTest} checks the model
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
    /** Set at the close: no submission of the call is in admissibility or evaluation (Gateway_EvaluationPending). */
    static final String VAR_EVALUATION_COMPLETE = "evaluationComplete";

    static final String TASK_EVALUATION_PHASE = "Task_EvaluationPhase";
    static final String TASK_RANKING = "Task_Ranking";
    /** Correlated when the last proposal of a closed call ends its admissibility or evaluation. */
    static final String MESSAGE_CALL_EVALUATED = "CallEvaluated";
    /** Placeholder: the ranking (next issue) sends it. */
    static final String MESSAGE_RANKING_COMPLETED = "RankingCompleted";

    private CallProcessModel() {
    }

    static String businessKey(long callId) {
        return "call-" + callId;
    }
}
