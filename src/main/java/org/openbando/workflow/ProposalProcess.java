package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.openbando.proposal.AdmissibilityService;
import org.openbando.proposal.AdmissibilityStep;
import org.openbando.proposal.ProposalLifecycle;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.SubmissionWithdrawn;
import org.openbando.shared.ProblemException;

/**
 * The proposal process ({@code bpmn/proposal.bpmn}): its service tasks and listeners are the delegates below, which
 * only call the proposal package; the decisions and answers that people take through the API
 * and the pages complete its user tasks through the events observed here, in the same transaction.
 */
@ApplicationScoped
public class ProposalProcess {

    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_SUBMISSION_ID = "submissionId";
    public static final String VAR_STEP_ID = "stepId";
    static final String OFFICER_TASKS_REVIEW = "Task_ReviewAdmissibility";
    static final String OFFICER_TASKS_FINAL = "Task_FinalDecision";
    static final String APPLICANT_TASK_COMPLETION = "Task_CompleteDocuments";
    static final String APPLICANT_TASK_OBSERVATIONS = "Task_SendObservations";

    private final RuntimeService runtime;
    private final TaskService tasks;

    public ProposalProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public static String businessKey(long submissionId) {
        return "submission-" + submissionId;
    }

    /** The variables a process starts with. */
    static Map<String, Object> startVariables(ProposalLifecycle.ProcessStart start) {
        return Map.of(VAR_PROPOSAL_ID, start.proposalId(), VAR_SUBMISSION_ID, start.submissionId(),
                "callId", start.callId(), "applicantGroup", "organization-" + start.leadOrganizationId(),
                "noticeBeforeRejection", start.noticeBeforeRejection());
    }

    /*
     * The delegates and listeners the model names (camunda:delegateExpression): each only calls the lifecycle of the
     * proposal package with the submission of the instance.
     */

    /** Task_IssueReceipt: the receipt PDF/A of the submission. */
    @Produces
    @Named("issueReceiptDelegate")
    JavaDelegate issueReceipt(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.issueReceipt(submissionId(execution));
    }

    /** Task_CheckEligibility: a new round of the twelve rules; variable eligible is true when none fails. */
    @Produces
    @Named("checkEligibilityDelegate")
    JavaDelegate checkEligibility(ProposalLifecycle lifecycle) {
        return execution -> execution.setVariable("eligible", lifecycle.checkEligibility(submissionId(execution)));
    }

    /** The document of a decision (request, notice, admission, inadmissibility) for the step variable stepId. */
    @Produces
    @Named("issueDecisionDelegate")
    JavaDelegate issueDecision(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.issueDecisionDocument(((Number) execution.getVariable(VAR_STEP_ID)).longValue());
    }

    /** Task_CompletionTermExpired: records the inadmissibility; its step is the one the decision document states. */
    @Produces
    @Named("completionTermExpiredDelegate")
    JavaDelegate completionTermExpired(ProposalLifecycle lifecycle) {
        return execution -> execution.setVariable(VAR_STEP_ID,
                lifecycle.completionTermExpired(submissionId(execution)));
    }

    /** Task_ObservationsTermExpired. */
    @Produces
    @Named("observationsTermExpiredDelegate")
    JavaDelegate observationsTermExpired(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.observationsTermExpired(submissionId(execution));
    }

    /** Start of Task_ReviewAdmissibility: the proposal shows that it waits for an officer. */
    @Produces
    @Named("underReviewListener")
    ExecutionListener underReview(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.enter(submissionId(execution), ProposalStatus.UNDER_REVIEW);
    }

    /** Start of Task_FinalDecision (after the observations or their term). */
    @Produces
    @Named("finalReviewListener")
    ExecutionListener finalReview(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.enter(submissionId(execution), ProposalStatus.FINAL_REVIEW);
    }

    void onDecided(@Observes AdmissibilityService.Decided decided) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decided.decision().name());
        variables.put(VAR_STEP_ID, decided.stepId());
        variables.put("dueAt", decided.dueAt() == null ? null : Date.from(decided.dueAt()));
        complete(openTask(decided.processInstanceId(), OFFICER_TASKS_REVIEW, OFFICER_TASKS_FINAL), decided.by(),
                variables);
    }

    void onAnswered(@Observes AdmissibilityService.Answered answered) {
        String task = answered.kind() == AdmissibilityStep.Kind.COMPLETION_SENT ? APPLICANT_TASK_COMPLETION
                : APPLICANT_TASK_OBSERVATIONS;
        complete(openTask(answered.processInstanceId(), task), answered.by(), Map.of(VAR_STEP_ID, answered.stepId()));
    }

    void onWithdrawn(@Observes SubmissionWithdrawn withdrawn) {
        if (withdrawn.processInstanceId() != null) {
            concurrently(() -> runtime.createMessageCorrelation("ProposalWithdrawn")
                    .processInstanceId(withdrawn.processInstanceId()).correlateAll());
        }
    }

    /** Completes the task as the person who acted: the history (and the timeline) names them. */
    private void complete(Task task, String by, Map<String, Object> variables) {
        concurrently(() -> {
            tasks.setAssignee(task.getId(), by);
            tasks.complete(task.getId(), variables);
        });
    }

    /**
     * Runs a person's command on the engine. When a job of the same process (a receipt being issued, a term's timer)
     * changes it at the same moment, the engine refuses the command (optimistic locking): the person's transaction
     * rolls back whole and they get a 409 {@code concurrent-change} instead of an error; the service may try again.
     */
    private static void concurrently(Runnable command) {
        try {
            command.run();
        } catch (OptimisticLockingException e) {
            throw ProblemException.concurrentChange("The proposal's process was changing at the same moment");
        }
    }

    private Task openTask(String processInstanceId, String... keys) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKeyIn(keys).list();
        if (open.size() != 1) {
            throw new IllegalStateException("Process " + processInstanceId + " has " + open.size() + " open task(s) "
                    + List.of(keys) + " where exactly one was expected");
        }
        return open.get(0);
    }

    private static long submissionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_SUBMISSION_ID)).longValue();
    }
}
