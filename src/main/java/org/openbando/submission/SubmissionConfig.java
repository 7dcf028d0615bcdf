package org.openbando.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Deadline day (docs/adr/0006-submission-on-deadline-day.md), {@code openbando.submission.*}: at most
 * {@code max-waiting} submission requests are in flight (checking, or waiting to be stored), kept below the worker
 * pool; beyond it a request is refused at once with 503 and {@code Retry-After} (try again with the same key). At
 * most {@code max-concurrent} of them check and prepare at once (the others wait without a database connection); the
 * register stores every submission waiting at that moment in one transaction, at most {@code batch-size}, and gives
 * up a lock or a statement after {@code write-timeout}. A request is judged by the instant it arrived; one that could
 * not be stored within {@code max-wait} of it is refused with 503 (stuck, not late). {@code rush-rate} stored
 * submissions or more within one second mark a rush, during which the process starter waits.
 */
@ConfigMapping(prefix = "openbando.submission")
public interface SubmissionConfig {

    @WithDefault("8")
    int maxConcurrent();

    @WithDefault("200")
    int batchSize();

    @WithDefault("100")
    int maxWaiting();

    @WithDefault("10s")
    Duration maxWait();

    @WithDefault("5s")
    Duration writeTimeout();

    @WithDefault("20")
    int rushRate();
}
