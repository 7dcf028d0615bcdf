package org.openbando.workflow;

import java.util.Set;

/**
 * Every element id, variable, message and error of the evaluation sub-process of {@code bpmn/proposal.bpmn}
 * ({@code SubProcess_Evaluation}) that Java uses, in one place. {@code ProcessModelTest} checks each id against the
 * model file.
 */
final class EvaluationProcessModel {

    static final String TASK_EVALUATION = "SubProcess_Evaluation";
    static final String TASK_OPEN = "Task_OpenEvaluation";
    // user tasks that people's acts complete (events of the evaluation feature)
    /** Completed by PanelAssigned. */
    static final String TASK_ASSIGN_PANEL = "Task_AssignPanel";
    /** The seat's expert; completed by SeatAnswered. */
    static final String TASK_RESPOND = "Task_Respond";
    /** The seat's expert; completed by EvaluationSubmitted. */
    static final String TASK_EVALUATE = "Task_Evaluate";
    /** An officer; completed by SeatReassigned. */
    static final String TASK_REASSIGN = "Task_Reassign";
    /** An officer, when the consensus starts without a rapporteur; completed by RapporteurChosen. */
    static final String TASK_CHOOSE_RAPPORTEUR = "Task_ChooseRapporteur";
    /** The rapporteur; completed by ConsensusSubmitted. */
    static final String TASK_CONSENSUS = "Task_Consensus";
    /** Asynchronous: re-armed when a reopened seat submits again. */
    static final String TASK_START_CONSENSUS = "Task_StartConsensus";
    static final String TASK_SEAT = "SubProcess_Seat";
    static final String TASK_EXPERT_WORK = "SubProcess_ExpertWork";
    static final String TASK_END_CONCLUDED = "End_EvaluationConcluded";
    static final String TASK_END_FUNDABLE = "End_EvaluatedFundable";
    static final String TASK_END_NOT_FUNDABLE = "End_EvaluatedNotFundable";

    // messages
    /** Correlated to the seat's work (the execution that waits for it and whose seat is the event's). */
    static final String MESSAGE_EXPERT_REMOVED = "ExpertRemoved";

    // variables
    /** The number of seats (the call's evaluators per proposal): the loop cardinality of SubProcess_Seat. */
    static final String VAR_EVALUATORS = "evaluators";
    /** Local to each instance of SubProcess_Seat: its number, 1 .. evaluators. */
    static final String VAR_SEAT = "seat";
    /** The multi-instance's own counter (0-based) the seat is computed from. */
    static final String VAR_LOOP_COUNTER = "loopCounter";
    /** Local to the seat: the expert in force, the assignee of Task_Respond and Task_Evaluate. */
    static final String VAR_EXPERT = "expert";
    /** Local to the seat: when the expert is reminded (Timer_Reminder). */
    static final String VAR_EXPERT_REMIND_AT = "expertRemindAt";
    /** Local to the seat: when the expert's term ends (Timer_Term). */
    static final String VAR_EXPERT_DUE_AT = "expertDueAt";
    /** Local to the expert's work: the answer that Gateway_Accepted routes by. */
    static final String VAR_ACCEPTED = "accepted";
    /** The rapporteur (null until chosen): Gateway_RapporteurChosen, the assignee of Task_Consensus. */
    static final String VAR_RAPPORTEUR = "rapporteur";
    /** The outcome that Gateway_Fundable routes by. */
    static final String VAR_FUNDABLE = "fundable";

    /**
     * Of the elements inside {@link #TASK_EVALUATION}, those the proposal's status timeline shows: the applicant never
     * learns who the experts are, nor (before the ranking) whether the proposal is fundable; the officers' board shows
     * the rest. The two end events after the sub-process (fundable or not) are hidden for the same reason.
     */
    static final Set<String> SHOWN_IN_TIMELINE = Set.of(TASK_OPEN, TASK_END_CONCLUDED);
    static final Set<String> HIDDEN_FROM_TIMELINE = Set.of(TASK_END_FUNDABLE, TASK_END_NOT_FUNDABLE);

    private EvaluationProcessModel() {
    }
}
