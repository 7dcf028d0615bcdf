package org.openbando.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

/**
 * Proves that the engine settings of application.properties reach Camunda on Quarkus 3.33 (which needs
 * quarkus.extension-loader.report-runtime-config-at-deployment=warn, see docs/adr/0001-stack-and-versions.md), and
 * that every model under bpmn/ is deployed with the 10-year history time to live.
 */
@QuarkusTest
class EngineConfigurationTest {

    @Inject
    ProcessEngine engine;

    @Test
    void appliesTheConfiguredEngineSettings() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        // the test profile switches the job executor off so that tests run timers themselves
        assertThat(configuration.isJobExecutorActivate()).isFalse();
        assertThat(configuration.getJobExecutor().getMaxJobsPerAcquisition()).isEqualTo(10);
        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    }

    @Test
    void deploysEveryModelOfTheBpmnFolderWithTenYearsOfHistory() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            assertThat(files.map(f -> "bpmn/" + f.getFileName()).filter(n -> n.endsWith(".bpmn")))
                    .containsExactlyInAnyOrderElementsOf(ProcessKeys.RESOURCES);
        }
        ProcessDefinition call = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.CALL).latestVersion().singleResult();
        assertThat(call).isNotNull();
        assertThat(call.getHistoryTimeToLive()).isEqualTo(3650);
    }
}
