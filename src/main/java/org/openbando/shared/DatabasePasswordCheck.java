package org.openbando.shared;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The packaged application refuses to start without a database password ({@code OPENBANDO_DB_PASSWORD}): it has no
 * default in production, and an unset variable would otherwise leave the password empty (finding L7).
 */
@ApplicationScoped
public class DatabasePasswordCheck {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        check(LaunchMode.current(), password);
    }

    /** Refuses a missing or blank password in the packaged application (dev mode and tests have their own). */
    static void check(LaunchMode mode, Optional<String> password) {
        if (mode == LaunchMode.NORMAL && password.filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalStateException("Set OPENBANDO_DB_PASSWORD: the packaged application has no default"
                    + " database password");
        }
    }
}
