package org.openbando.shared;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The one clock: the server's, in Europe/Rome. Tests replace it with a clock they move. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /**
     * The last day of a term ending at this instant, in Rome: the day before when it ends as a day begins (terms of
     * days end at the end of their last day), otherwise its own day.
     */
    /** An instant as people read it in API messages: Rome's time with its offset, e.g. 2026-03-14T00:00+01:00. */
    public static OffsetDateTime inRome(Instant instant) {
        return instant.atZone(ROME).toOffsetDateTime();
    }

    public static LocalDate lastDayOf(Instant termEnd) {
        return termEnd.atZone(ROME).minusNanos(1).toLocalDate();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ROME);
    }
}
