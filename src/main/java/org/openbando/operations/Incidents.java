package org.openbando.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.IntegrityFailure;
import org.openbando.shared.ProblemException;
import org.openbando.submission.ProcessStarts;

/**
 * The incidents an administrator must see and act on, from three places: the engine's (a job that failed every
 * retry), the submissions whose process could not start, and the integrity alarms. Each has a stable id that says its
 * kind: {@code engine-<engine's id>}, {@code start-<submission id>}, {@code integrity-<n>}. The gauge
 * {@code openbando_incidents} (by kind) counts the open ones at every scrape.
 */
@ApplicationScoped
@Startup // the gauge is registered at start, not at the first visit of the page
public class Incidents {

    public static final String FAILED_JOB = "FAILED_JOB";
    public static final String PROCESS_START = "PROCESS_START";
    public static final String INTEGRITY = "INTEGRITY";

    /** The most incidents of each kind a list shows (the gauge counts them all). */
    static final int MAX_LISTED = 200;

    private static final Logger LOG = Logger.getLogger(Incidents.class);

    /**
     * An open incident.
     *
     * @param id          stable, with its kind as prefix: what {@code retry} and {@code close} take
     * @param kind        {@link #FAILED_JOB}, {@link #PROCESS_START} or {@link #INTEGRITY}
     * @param subject     what failed: the process and its business key, a submission, a stored object
     * @param activityId  the element of the process model that failed (failed jobs)
     * @param message     the cause
     * @param since       when it was first raised
     * @param lastSeen    when it was last seen (equal to since for the engine's incidents)
     * @param occurrences how often it was seen (attempts to start a process; downloads refused)
     * @param nextAttempt when the starter tries again by itself (failed process starts)
     * @param retryable   whether {@code retry} applies (failed jobs and process starts)
     * @param closable    whether {@code close} applies (integrity alarms, once the bytes are restored)
     */
    public record Incident(String id, String kind, String subject, Long proposalId, String activityId, String message,
            Instant since, Instant lastSeen, int occurrences, Instant nextAttempt, boolean retryable,
            boolean closable) {
    }

    /**
     * What a retry did.
     *
     * @param outcome {@code SCHEDULED} (the job runs again at once, in the job executor), {@code STARTED} (the
     *                process started now) or {@code FAILED_AGAIN} (starting it failed again: {@code detail} says why)
     */
    public record Retry(String id, String outcome, String detail) {
    }

    private final EngineIncidents engine;
    private final ProcessStarts starts;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    public Incidents(EngineIncidents engine, ProcessStarts starts, CurrentUser currentUser, EntityManager em,
            Clock clock, MeterRegistry registry) {
        this.engine = engine;
        this.starts = starts;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        gauge(registry, "failed_job", Incidents::countEngine);
        gauge(registry, "process_start", i -> i.starts.countFailed());
        gauge(registry, "integrity", Incidents::countIntegrity);
    }

