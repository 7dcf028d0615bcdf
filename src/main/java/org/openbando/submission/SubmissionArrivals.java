package org.openbando.submission;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant a submission's request arrived: whether it is in time is judged on it (docs/adr/0006), not on the
 * instant the register stores it. Stamped by a Vert.x filter on the event loop, before authentication, before the
 * request waits for a worker thread, a permit or the register: what queues in the server does not make it late.
 */
@ApplicationScoped
class SubmissionArrivals {

    private static final String KEY = "openbando.submission.arrivedAt";
    /** Above the HTTP authentication handlers (which run at priorities of a few hundred). */
    private static final int PRIORITY = 10_000;

    private final Clock clock;
    private final CurrentVertxRequest request;

    SubmissionArrivals(Clock clock, CurrentVertxRequest request) {
        this.clock = clock;
        this.request = request;
    }

    void stamp(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && rc.request().path().endsWith("/submit")) {
                rc.put(KEY, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            }
            rc.next();
        }, PRIORITY);
    }

    /** When the current request arrived; now, outside a request that was stamped (a call from the server itself). */
    Instant arrivedAt() {
        if (Arc.container().requestContext().isActive()) {
            RoutingContext rc = request.getCurrent();
            Instant stamped = rc == null ? null : rc.get(KEY);
            if (stamped != null) {
                return stamped;
            }
        }
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
