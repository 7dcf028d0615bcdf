package org.openbando.workflow;

/**
 * Every element id, variable and message of {@code bpmn/proposal.bpmn} that Java uses, in one place.
 * {@code ProcessModelTest} checks each id against the model file.
 */
final class ProposalProcessModel {

    static final String KEY = ProcessKeys.PROPOSAL;

    // user tasks the API and the pages complete
    static final String TASK_REVIEW = "Task_ReviewAdmissibility";
    static final String TASK_FINAL_DECISION = "Task_FinalDecision";
    static final String TASK_COMPLETE_DOCUMENTS = "Task_CompleteDocuments";
    static final String TASK_SEND_OBSERVATIONS = "Task_SendObservations";

    // messages
    static final String MESSAGE_WITHDRAWN = "ProposalWithdrawn";

    // variables: set at the start
    static final String VAR_PROPOSAL_ID = "proposalId";
    static final String VAR_SUBMISSION_ID = "submissionId";
    static final String VAR_CALL_ID = "callId";
    static final String VAR_APPLICANT_GROUP = "applicantGroup";
    /** The call's switch that Gateway_NoticeFirst routes by. */
    static final String VAR_NOTICE_BEFORE_REJECTION = "noticeBeforeRejection";
    // variables: set by the steps
    /** Whether no rule failed (Task_CheckEligibility). */
    static final String VAR_ELIGIBLE = "eligible";
    /** The officer's decision (ADMIT, REQUEST_COMPLETION, REJECT) that Gateway_Decision and Gateway_FinalDecision route by. */
    static final String VAR_DECISION = "decision";
    /**
     * The officer's decision with its reasons (JSON), transient (never stored by the engine: the step the path records
     * keeps them): read by the listener of the path the gateways chose, in the transaction that completes the task.
     */
    static final String VAR_DECIDED = "decided";
    /** The recorded step whose document is issued next. */
    static final String VAR_STEP_ID = "stepId";
    /** The end of the open term (the boundary timers' date). */
    static final String VAR_DUE_AT = "dueAt";

    private ProposalProcessModel() {
    }

    static String businessKey(long submissionId) {
        return "submission-" + submissionId;
    }
}
