package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.openbando.operations.EngineIncidents;

/**
 * The engine's incidents for the administrators: a job that failed every retry of its model's
 * {@code failedJobRetryTimeCycle} becomes an incident, listed with the proposal of its process; a retry gives the job
 * one more attempt, due at once. A process start that failed is retried by {@link ProposalProcessStarter#startOne}.
 */
@ApplicationScoped
public class CamundaIncidents implements EngineIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProposalProcessStarter starter;
    private final Clock clock;

    public CamundaIncidents(RuntimeService runtime, ManagementService management, ProposalProcessStarter starter,
            Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public List<EngineIncident> list(int max) {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, max);
        if (incidents.isEmpty()) {
            return List.of();
        }
        String[] instances = incidents.stream().map(Incident::getProcessInstanceId).filter(id -> id != null)
                .distinct().toArray(String[]::new);
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (instances.length > 0) {
            runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instances)).list()
                    .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
            for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                    .variableNameIn(ProposalProcessModel.VAR_PROPOSAL_ID, ProposalProcessModel.VAR_SUBMISSION_ID)
                    .list()) {
                variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(),
                        v.getValue());
            }
        }
        return incidents.stream().map(i -> {
            Map<String, Object> vars = variables.getOrDefault(i.getProcessInstanceId(), Map.of());
            return new EngineIncident(i.getId(), i.getIncidentType(), processKey(i.getProcessDefinitionId()),
                    businessKeys.get(i.getProcessInstanceId()), id(vars.get(ProposalProcessModel.VAR_PROPOSAL_ID)),
                    id(vars.get(ProposalProcessModel.VAR_SUBMISSION_ID)), i.getActivityId(), i.getIncidentMessage(),
                    i.getIncidentTimestamp().toInstant());
        }).toList();
    }

    @Override
    public long count() {
        return runtime.createIncidentQuery().count();
    }

    @Override
    public boolean retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            return false;
        }
        // the incident's configuration is the failed job's id; retries above 0 resolve the incident
        management.setJobRetries(1).jobId(incident.getConfiguration()).dueDate(Date.from(clock.instant())).execute();
        return true;
    }

    @Override
    public boolean startNow(long submissionId) {
        return starter.startOne(submissionId);
    }

    /** {@code ProposalProcess:3:abc} is version 3 of {@code ProposalProcess}. */
    private static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.split(":", 2)[0];
    }

    private static Long id(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
