package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.openbando.proposal.ProcessHistory;

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
    public List<Entry> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished()
                .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list();
        return activities.stream().filter(a -> SHOWN.contains(a.getActivityType()))
                .map(a -> new Entry(a.getActivityId(), a.getActivityName(), a.getEndTime().toInstant(),
                        a.getAssignee()))
                .toList();
    }
}
