package org.openbando.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Deadline day (docs/adr/0006-submission-on-deadline-day.md), {@code openbando.submission.*}: at most
 * {@code max-concurrent} requests check and prepare at once (the others wait without a database connection); the
 * register stores every submission waiting at that moment in one transaction, at most {@code batch-size}; beyond
 * {@code max-waiting} queued submissions a request is refused with 503 (try again with the same key);
 * {@code rush-rate} submissions or more within one second mark a rush, during which the process starter waits.
 */
@ConfigMapping(prefix = "openbando.submission")
public interface SubmissionConfig {

    @WithDefault("8")
    int maxConcurrent();

    @WithDefault("200")
    int batchSize();

    @WithDefault("20000")
    int maxWaiting();

    @WithDefault("20")
    int rushRate();
}
