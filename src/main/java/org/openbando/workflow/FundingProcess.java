package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.jboss.logging.Logger;
import org.openbando.funding.ConcessionCompleted;
import org.openbando.funding.FundingSteps;
import org.openbando.funding.GrantAccepted;
import org.openbando.funding.GrantRenounced;
import org.openbando.funding.MembershipConfirmed;
import org.openbando.funding.ObservationsSent;
import org.openbando.funding.RevocationDecided;

/**
 * The funding of one project ({@code bpmn/funding.bpmn}, business key {@code funding-<submissionId>}): started by the
 * call process for each project the ranking funds or a move up the reserve list reaches; its service tasks are the
 * one-line delegates below, calling {@link FundingSteps}; the acts of officers and beneficiaries (events of the funding
 * feature) complete its user tasks and correlate its messages, in the transaction of the act.
 *
 * <p>An act whose task is not open is a project driven without its process (the funding feature's own tests open
 * awards through its steps): it is logged, and the act stands.
 */
@ApplicationScoped
public class FundingProcess {

    private static final Logger LOG = Logger.getLogger(FundingProcess.class);

    /** The cause of a partial renunciation (funding.MoneyFreed#cause). */
    static final String PARTIAL_RENUNCIATION = "PARTIAL_RENUNCIATION";

