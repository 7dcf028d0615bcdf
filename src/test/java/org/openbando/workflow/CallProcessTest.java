package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;
import static org.openbando.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/** The life of a call (bpmn/call.bpmn), driven by executing its timer jobs, never by waiting. */
@QuarkusTest
class CallProcessTest {

    @Inject
    ProcessEngine engine;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void publishingStartsTheProcessThatOpensAndClosesTheCallOnItsTimers() {
        Map<String, Object> body = Api.call("PROC-LIFE", 2, 40);
        long id = createAndPublish(body);
        anonymous().get("/api/calls/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        ProcessInstance process = processOf(id);
        assertThat(process).isStarted().isWaitingAt("Timer_Opening");
        Job opening = timer(process);
        assertThat(opening.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse((String) body.get("opensAt")).toInstant());

        engine.getManagementService().executeJob(opening.getId());
        assertThat(process).isWaitingAt("Timer_Deadline").hasPassed("Task_OpenCall");
        anonymous().get("/api/calls/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        Job deadline = timer(process);
        assertThat(deadline.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse((String) body.get("deadlineAt")).toInstant());

        engine.getManagementService().executeJob(deadline.getId());
        assertThat(process).hasPassed("Task_CloseCall").isWaitingAt("Task_DraftRanking"); // nothing submitted: no evaluation
        anonymous().get("/api/calls/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        as(TestFixtures.AUDITOR).get("/api/calls/" + id).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void aDraftHasNoProcessAndAFailedPublicationStartsNone() {
        Map<String, Object> body = Api.call("PROC-DRAFT", 1, 20);
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CallProcess.businessKey(id)).count()).isZero();

        // publishing twice: the second attempt is refused and leaves exactly one process
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(409);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CallProcess.businessKey(id)).count()).isEqualTo(1);
    }

    private long createAndPublish(Map<String, Object> body) {
        long id = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    private ProcessInstance processOf(long callId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CallProcess.businessKey(callId)).singleResult();
    }

    private Job timer(ProcessInstance process) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
        assertThat(job).as("the process waits on exactly one timer").isNotNull();
        return job;
    }
}
