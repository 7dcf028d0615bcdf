package org.openbando.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The starter of the proposal process, {@code openbando.process-starter.*}: after each submission commits (and every
 * {@code poll-interval}) it starts the processes of stored submissions, {@code batch-size} per transaction. Tests turn
 * it off and start the processes themselves.
 */
@ConfigMapping(prefix = "openbando.process-starter")
public interface ProcessStarterConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("50")
    int batchSize();

    @WithDefault("PT2S")
    Duration pollInterval();
}
