package org.openbando.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A note in the readiness check: how many incidents are open. It stays UP whatever the number (an incident needs an
 * administrator, not a node taken out of service); the gauge {@code openbando_incidents} is what alerts.
 */
@Readiness
@ApplicationScoped
public class IncidentsHealth implements HealthCheck {

    private final Incidents incidents;

    public IncidentsHealth(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Incidents").up().withData("open", incidents.count())
                .withData("page", "/admin/incidents").build();
    }
}
