package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.openbando.eligibility.ProcessHistory;

/** The status timeline of a proposal from the engine's history of its process (history level full). */
@ApplicationScoped
public class CamundaProcessHistory implements ProcessHistory {

    /** The steps a person cares about: what was done and decided, and the terms that lapsed. */
    private static final Set<String> SHOWN = Set.of("startEvent", "serviceTask", "userTask", "boundaryTimer",
            "endEvent", "receiveTask", "messageStartEvent");

    private final HistoryService history;

    public CamundaProcessHistory(HistoryService history) {
        this.history = history;
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
        return activities.stream().filter(a -> SHOWN.contains(a.getActivityType()))
                .map(a -> new Entry(a.getActivityId(), a.getActivityName(), a.getEndTime().toInstant(),
                        a.getAssignee()))
                .toList();
    }
}
