package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * Every model in bpmn/ against the Java that runs it, without starting the engine: each delegate expression names a
 * bean of the workflow package, and each element id, message and variable that Java uses (the constants of
 * {@link ProposalProcessModel}, {@link EvaluationProcessModel} and {@link CallProcessModel}) is in its model.
 */
class ProcessModelTest {

    static final Path MODELS = Path.of("bpmn");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    @Test
    void everyDelegateExpressionOfEveryModelNamesABeanOfTheWorkflow() throws IOException {
        Set<String> beans = namedBeans();
        assertThat(beans).contains("issueReceiptDelegate", "openCallDelegate");
        List<String> missing = new ArrayList<>();
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<String> expressions = new ArrayList<>();
            model.getModelElementsByType(ServiceTask.class).forEach(t -> expressions.add(t.getCamundaDelegateExpression()));
            model.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
            model.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
            for (String expression : expressions) {
                if (expression == null) {
                    continue;
                }
                Matcher m = EXPRESSION.matcher(expression);
                if (!m.matches() || !beans.contains(m.group(1))) {
                    missing.add(file.getFileName() + ": " + expression);
                }
            }
        }
        assertThat(missing).as("delegate expressions without a @Named bean in org.openbando.workflow").isEmpty();
    }

    @Test
    void everyIdMessageAndVariableJavaUsesIsInItsModel() throws Exception {
        check(ProposalProcessModel.class, MODELS.resolve("proposal.bpmn"));
        check(EvaluationProcessModel.class, MODELS.resolve("proposal.bpmn"));
        check(CallProcessModel.class, MODELS.resolve("call.bpmn"));
        check(FundingProcessModel.class, MODELS.resolve("funding.bpmn"));
    }

    @Test
    void theKeysAreTheModelsProcessIds() {
        Object proposal = Bpmn.readModelFromFile(MODELS.resolve("proposal.bpmn").toFile())
                .getModelElementById(ProposalProcessModel.KEY);
        Object call = Bpmn.readModelFromFile(MODELS.resolve("call.bpmn").toFile())
                .getModelElementById(CallProcessModel.KEY);
        Object funding = Bpmn.readModelFromFile(MODELS.resolve("funding.bpmn").toFile())
                .getModelElementById(FundingProcessModel.KEY);
        assertThat(proposal).isNotNull();
        assertThat(call).isNotNull();
        assertThat(funding).isNotNull();
    }

    /**
     * M13: every element that makes a job (an asynchronous continuation, a timer) retries on a cycle of its own
     * instead of the engine's three immediate attempts, so that a failure that lasts (a database restarting) is
     * outlived, and one that does not pass becomes an incident on the administrators' page.
     */
    @Test
    void everyJobOfEveryModelRetriesOnACycle() throws IOException {
        List<String> without = new ArrayList<>();
        int jobs = 0;
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean timer = node instanceof CatchEvent e && e.getEventDefinitions().stream()
                        .anyMatch(d -> d instanceof TimerEventDefinition);
                if (!timer && !node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter()) {
                    continue;
                }
                jobs++;
                String cycle = node.getExtensionElements() == null ? null : node.getExtensionElements()
                        .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                        .map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse(null);
                if (cycle == null || !cycle.matches("R\\d+/PT\\d+[SMH]")) {
                    without.add(file.getFileName() + ": " + node.getId() + " (" + cycle + ")");
                }
            }
        }
        assertThat(jobs).isGreaterThanOrEqualTo(10);
        assertThat(without).as("jobs without camunda:failedJobRetryTimeCycle (e.g. R5/PT1M)").isEmpty();
    }

    /**
     * The evaluation sub-process as the design names it: the seats are a parallel multi-instance whose expert's work
     * carries the reminder (non-interrupting), the term and the removal (interrupting) and the caught decline, all
     * leading the seat back to the officer; the timers read the seat's local dates; every end of a proposal that
     * matters to its call (evaluated either way, inadmissible) tells the call.
     */
    @Test
    void theEvaluationSubProcessHasItsSeatsTimersAndEnds() {
        BpmnModelInstance model = Bpmn.readModelFromFile(MODELS.resolve("proposal.bpmn").toFile());
        org.camunda.bpm.model.bpmn.instance.SubProcess seat = model.getModelElementById("SubProcess_Seat");
        assertThat(seat.getLoopCharacteristics()).isInstanceOf(
                org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics.class);
        assertThat(((org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics) seat
                .getLoopCharacteristics()).isSequential()).isFalse();
        List<String> boundaries = new ArrayList<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo().getId().equals("SubProcess_ExpertWork"))
                .forEach(b -> boundaries.add(b.getId() + ":" + b.cancelActivity() + "->"
                        + b.getOutgoing().iterator().next().getTarget().getId()));
        assertThat(boundaries).containsExactlyInAnyOrder("Timer_Reminder:false->Task_Remind",
                "Timer_Term:true->Task_TermLapsed", "Boundary_Declined:true->Task_Reassign",
                "Boundary_ExpertRemoved:true->Task_Reassign");
        String text = model.getModelElementById("TimerDef_Term").getDomElement().getTextContent();
        assertThat(text).contains("${" + EvaluationProcessModel.VAR_EXPERT_DUE_AT + "}");
        assertThat(model.getModelElementById("TimerDef_Reminder").getDomElement().getTextContent())
                .contains("${" + EvaluationProcessModel.VAR_EXPERT_REMIND_AT + "}");
        for (String end : List.of("End_EvaluatedFundable", "End_EvaluatedNotFundable", "End_Inadmissible")) {
            FlowNode node = model.getModelElementById(end);
            assertThat(node.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
                    .list()).as(end).extracting(CamundaExecutionListener::getCamundaDelegateExpression)
                    .containsExactly("${callPhaseListener}");
        }
        assertThat(((ServiceTask) model.getModelElementById("Task_IssueEvaluationReport")).isCamundaAsyncBefore())
                .isTrue();
    }

    /**
     * Issue 14 in the call's model: after the evaluation phase the ranking is drafted (asynchronously), approved by
     * officers, published (asynchronously) and funded; the reserve list runs until its validity timer interrupts it,
     * money freed reaches it as a non-interrupting event sub-process; the call ends concluded.
     */
    @Test
    void theCallModelRanksFundsAndKeepsTheReserveListUntilItExpires() {
        BpmnModelInstance model = Bpmn.readModelFromFile(MODELS.resolve("call.bpmn").toFile());
        assertThat((Object) model.getModelElementById("Task_Ranking")).isNull();
        assertThat(((ServiceTask) model.getModelElementById(CallProcessModel.TASK_DRAFT_RANKING)).isCamundaAsyncBefore())
                .isTrue();
        assertThat(((ServiceTask) model.getModelElementById(CallProcessModel.TASK_PUBLISH_RANKING))
                .isCamundaAsyncBefore()).isTrue();
        assertThat(path(model, "Task_EvaluationPhase")).containsExactly("Task_DraftRanking", "Task_ApproveRanking",
                "Task_PublishRanking", "Task_StartFunding", "SubProcess_ReserveList");
        assertThat(((FlowNode) model.getModelElementById("Gateway_EvaluationPending")).getOutgoing())
                .extracting(f -> f.getTarget().getId()).containsExactlyInAnyOrder("Task_EvaluationPhase",
                        "Task_DraftRanking");
        org.camunda.bpm.model.bpmn.instance.BoundaryEvent expired = model.getModelElementById(
                CallProcessModel.TASK_TIMER_RESERVE_EXPIRED);
        assertThat(expired.getAttachedTo().getId()).isEqualTo(CallProcessModel.TASK_RESERVE_LIST);
        assertThat(expired.cancelActivity()).isTrue();
        assertThat(model.getModelElementById("TimerDef_ReserveExpired").getDomElement().getTextContent())
                .contains("${" + CallProcessModel.VAR_RESERVE_VALID_UNTIL + "}");
        assertThat(path(model, CallProcessModel.TASK_TIMER_RESERVE_EXPIRED)).containsExactly("Task_ReserveExpired",
                "Task_ConcludeCall", "EndEvent_CallConcluded");
        org.camunda.bpm.model.bpmn.instance.SubProcess freed = model.getModelElementById(
                CallProcessModel.TASK_MONEY_FREED);
        assertThat(freed.triggeredByEvent()).isTrue();
        assertThat(freed.getParentElement()).isSameAs(model.getModelElementById(CallProcessModel.TASK_RESERVE_LIST));
        org.camunda.bpm.model.bpmn.instance.StartEvent start = model.getModelElementById("StartEvent_MoneyFreed");
        assertThat(start.isInterrupting()).isFalse();
        assertThat(path(model, "StartEvent_MoneyFreed")).containsExactly("Task_OfferReserve", "Gateway_Proposed");
        assertThat(path(model, "Task_ConfirmMoveUp")).containsExactly("Task_StartMovedUpFunding", "End_MovedUp");
    }

    /**
     * The funding model as the design names it: concession, decision (asynchronous), then acceptance with its
     * interrupting term, and on Line B the joining term, the notice with its observations term (a membership confirmed
     * meanwhile interrupts it), the officer's decision and the revocation; renunciation after acceptance interrupts
     * the process, a partial renunciation does not.
     */
    @Test
    void theFundingModelHasItsTermsNoticeAndRenunciations() {
        BpmnModelInstance model = Bpmn.readModelFromFile(MODELS.resolve("funding.bpmn").toFile());
        assertThat(path(model, "StartEvent_Funded")).startsWith("Task_OpenConcession", "Task_Concession",
                "Task_IssueFundingDecision", "Gateway_Decided");
        assertThat(((ServiceTask) model.getModelElementById("Task_OpenConcession")).isCamundaAsyncBefore()).isTrue();
        assertThat(((ServiceTask) model.getModelElementById("Task_IssueFundingDecision")).isCamundaAsyncBefore())
                .isTrue();
        List<String> boundaries = new ArrayList<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class)
                .forEach(b -> boundaries.add(b.getId() + ":" + b.getAttachedTo().getId() + ":" + b.cancelActivity()
                        + "->" + b.getOutgoing().iterator().next().getTarget().getId()));
        assertThat(boundaries).containsExactlyInAnyOrder(
                "Timer_AcceptanceTerm:Task_AcceptGrant:true->Task_Forfeit",
                "Timer_JoiningTerm:Task_ProveMembership:true->Task_IssueRevocationNotice",
                "Timer_ObservationsTerm:Task_SendObservations:true->Task_DecideRevocation",
                "Boundary_MembershipConfirmed:SubProcess_Notice:true->Gateway_ObligationMet");
        for (String[] timer : List.of(new String[] {"TimerDef_AcceptanceTerm", FundingProcessModel.VAR_ACCEPT_BY},
                new String[] {"TimerDef_JoiningTerm", FundingProcessModel.VAR_JOINING_DUE_AT},
                new String[] {"TimerDef_ObservationsTerm", FundingProcessModel.VAR_OBSERVATIONS_DUE_AT})) {
            assertThat(model.getModelElementById(timer[0]).getDomElement().getTextContent())
                    .contains("${" + timer[1] + "}");
        }
        for (String end : List.of("End_Forfeited", "End_Renounced", "End_Revoked", "End_RenouncedAfterAcceptance")) {
            org.camunda.bpm.model.bpmn.instance.EndEvent node = model.getModelElementById(end);
            assertThat(node.getEventDefinitions()).as(end).hasOnlyElementsOfType(
                    org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition.class).hasSize(1);
        }
        assertThat(((org.camunda.bpm.model.bpmn.instance.StartEvent) model.getModelElementById(
                "StartEvent_Renounced")).isInterrupting()).isTrue();
        assertThat(((org.camunda.bpm.model.bpmn.instance.StartEvent) model.getModelElementById(
                "StartEvent_PartRenounced")).isInterrupting()).isFalse();
        // the parallel join waits for one token of each branch: the acceptance, and the obligation met (or none)
        assertThat(((FlowNode) model.getModelElementById("Gateway_Funded")).getIncoming())
                .extracting(f -> f.getSource().getId())
                .containsExactlyInAnyOrder("Gateway_Accepted", "Gateway_ObligationMet");
    }

    /** The chain of single successors from an element (stops at a fork or an end). */
    private static List<String> path(BpmnModelInstance model, String from) {
        List<String> ids = new ArrayList<>();
        FlowNode node = model.getModelElementById(from);
        while (node.getOutgoing().size() == 1 && ids.size() < 20) {
            node = node.getOutgoing().iterator().next().getTarget();
            ids.add(node.getId());
        }
        return ids;
    }

    /** TASK_* are element ids, MESSAGE_* message names, VAR_* names the model's expressions or documentation use. */
    private static void check(Class<?> constants, Path file) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String text = Files.readString(file);
        Set<String> messages = new TreeSet<>();
        model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        List<String> missing = new ArrayList<>();
        for (Field field : constants.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            field.setAccessible(true);
            String value = (String) field.get(null);
            String name = field.getName();
            boolean found = name.startsWith("TASK_") ? model.getModelElementById(value) instanceof BaseElement
                    : name.startsWith("MESSAGE_") ? messages.contains(value)
                    : name.startsWith("VAR_") ? Pattern.compile("\\b" + value + "\\b").matcher(text).find()
                    : true;
            if (!found) {
                missing.add(name + " = " + value);
            }
        }
        assertThat(missing).as("constants of %s not in %s", constants.getSimpleName(), file).isEmpty();
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }

    /** The names of the workflow's @Named beans: classes and producer methods. */
    private static Set<String> namedBeans() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openbando.workflow");
        Set<String> names = new TreeSet<>();
        classes.forEach(c -> {
            c.tryGetAnnotationOfType(Named.class).ifPresent(n -> names.add(n.value()));
            c.getMethods().forEach(m -> m.tryGetAnnotationOfType(Named.class).ifPresent(n -> names.add(n.value())));
        });
        return names;
    }
}
