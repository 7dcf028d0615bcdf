package org.openbando.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.camunda.bpm.engine.variable.Variables;
import org.openbando.eligibility.AdmissibilityAnswered;
import org.openbando.eligibility.AdmissibilityDecided;
import org.openbando.eligibility.AdmissibilitySteps;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.eligibility.StepKind;
import org.openbando.proposal.ProposalStatus;
import org.openbando.shared.Json;
import org.openbando.shared.ProblemException;
import org.openbando.submission.ProcessStarts;
import org.openbando.submission.SubmissionWithdrawn;

/**
 * The proposal process ({@code bpmn/proposal.bpmn}): its service tasks and listeners are the delegates below, each one
 * line calling a feature (submission, eligibility) with the submission of the instance; the decisions and answers that
 * people take through the API and the pages complete its user tasks through the events observed here, in the same
 * transaction. The instance is found by its business key, {@code submission-{id}}: the features know no engine id.
 */
@ApplicationScoped
public class ProposalProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ObjectMapper json;

    public ProposalProcess(RuntimeService runtime, TaskService tasks, ObjectMapper json) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.json = json;
    }

    /** The variables a process starts with. */
    static Map<String, Object> startVariables(ProcessStarts.ProcessStart start) {
        return Map.of(ProposalProcessModel.VAR_PROPOSAL_ID, start.proposalId(),
                ProposalProcessModel.VAR_SUBMISSION_ID, start.submissionId(),
                ProposalProcessModel.VAR_CALL_ID, start.callId(),
                ProposalProcessModel.VAR_APPLICANT_GROUP, "organization-" + start.leadOrganizationId(),
                ProposalProcessModel.VAR_NOTICE_BEFORE_REJECTION, start.noticeBeforeRejection());
    }

    /*
     * The delegates and listeners the model names (camunda:delegateExpression).
     */

    /** Task_IssueReceipt: the receipt PDF/A of the submission. */
    @Produces
    @Named("issueReceiptDelegate")
    JavaDelegate issueReceipt(ProcessStarts starts) {
        return execution -> starts.issueReceipt(submissionId(execution));
    }

    /** Task_CheckEligibility: a new round of the rules; variable eligible is true when none fails. */
    @Produces
    @Named("checkEligibilityDelegate")
    JavaDelegate checkEligibility(EligibilityChecks checks) {
        return execution -> execution.setVariable(ProposalProcessModel.VAR_ELIGIBLE,
                checks.check(submissionId(execution)));
    }

    /** The document of a decision (request, notice, admission, inadmissibility) for the step variable stepId. */
    @Produces
    @Named("issueDecisionDelegate")
    JavaDelegate issueDecision(AdmissibilitySteps steps) {
        return execution -> steps.issueDocument(((Number) execution.getVariable(ProposalProcessModel.VAR_STEP_ID))
                .longValue());
    }

    /** Task_CompletionTermExpired: records the inadmissibility; its step is the one the decision document states. */
    @Produces
    @Named("completionTermExpiredDelegate")
    JavaDelegate completionTermExpired(AdmissibilitySteps steps) {
        return execution -> execution.setVariable(ProposalProcessModel.VAR_STEP_ID,
                steps.completionTermExpired(submissionId(execution)));
    }

    /** Task_ObservationsTermExpired. */
    @Produces
    @Named("observationsTermExpiredDelegate")
    JavaDelegate observationsTermExpired(AdmissibilitySteps steps) {
        return execution -> steps.observationsTermExpired(submissionId(execution));
    }

    /** Start of Task_ReviewAdmissibility: the proposal shows that it waits for an officer. */
    @Produces
    @Named("underReviewListener")
    ExecutionListener underReview(AdmissibilitySteps steps) {
        return execution -> steps.enter(submissionId(execution), ProposalStatus.UNDER_REVIEW);
    }

    /** Start of Task_FinalDecision (after the observations or their term). */
    @Produces
    @Named("finalReviewListener")
    ExecutionListener finalReview(AdmissibilitySteps steps) {
        return execution -> steps.enter(submissionId(execution), ProposalStatus.FINAL_REVIEW);
    }

    /* The paths out of the officer's decision (listeners on the flows the gateways take): each records its outcome. */

    /** Flow_Admit, Flow_FinalAdmit. */
    @Produces
    @Named("admittedListener")
    ExecutionListener admitted(AdmissibilitySteps steps, ObjectMapper json) {
        return execution -> record(execution, steps, json, AdmissibilitySteps.Outcome.ADMITTED);
    }

    /** Flow_RequestCompletion. */
    @Produces
    @Named("completionRequestedListener")
    ExecutionListener completionRequested(AdmissibilitySteps steps, ObjectMapper json) {
        return execution -> record(execution, steps, json, AdmissibilitySteps.Outcome.COMPLETION_REQUESTED);
    }

    /** Flow_NoticeYes: the call wants a notice before rejection (Gateway_NoticeFirst). */
    @Produces
    @Named("rejectionNotifiedListener")
    ExecutionListener rejectionNotified(AdmissibilitySteps steps, ObjectMapper json) {
        return execution -> record(execution, steps, json, AdmissibilitySteps.Outcome.REJECTION_NOTIFIED);
    }

    /** Flow_NoticeNo, Flow_FinalReject. */
    @Produces
    @Named("inadmissibleListener")
    ExecutionListener inadmissible(AdmissibilitySteps steps, ObjectMapper json) {
        return execution -> record(execution, steps, json, AdmissibilitySteps.Outcome.INADMISSIBLE);
    }

    private static void record(DelegateExecution execution, AdmissibilitySteps steps, ObjectMapper json,
            AdmissibilitySteps.Outcome outcome) {
        AdmissibilityDecided decided = Json.read(json, (String) execution.getVariable(ProposalProcessModel.VAR_DECIDED),
                AdmissibilityDecided.class, "The officer's decision");
        AdmissibilitySteps.Recorded recorded = steps.recordDecision(decided, outcome);
        execution.setVariable(ProposalProcessModel.VAR_STEP_ID, recorded.stepId());
        execution.setVariable(ProposalProcessModel.VAR_DUE_AT, recorded.dueAt() == null ? null
                : Date.from(recorded.dueAt()));
    }

    void onDecided(@Observes AdmissibilityDecided decided) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProposalProcessModel.VAR_DECISION, decided.decision().name());
        complete(openTask(decided.submissionId(), ProposalProcessModel.TASK_REVIEW,
                ProposalProcessModel.TASK_FINAL_DECISION), decided.by(), Variables.fromMap(variables)
                        .putValueTyped(ProposalProcessModel.VAR_DECIDED, Variables.stringValue(Json.write(json, decided,
                                "The officer's decision"), true)));
    }

    void onAnswered(@Observes AdmissibilityAnswered answered) {
        String task = answered.kind() == StepKind.COMPLETION_SENT
                ? ProposalProcessModel.TASK_COMPLETE_DOCUMENTS : ProposalProcessModel.TASK_SEND_OBSERVATIONS;
        complete(openTask(answered.submissionId(), task), answered.by(),
                Map.of(ProposalProcessModel.VAR_STEP_ID, answered.stepId()));
    }

    void onWithdrawn(@Observes SubmissionWithdrawn withdrawn) {
        concurrently(() -> runtime.createMessageCorrelation(ProposalProcessModel.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(ProposalProcessModel.businessKey(withdrawn.submissionId()))
                .correlateAll());
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
    static void concurrently(Runnable command) {
        try {
            command.run();
        } catch (OptimisticLockingException e) {
            throw ProblemException.concurrentChange("The proposal's process was changing at the same moment");
        }
    }

    private Task openTask(long submissionId, String... keys) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(ProposalProcessModel.KEY)
                .processInstanceBusinessKey(ProposalProcessModel.businessKey(submissionId))
                .taskDefinitionKeyIn(keys).list();
        if (open.size() != 1) {
            throw new IllegalStateException("The process of submission " + submissionId + " has " + open.size()
                    + " open task(s) " + List.of(keys) + " where exactly one was expected");
        }
        return open.get(0);
    }

    private static long submissionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProposalProcessModel.VAR_SUBMISSION_ID)).longValue();
    }
}
