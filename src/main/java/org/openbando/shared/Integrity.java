package org.openbando.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every stored hash is checked when its bytes are served (issued documents, submitted snapshots, attachments). A
 * mismatch is an alarm, not a download: an ERROR in the log, the counter {@code openbando_integrity_failures_total}
 * (by kind), an {@link IntegrityFailure} event (the administrators' incidents record it) and a 500 problem
 * {@code integrity-failure}; no byte is served. The check costs one SHA-256 of bytes that are being sent anyway.
 */
@ApplicationScoped
@Startup // the counters exist, at zero, from the start: an alert can watch them before the first failure
public class Integrity {

    public static final String DOCUMENT = "document";
    public static final String SNAPSHOT = "snapshot";
    public static final String ATTACHMENT = "attachment";
    public static final String PROBLEM = "integrity-failure";

    private static final Logger LOG = Logger.getLogger(Integrity.class);

    private final Event<IntegrityFailure> failures;
    private final Clock clock;
    private final Map<String, Counter> counters;

    public Integrity(Event<IntegrityFailure> failures, Clock clock, MeterRegistry registry) {
        this.failures = failures;
        this.clock = clock;
        this.counters = Map.of(DOCUMENT, counter(registry, DOCUMENT), SNAPSHOT, counter(registry, SNAPSHOT),
                ATTACHMENT, counter(registry, ATTACHMENT));
    }

    /**
     * The bytes, when their SHA-256 is the stored one; otherwise the alarm (see the class comment).
     *
     * @param proposalId the proposal they belong to; null for what belongs to a call (a ranking act)
     */
    public byte[] checked(String kind, long id, Long proposalId, byte[] bytes, String storedSha256) {
        String actual = Sha256.of(bytes);
        if (!actual.equals(storedSha256)) {
            throw alarm(kind, id, proposalId, storedSha256, actual);
        }
        return bytes;
    }

    /** The text (hashed as UTF-8), when its SHA-256 is the stored one; otherwise the alarm. */
    public String checked(String kind, long id, Long proposalId, String text, String storedSha256) {
        checked(kind, id, proposalId, text.getBytes(StandardCharsets.UTF_8), storedSha256);
        return text;
    }

    private ProblemException alarm(String kind, long id, Long proposalId, String stored, String actual) {
        IntegrityFailure failure = new IntegrityFailure(kind, id, proposalId, stored, actual, clock.instant());
        LOG.errorf("INTEGRITY FAILURE: the stored %s %d%s no longer has its SHA-256 (stored %s, now %s): "
                + "not served; restore it from a backup", kind, id, failure.owner(), stored, actual);
        Counter counter = counters.get(kind);
        if (counter != null) {
            counter.increment();
        }
        try {
            failures.fire(failure);
        } catch (RuntimeException e) { // the alarm is raised anyway: the log and the counter have it
            LOG.error("The integrity failure " + failure.subject() + " could not be recorded as an incident", e);
        }
        return new ProblemException(500, PROBLEM, "Integrity failure", "The stored " + kind + " " + id
                + " does not match the hash recorded when it was stored: it is not served, and the administrators "
                + "are alerted", List.of());
    }

    private static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder("openbando.integrity.failures").tag("kind", kind)
                .description("Stored bytes whose SHA-256 no longer matched when they were to be served")
                .register(registry);
    }
}
