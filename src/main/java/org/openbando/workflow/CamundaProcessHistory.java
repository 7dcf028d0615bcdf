package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.openbando.eligibility.ProcessHistory;

/** The status timeline of a proposal from the engine's history of its process (history level full). */
@ApplicationScoped
public class CamundaProcessHistory implements ProcessHistory {

    /** The steps a person cares about: what was done and decided, and the terms that lapsed. */
    private static final Set<String> SHOWN = Set.of("startEvent", "serviceTask", "userTask", "boundaryTimer",
            "endEvent", "noneEndEvent", "receiveTask", "messageStartEvent");

    private final HistoryService history;
    private final RepositoryService repository;

    public CamundaProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    @Override
    public List<Entry> of(long submissionId) {
        // one instance per submission; the latest, should a test database keep the history of an earlier run
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProposalProcessModel.KEY)
                .processInstanceBusinessKey(ProposalProcessModel.businessKey(submissionId))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instances.isEmpty()) { // not started yet
            return List.of();
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instances.get(0).getId()).finished()
                .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list();
        BpmnModelInstance model = repository.getBpmnModelInstance(instances.get(0).getProcessDefinitionId());
        return activities.stream().filter(a -> SHOWN.contains(a.getActivityType()) && shown(model, a.getActivityId()))
                .map(a -> new Entry(a.getActivityId(), a.getActivityName(), a.getEndTime().toInstant(),
                        a.getAssignee()))
                .toList();
    }

    /**
     * Blindness: of the evaluation, the timeline (which the applicant reads) shows only that it opened and that it
     * concluded, never the experts, their answers and terms, nor whether the proposal is fundable (read with the
     * ranking); the officers' evaluation board shows the rest.
     */
    static boolean shown(BpmnModelInstance model, String activityId) {
        if (EvaluationProcessModel.HIDDEN_FROM_TIMELINE.contains(activityId)) {
            return false;
        }
        if (EvaluationProcessModel.SHOWN_IN_TIMELINE.contains(activityId)) {
            return true;
        }
        for (ModelElementInstance e = model.getModelElementById(activityId); e != null; e = e.getParentElement()) {
            if (e instanceof org.camunda.bpm.model.bpmn.instance.BaseElement b
                    && EvaluationProcessModel.TASK_EVALUATION.equals(b.getId())) {
                return false;
            }
        }
        return true;
    }
}
