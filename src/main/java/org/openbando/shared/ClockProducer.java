package org.openbando.shared;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock: the server's, in Europe/Rome. Tests replace it with a clock they move. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ROME);
    }
}
