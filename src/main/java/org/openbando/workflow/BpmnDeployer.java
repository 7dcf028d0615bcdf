package org.openbando.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.jboss.logging.Logger;

/**
 * Deploys the process models when the engine starts. Duplicate filtering keeps a restart from creating a new version
 * of an unchanged model; a changed model becomes the next version, and running instances keep theirs.
 */
@ApplicationScoped
public class BpmnDeployer {

    private static final Logger LOG = Logger.getLogger(BpmnDeployer.class);

    private final RepositoryService repository;

    public BpmnDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    void onEngineStarted(@Observes CamundaEngineStartupEvent event) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name("openbando")
                .source("openbando")
                .enableDuplicateFiltering(true);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String resource : ProcessKeys.RESOURCES) {
            try (InputStream model = loader.getResourceAsStream(resource)) {
                if (model == null) {
                    throw new IllegalStateException("Process model " + resource + " is not on the classpath");
                }
                deployment.addString(resource, new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        LOG.infof("Deployed process models %s", ProcessKeys.RESOURCES);
    }
}
