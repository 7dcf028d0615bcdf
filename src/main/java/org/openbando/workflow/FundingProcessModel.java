package org.openbando.workflow;

/**
 * Every variable, element id and message of {@code bpmn/funding.bpmn} that Java uses, in one place.
 * {@code ProcessModelTest} checks each against the model file.
 */
final class FundingProcessModel {

    static final String KEY = ProcessKeys.FUNDING;

    static final String VAR_SUBMISSION_ID = "submissionId";
    static final String VAR_CALL_ID = "callId";
    /** Set by Task_OpenConcession: A or B. */
    static final String VAR_LINE = "line";
    /** Set by Task_OpenConcession: Gateway_LineB. */
    static final String VAR_LINE_B = "lineB";
    /** Set by Task_OpenConcession: the grant exceeds EUR 150,000.00. */
    static final String VAR_ANTIMAFIA_REQUIRED = "antimafiaRequired";
    /** Set by Task_IssueFundingDecision: the date of Timer_AcceptanceTerm. */
    static final String VAR_ACCEPT_BY = "acceptBy";
    /** Set by Task_IssueFundingDecision (Line B; null on Line A): the date of Timer_JoiningTerm. */
    static final String VAR_JOINING_DUE_AT = "joiningDueAt";
    /** Set by Task_IssueRevocationNotice: the date of Timer_ObservationsTerm. */
    static final String VAR_OBSERVATIONS_DUE_AT = "observationsDueAt";
    /** Task_AcceptGrant's outcome (Gateway_Accepted). */
    static final String VAR_ACCEPTED = "accepted";
    /** Task_DecideRevocation's outcome (Gateway_Revoke). */
    static final String VAR_REVOKE = "revoke";

    static final String TASK_OPEN_CONCESSION = "Task_OpenConcession";
    /** Officers; completed on ConcessionCompleted. */
    static final String TASK_CONCESSION = "Task_Concession";
    static final String TASK_ISSUE_DECISION = "Task_IssueFundingDecision";
    /** The beneficiary; completed on GrantAccepted (accepted) or GrantRenounced (not). */
    static final String TASK_ACCEPT_GRANT = "Task_AcceptGrant";
    static final String TASK_TIMER_ACCEPTANCE_TERM = "Timer_AcceptanceTerm";
    static final String TASK_FORFEIT = "Task_Forfeit";
    static final String TASK_RENOUNCED = "Task_Renounced";
    /** Completed on MembershipConfirmed. */
    static final String TASK_PROVE_MEMBERSHIP = "Task_ProveMembership";
    static final String TASK_TIMER_JOINING_TERM = "Timer_JoiningTerm";
    static final String TASK_ISSUE_REVOCATION_NOTICE = "Task_IssueRevocationNotice";
    static final String TASK_NOTICE = "SubProcess_Notice";
    /** The beneficiary; completed on ObservationsSent. */
    static final String TASK_SEND_OBSERVATIONS = "Task_SendObservations";
    static final String TASK_TIMER_OBSERVATIONS_TERM = "Timer_ObservationsTerm";
    /** Officers; completed on RevocationDecided. */
    static final String TASK_DECIDE_REVOCATION = "Task_DecideRevocation";
    static final String TASK_MEMBERSHIP_CONFIRMED_IN_NOTICE = "Boundary_MembershipConfirmed";
    static final String TASK_ISSUE_REVOCATION = "Task_IssueRevocation";
    static final String TASK_RENOUNCED_AFTER_ACCEPTANCE = "Task_RenouncedAfterAcceptance";
    static final String TASK_END_FUNDED = "End_Funded";
    static final String TASK_END_FORFEITED = "End_Forfeited";
    static final String TASK_END_RENOUNCED = "End_Renounced";
    static final String TASK_END_REVOKED = "End_Revoked";
    static final String TASK_END_RENOUNCED_AFTER_ACCEPTANCE = "End_RenouncedAfterAcceptance";
    static final String TASK_END_PART_RENOUNCED = "End_PartRenounced";

    /** During the notice: every membership confirmed; ends SubProcess_Notice (the obligation is met). */
    static final String MESSAGE_MEMBERSHIP_CONFIRMED = "MembershipConfirmed";
    /** The whole grant renounced after acceptance (interrupting event sub-process). */
    static final String MESSAGE_RENOUNCED = "Renounced";
    /** Part of the grant renounced (non-interrupting event sub-process). */
    static final String MESSAGE_PART_RENOUNCED = "PartRenounced";

    private FundingProcessModel() {
    }

    static String businessKey(long submissionId) {
        return "funding-" + submissionId;
    }
}
