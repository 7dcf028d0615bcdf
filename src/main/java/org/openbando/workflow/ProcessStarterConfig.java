package org.openbando.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The starter of the proposal process, {@code openbando.process-starter.*}: after each submission commits (and every
 * {@code poll-interval}) it starts the processes of stored submissions, {@code batch-size} per transaction. Tests turn
 * it off and start the processes themselves. A submission whose process fails to start is tried again after
 * {@code retry-pause}, doubled at each failure up to {@code max-retry-pause}.
 */
@ConfigMapping(prefix = "openbando.process-starter")
public interface ProcessStarterConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("50")
    int batchSize();

    @WithDefault("PT2S")
    Duration pollInterval();

    /** The pause before a submission whose process failed to start is tried again; doubled at each failure. */
    @WithDefault("PT30S")
    Duration retryPause();

    /** The longest pause between two attempts to start a failing submission's process. */
    @WithDefault("PT1H")
    Duration maxRetryPause();
}
