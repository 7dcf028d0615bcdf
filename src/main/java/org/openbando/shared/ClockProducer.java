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

    /** An instant as people read it in API messages: Rome's time with its offset, e.g. 2026-03-14T00:00+01:00. */
    public static OffsetDateTime inRome(Instant instant) {
        return instant.atZone(ROME).toOffsetDateTime();
    }

    /**
     * The last day of a term ending at this instant, in Rome: the day before when it ends as a day begins (terms of
     * days end at the end of their last day), otherwise its own day.
     */
    public static LocalDate lastDayOf(Instant termEnd) {
        return termEnd.atZone(ROME).minusNanos(1).toLocalDate();
    }

    /**
     * The end of a term of {@code days} days from an act at {@code from}: the start of the day after its last day in
     * Rome (a term of 10 days given on 3 March ends when 14 March begins). The one rule of every term of days
     * (admissibility's requests and notices, the funding decision's acceptance, the Line B joining term, the notice
     * before revocation).
     */
    public static Instant termEnd(Instant from, int days) {
        LocalDate on = from.atZone(ROME).toLocalDate();
        return on.plusDays(days + 1L).atStartOfDay(ROME).toInstant();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ROME);
    }
}