    private final RuntimeService runtime;
    private final TaskService tasks;
    public FundingProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the project's funding process, unless one is running already: a call process's step done twice (a job
     * retried after its commit was lost, a second confirmation) starts none twice. Its first step is asynchronous: the
     * start only records it. (Ended ones do not count: the ranking funds or moves up a submission once, and the
     * history may keep the processes of an earlier database, whose ids a reset application schema gives again.)
     */
    void start(long submissionId, long callId) {
        String businessKey = FundingProcessModel.businessKey(submissionId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(FundingProcessModel.KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            LOG.infof("Submission %d has its funding process running already", submissionId);
            return;
        }
        runtime.startProcessInstanceByKey(FundingProcessModel.KEY, businessKey, Map.of(
                FundingProcessModel.VAR_SUBMISSION_ID, submissionId,
                FundingProcessModel.VAR_CALL_ID, callId));
    }

    /*
     * The delegates the model names (camunda:delegateExpression).
     */

    /** Task_OpenConcession (asynchronous): the variables line, lineB, antimafiaRequired. */
    @Produces
    @Named("openConcessionDelegate")
    JavaDelegate openConcession(FundingSteps steps) {
        return execution -> {
            FundingSteps.Opened opened = steps.open(submissionId(execution));
            execution.setVariable(FundingProcessModel.VAR_LINE, opened.line().name());
            execution.setVariable(FundingProcessModel.VAR_LINE_B, opened.lineB());
            execution.setVariable(FundingProcessModel.VAR_ANTIMAFIA_REQUIRED, opened.antimafiaRequired());
        };
    }

    /** Task_IssueFundingDecision (asynchronous): the timers' dates acceptBy and joiningDueAt (null on Line A). */
    @Produces
    @Named("issueFundingDecisionDelegate")
    JavaDelegate issueDecision(FundingSteps steps) {
        return execution -> {
            FundingSteps.Terms terms = steps.issueDecision(submissionId(execution));
            execution.setVariable(FundingProcessModel.VAR_ACCEPT_BY, EvaluationProcess.notBefore(terms.acceptBy()));
            execution.setVariable(FundingProcessModel.VAR_JOINING_DUE_AT,
                    terms.joiningDueAt() == null ? null : EvaluationProcess.notBefore(terms.joiningDueAt()));
        };
    }

    /** Task_Forfeit (Timer_AcceptanceTerm). */
    @Produces
    @Named("forfeitDelegate")
    JavaDelegate forfeit(FundingSteps steps) {
        return execution -> steps.forfeit(submissionId(execution));
    }

    /** Task_Renounced and Task_RenouncedAfterAcceptance. */
    @Produces
    @Named("renouncedDelegate")
    JavaDelegate renounced(FundingSteps steps) {
        return execution -> steps.renounced(submissionId(execution));
    }

    /** Task_IssueRevocationNotice (Timer_JoiningTerm): the date of Timer_ObservationsTerm. */
    @Produces
    @Named("issueRevocationNoticeDelegate")
    JavaDelegate issueRevocationNotice(FundingSteps steps) {
        return execution -> execution.setVariable(FundingProcessModel.VAR_OBSERVATIONS_DUE_AT,
                EvaluationProcess.notBefore(steps.issueRevocationNotice(submissionId(execution))));
    }

    /** Task_IssueRevocation. */
    @Produces
    @Named("revokeDelegate")
    JavaDelegate revoke(FundingSteps steps) {
        return execution -> steps.revoke(submissionId(execution));
    }

    /*
     * The people's acts.
     */

    void onConcessionCompleted(@Observes ConcessionCompleted completed) {
        complete(completed.submissionId(), FundingProcessModel.TASK_CONCESSION, completed.by(), Map.of());
    }

    void onGrantAccepted(@Observes GrantAccepted accepted) {
        complete(accepted.submissionId(), FundingProcessModel.TASK_ACCEPT_GRANT, accepted.by(),
                Map.of(FundingProcessModel.VAR_ACCEPTED, true));
    }

    /**
     * Before acceptance, completes Task_AcceptGrant (not accepted); after it, the message Renounced (the interrupting
     * event sub-process: the Line B branch stops).
     */
    void onGrantRenounced(@Observes GrantRenounced renounced) {
        if (open(renounced.submissionId(), FundingProcessModel.TASK_ACCEPT_GRANT).size() == 1) {
            complete(renounced.submissionId(), FundingProcessModel.TASK_ACCEPT_GRANT, renounced.by(),
                    Map.of(FundingProcessModel.VAR_ACCEPTED, false));
            return;
        }
        correlate(renounced.submissionId(), FundingProcessModel.MESSAGE_RENOUNCED);
    }

    /**
     * Every membership confirmed: completes Task_ProveMembership; during the notice before revocation, the message
     * MembershipConfirmed ends SubProcess_Notice (the obligation is met).
     */
    void onMembershipConfirmed(@Observes MembershipConfirmed confirmed) {
        if (open(confirmed.submissionId(), FundingProcessModel.TASK_PROVE_MEMBERSHIP).size() == 1) {
            complete(confirmed.submissionId(), FundingProcessModel.TASK_PROVE_MEMBERSHIP, confirmed.by(), Map.of());
            return;
        }
        correlate(confirmed.submissionId(), FundingProcessModel.MESSAGE_MEMBERSHIP_CONFIRMED);
    }

    void onObservationsSent(@Observes ObservationsSent sent) {
        complete(sent.submissionId(), FundingProcessModel.TASK_SEND_OBSERVATIONS, sent.by(), Map.of());
    }

    void onRevocationDecided(@Observes RevocationDecided decided) {
        complete(decided.submissionId(), FundingProcessModel.TASK_DECIDE_REVOCATION, decided.by(),
                Map.of(FundingProcessModel.VAR_REVOKE, decided.revoke()));
    }

    /** Completes the one open task of this key as the person who acted (the history names them). */
    private void complete(long submissionId, String key, String by, Map<String, Object> variables) {
        List<Task> open = open(submissionId, key);
        if (open.size() != 1) {
            LOG.warnf("An act on the funding of submission %d found %d open task(s) %s in its process",
                    submissionId, open.size(), key);
            return;
        }
        ProposalProcess.concurrently(() -> {
            tasks.setAssignee(open.get(0).getId(), by);
            tasks.complete(open.get(0).getId(), new HashMap<>(variables));
        });
    }

    private void correlate(long submissionId, String message) {
        ProposalProcess.concurrently(() -> {
            if (runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(FundingProcessModel.businessKey(submissionId))
                    .correlateAllWithResult().isEmpty()) {
                LOG.warnf("The funding process of submission %d does not wait for %s", submissionId, message);
            }
        });
    }

    private List<Task> open(long submissionId, String key) {
        return tasks.createTaskQuery().processDefinitionKey(FundingProcessModel.KEY)
                .processInstanceBusinessKey(FundingProcessModel.businessKey(submissionId)).taskDefinitionKey(key)
                .list();
    }

    private static long submissionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(FundingProcessModel.VAR_SUBMISSION_ID)).longValue();
    }
}
