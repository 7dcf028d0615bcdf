package org.openbando.notification;

import java.time.Duration;

/** How long the sender waits before it tries a message again, after its n-th failed attempt. */
final class Backoff {

    private static final Duration[] PAUSES = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60)};

    private Backoff() {
    }

    /** 1 minute after the first failure, 5 after the second, 15 after the third, then every hour. */
    static Duration after(int failedAttempts) {
        return PAUSES[Math.max(0, Math.min(failedAttempts, PAUSES.length) - 1)];
    }
}
