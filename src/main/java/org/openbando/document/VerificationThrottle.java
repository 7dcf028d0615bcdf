package org.openbando.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.shared.ProblemException;

/**
 * A bound on the public verification's requests per client address: at most {@code requests-per-minute} lookups
 * (by code or by file) per address in each minute of the clock; beyond it 429 with {@code Retry-After} until the
 * minute ends, before anything is read. Codes have 80 random bits, so guessing them is hopeless anyway: the bound keeps
 * the endpoint cheap, not secret. The counters live in this process, in a map of bounded size (the least recently used
 * address goes first), as {@code identity.LoginThrottle}'s do.
 */
@ApplicationScoped
public class VerificationThrottle {

    private record Window(long minute, int count) {
    }

    private final Clock clock;
    private final int perMinute;
    private final Map<String, Window> windows;

    public VerificationThrottle(Clock clock,
            @ConfigProperty(name = "openbando.document-verification.requests-per-minute") int perMinute,
            @ConfigProperty(name = "openbando.document-verification.tracked") int tracked) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.windows = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > tracked;
            }
        });
    }

    /**
     * Counts a request of the address; refuses it (429 {@code too-many-verifications}, {@code Retry-After} the seconds
     * left in the minute) when the address has made {@code requests-per-minute} already in this minute.
     */
    public void admit(String address) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        String key = address == null ? "unknown" : address;
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute ? new Window(minute, 1)
                : new Window(minute, w.count() + 1));
        if (window.count() > perMinute) {
            long millis = Duration.between(now, Instant.ofEpochSecond((minute + 1) * 60)).toMillis();
            throw new ProblemException(429, "too-many-verifications", "Too many verifications",
                    "At most " + perMinute + " verifications a minute from one address: try again in a minute",
                    java.util.List.of()).retryAfter((int) Math.max(1, (millis + 999) / 1000));
        }
    }
}
