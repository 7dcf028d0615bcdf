package org.openbando.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The outbox's sender, {@code openbando.outbox.*}: how often it looks for due messages ({@code every}, a Quarkus
 * scheduler period such as {@code 10s}; {@code off} in the tests, which call it), how many it sends per round, and
 * after how many failed attempts it gives up on a message (an administrator may retry it).
 */
@ConfigMapping(prefix = "openbando.outbox")
public interface OutboxConfig {

    /** The sender's period, read by its {@code @Scheduled} ({@code off}: never on its own). */
    @WithDefault("10s")
    String every();

    @WithDefault("10")
    int batchSize();

    /** About two days of hourly attempts after the first four pauses. */
    @WithDefault("50")
    int maxAttempts();
}
