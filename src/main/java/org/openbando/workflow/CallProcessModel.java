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
    /** Set by Task_PublishRanking: the funded submissions' ids, comma-separated (Task_StartFunding starts each). */
    static final String VAR_FUNDED_SUBMISSIONS = "fundedSubmissions";
    /** Set by Task_PublishRanking: the date of Timer_ReserveExpired. */
    static final String VAR_RESERVE_VALID_UNTIL = "reserveValidUntil";
    // local to each instance of SubProcess_MoneyFreed (the message's variables, then the offer's)
    /** The line whose money was freed (A or B). */
    static final String VAR_LINE = "line";
    /** The money freed, EUR, as plain decimal text (the engine keeps no BigDecimal without serialization). */
    static final String VAR_AMOUNT = "amount";
    /** REVOCATION, RENUNCIATION, FORFEITURE, PARTIAL_RENUNCIATION. */
    static final String VAR_CAUSE = "cause";
    /** The project that freed the money. */
    static final String VAR_SUBMISSION_ID = "submissionId";
    /** The movement RankingSteps.moneyFreed recorded (Task_ConfirmMoveUp's movement). */
    static final String VAR_MOVEMENT_ID = "movementId";
    /** Whether the movement awaits the officer's confirmation (Gateway_Proposed). */
    static final String VAR_PROPOSED = "proposed";
    /** Set when the officer confirms: the project moved up, whose funding process Task_StartMovedUpFunding starts. */
    static final String VAR_MOVED_UP_SUBMISSION_ID = "movedUpSubmissionId";

    static final String TASK_EVALUATION_PHASE = "Task_EvaluationPhase";
    static final String TASK_DRAFT_RANKING = "Task_DraftRanking";
    /** Officers; completed on RankingApproved. */
    static final String TASK_APPROVE_RANKING = "Task_ApproveRanking";
    static final String TASK_PUBLISH_RANKING = "Task_PublishRanking";
    static final String TASK_START_FUNDING = "Task_StartFunding";
    static final String TASK_RESERVE_LIST = "SubProcess_ReserveList";
    static final String TASK_RESERVE_LIST_VALID = "Task_ReserveListValid";
    static final String TASK_MONEY_FREED = "SubProcess_MoneyFreed";
    static final String TASK_OFFER_RESERVE = "Task_OfferReserve";
    /** Officers, one per proposed movement (local movementId); completed on MoveUpConfirmed. */
    static final String TASK_CONFIRM_MOVE_UP = "Task_ConfirmMoveUp";
    static final String TASK_START_MOVED_UP_FUNDING = "Task_StartMovedUpFunding";
    static final String TASK_END_MOVED_UP = "End_MovedUp";
    static final String TASK_END_NOT_OFFERED = "End_NotOffered";
    static final String TASK_TIMER_RESERVE_EXPIRED = "Timer_ReserveExpired";
    static final String TASK_RESERVE_EXPIRED = "Task_ReserveExpired";
    static final String TASK_CONCLUDE_CALL = "Task_ConcludeCall";
    static final String TASK_END = "EndEvent_CallConcluded";
    /** Correlated when the last proposal of a closed call ends its admissibility or evaluation. */
    static final String MESSAGE_CALL_EVALUATED = "CallEvaluated";
    /** Correlated when a funded project frees money (funding.MoneyFreed); starts SubProcess_MoneyFreed. */
    static final String MESSAGE_MONEY_FREED = "MoneyFreed";

    private CallProcessModel() {
    }

    static String businessKey(long callId) {
        return "call-" + callId;
    }
}