    /** Every open incident, newest first (at most {@value #MAX_LISTED} of each kind). */
    public List<Incident> list() {
        List<Incident> all = new ArrayList<>();
        engine.list(MAX_LISTED).forEach(e -> all.add(new Incident("engine-" + e.id(), FAILED_JOB,
                e.process() + " " + e.businessKey(), e.proposalId(), e.activityId(), e.message(), e.since(),
                e.since(), 1, null, "failedJob".equals(e.type()), false)));
        starts.failed().forEach(f -> all.add(new Incident("start-" + f.submissionId(), PROCESS_START,
                "submission " + f.submissionId(), f.proposalId(), null, f.error(), f.failedAt(), f.failedAt(),
                f.attempts(), f.retryAt(), true, false)));
        openIntegrity().forEach(a -> all.add(new Incident("integrity-" + a.id, INTEGRITY, a.subject, a.proposalId,
                null, a.message, a.firstAt, a.lastAt, a.occurrences, null, false, true)));
        all.sort(Comparator.comparing(Incident::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /** How many incidents are open, of every kind. */
    public long count() {
        return countEngine() + starts.countFailed() + countIntegrity();
    }

    /**
     * Retries what failed: the engine's job gets one more attempt, due at once; a submission's process is started
     * now (a failure is recorded again, with its cause).
     *
     * @throws ProblemException 404 when there is no such open incident, 409 {@code not-retryable} for an integrity
     *         alarm (restore the bytes, then close it)
     */
    public Retry retry(String id) {
        if (id.startsWith("engine-")) {
            if (!engine.retry(id.substring("engine-".length()))) {
                throw notFound(id);
            }
            LOG.infof("%s retried the job of incident %s", currentUser.username(), id);
            return new Retry(id, "SCHEDULED", "The job runs again at once; should it fail, the incident is raised "
                    + "again");
        }
        if (id.startsWith("start-")) {
            long submissionId = number(id, "start-");
            if (!starts.retryNow(submissionId)) {
                throw notFound(id);
            }
            LOG.infof("%s retried the start of the process of submission %d", currentUser.username(), submissionId);
            if (engine.startNow(submissionId)) {
                return new Retry(id, "STARTED", "The process of submission " + submissionId + " started");
            }
            String cause = starts.failed().stream().filter(f -> f.submissionId() == submissionId).findFirst()
                    .map(ProcessStarts.FailedStart::error).orElse("it no longer waits for its process");
            return new Retry(id, "FAILED_AGAIN", cause);
        }
        if (id.startsWith("integrity-")) {
            openIntegrity(number(id, "integrity-"));
            throw ProblemException.conflict("not-retryable", "An integrity failure is not retried: restore the "
                    + "stored bytes from a backup, then close the incident");
        }
        throw notFound(id);
    }

    /**
     * Closes an integrity alarm once the bytes are restored (a download that still finds them altered raises a new
     * one).
     *
     * @throws ProblemException 404 when there is no such open incident, 409 {@code not-closable} for the others
     *         (they close when what failed succeeds)
     */
    @Transactional
    public Incident close(String id) {
        if (!id.startsWith("integrity-")) {
            if (id.startsWith("engine-") || id.startsWith("start-")) {
                throw ProblemException.conflict("not-closable", "Incident " + id + " closes by itself when what "
                        + "failed succeeds: retry it");
            }
            throw notFound(id);
        }
        AppIncident incident = openIntegrity(number(id, "integrity-"));
        incident.closedAt = clock.instant();
        incident.closedBy = currentUser.username();
        LOG.infof("%s closed incident %s (%s)", currentUser.username(), id, incident.subject);
        return new Incident(id, INTEGRITY, incident.subject, incident.proposalId, null, incident.message,
                incident.firstAt, incident.lastAt, incident.occurrences, null, false, false);
    }

    /**
     * Records an integrity alarm: one open incident per stored object, counting how often it is seen. In its own
     * transaction: the request that found it fails, the record stays.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onIntegrityFailure(@Observes IntegrityFailure failure) {
        em.createNativeQuery("insert into openbando.incident as i (kind, subject, proposal_id, message, occurrences, "
                + "first_at, last_at) values (?1, ?2, ?3, ?4, 1, ?5, ?5) on conflict (kind, subject) "
                + "where closed_at is null do update set occurrences = i.occurrences + 1, last_at = excluded.last_at, "
                + "message = excluded.message")
                .setParameter(1, INTEGRITY).setParameter(2, failure.subject()).setParameter(3, failure.proposalId())
                .setParameter(4, "The stored " + failure.kind() + " " + failure.id() + failure.owner() + " no longer has its SHA-256 (stored " + failure.stored() + ", now "
                        + failure.actual() + "): it is not served; restore it from a backup")
                .setParameter(5, failure.seenAt().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Transactional
    List<AppIncident> openIntegrity() {
        return AppIncident.<AppIncident>find("kind = ?1 and closedAt is null order by lastAt desc", INTEGRITY)
                .page(0, MAX_LISTED).list();
    }

    private AppIncident openIntegrity(long id) {
        AppIncident incident = AppIncident.findById(id);
        if (incident == null || incident.closedAt != null || !INTEGRITY.equals(incident.kind)) {
            throw notFound("integrity-" + id);
        }
        return incident;
    }

    private long countEngine() {
        return engine.count();
    }

    @Transactional
    long countIntegrity() {
        return AppIncident.count("kind = ?1 and closedAt is null", INTEGRITY);
    }

    private void gauge(MeterRegistry registry, String kind, ToLongFunction<Incidents> count) {
        Gauge.builder("openbando.incidents", this, i -> {
            try {
                return count.applyAsLong(i);
            } catch (RuntimeException e) { // the database is away: the health check says so
                return Double.NaN;
            }
        }).tag("kind", kind).description("Open incidents: /admin/incidents lists them").register(registry);
    }

    private static long number(String id, String prefix) {
        try {
            return Long.parseLong(id.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Open incident", id);
    }
}
