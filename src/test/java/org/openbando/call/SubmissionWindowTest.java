package org.openbando.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The server clock alone decides whether a call accepts submissions; the deadline instant itself is too late. */
class SubmissionWindowTest {

    static final Instant OPENS = Instant.parse("2026-02-02T09:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-04-30T11:00:00Z");

    @Test
    void acceptsFromTheOpeningInstantUntilJustBeforeTheDeadline() {
        SubmissionWindow call = call(CallStatus.OPEN);
        assertThat(call.acceptsSubmissionsAt(OPENS.minusMillis(1))).isFalse();
        assertThat(call.acceptsSubmissionsAt(OPENS)).isTrue();
        assertThat(call.acceptsSubmissionsAt(DEADLINE.minusMillis(1))).isTrue();
        assertThat(call.acceptsSubmissionsAt(DEADLINE)).isFalse();
    }

    @Test
    void theClockNotTheTimerJobDecides() {
        assertThat(call(CallStatus.PUBLISHED).acceptsSubmissionsAt(OPENS.plusSeconds(1)))
                .as("opening timer not run yet").isTrue();
        assertThat(call(CallStatus.OPEN).acceptsSubmissionsAt(DEADLINE.plusSeconds(1)))
                .as("deadline timer not run yet").isFalse();
        assertThat(call(CallStatus.DRAFT).acceptsSubmissionsAt(OPENS.plusSeconds(1))).isFalse();
        assertThat(call(CallStatus.CLOSED).acceptsSubmissionsAt(OPENS.plusSeconds(1))).isFalse();
    }

    private static SubmissionWindow call(CallStatus status) {
        return new SubmissionWindow(status, OPENS, DEADLINE);
    }
}
