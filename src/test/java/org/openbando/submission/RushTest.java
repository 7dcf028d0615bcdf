package org.openbando.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the register calls it a rush (during which the process starter waits): by the rate of stored submissions. */
class RushTest {

    /** The clock's milliseconds. */
    private static final long SECOND = 1000L;

    /** Nothing but the arrival counting is used: no database, no clock, no events. */
    private final SubmissionRegister register = new SubmissionRegister(null, null, null, null, new SubmissionConfig() {
        public int maxConcurrent() {
            return 8;
        }

        public int batchSize() {
            return 200;
        }

        public int maxWaiting() {
            return 100;
        }

        public java.time.Duration maxWait() {
            return java.time.Duration.ofSeconds(10);
        }

        public java.time.Duration writeTimeout() {
            return java.time.Duration.ofSeconds(5);
        }

        public int rushRate() {
            return 20;
        }
    });
    private final long t0 = java.time.Instant.parse("2026-11-30T11:59:50Z").toEpochMilli();

    @Test
    void twentyArrivalsWithinASecondAreARushThatEndsASecondAfterTheLast() {
        register.noteStored(19, t0);
        assertThat(register.inRush(t0)).isFalse();
        register.noteStored(1, t0 + SECOND / 2);
        assertThat(register.inRush(t0 + SECOND / 2)).isTrue();
        assertThat(register.inRush(t0 + SECOND / 2 + SECOND - 1)).isTrue();
        assertThat(register.inRush(t0 + SECOND / 2 + SECOND)).isFalse();
    }

    @Test
    void steadyArrivalsBelowTheRateNeverAreARushHoweverLongTheyLast() {
        for (int i = 0; i < 100; i++) { // ten per second, for ten seconds, one at a time
            long now = t0 + i * SECOND / 10;
            register.noteStored(1, now);
            assertThat(register.inRush(now)).as("arrival %d", i).isFalse();
        }
    }

    @Test
    void smallBatchesAtAHighRateAreARush() { // what a batch-size rule missed: 450 per second in batches of 3
        for (int i = 0; i < 7; i++) {
            register.noteStored(3, t0 + i * SECOND / 150);
        }
        assertThat(register.inRush(t0 + 7 * SECOND / 150)).isTrue();
    }

    @Test
    void nothingIsARushBeforeTheFirstOneNorWhenTheClockIsSetBack() { // else the engine would wait for the clock
        assertThat(register.inRush(t0)).isFalse();
        register.noteStored(20, t0);
        assertThat(register.inRush(t0)).isTrue();
        assertThat(register.inRush(t0 - 1)).isFalse();
        assertThat(register.inRush(t0 - 3600 * SECOND)).isFalse();
        register.noteStored(19, t0 - 3600 * SECOND); // a new window, where the clock now is: 19 are no rush
        assertThat(register.inRush(t0 - 3600 * SECOND)).isFalse();
    }
}
