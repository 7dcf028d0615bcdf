package org.openbando.identity;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The packaged application refuses to start without a session key of at least 32 characters
 * ({@code OPENBANDO_SESSION_KEY}): Quarkus would otherwise invent one at the first login and write it to the log.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MINIMUM_LENGTH = 32;

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        if (LaunchMode.current() == LaunchMode.NORMAL && !isStrong(key)) {
            throw new IllegalStateException("Set OPENBANDO_SESSION_KEY to a random secret of at least "
                    + MINIMUM_LENGTH + " characters: it encrypts the login cookies");
        }
    }

    static boolean isStrong(Optional<String> key) {
        return key.map(String::trim).filter(k -> k.length() >= MINIMUM_LENGTH).isPresent();
    }
}
