package org.openbando.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rule on its own: the delays, the cap on concurrent bcrypt checks, the remembered passwords. */
class LoginThrottleTest {

    private static final String HASH = BcryptUtil.bcryptHash("the-right-password");

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private LoginThrottle throttle(int permits) {
        return new LoginThrottle(Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneOffset.UTC), metrics, 5, 20,
                Duration.ofSeconds(1), Duration.ofMinutes(15), permits, 100, Duration.ofMinutes(30));
    }

    @Test
    void delaysDoubleFromTheFirstUpToTheMaximum() {
        LoginThrottle throttle = throttle(2);
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theBudgetIsFreeThenTheAccountWaits() {
        LoginThrottle throttle = throttle(2);
        for (int i = 0; i < 5; i++) {
            throttle.admit("mario", "10.0.0.1");
            throttle.failed("mario", "10.0.0.1", "bad-credentials");
        }
        throttle.admit("mario", "10.0.0.1");
        throttle.failed("mario", "10.0.0.1", "bad-credentials");
        assertThatThrownBy(() -> throttle.admit("mario", "10.0.0.2")).isInstanceOfSatisfying(LoginRefused.class,
                refused -> {
                    assertThat(refused.status()).isEqualTo(429);
                    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
                });
        throttle.admit("luigi", "10.0.0.1"); // the address is within its own budget
        assertThat(metrics.counter(LoginThrottle.FAILURES, "reason", "throttled").count()).isEqualTo(1);
    }

    @Test
    void beyondTheConcurrentChecksARequestIsRefusedAtOnceWithoutBcrypt() {
        LoginThrottle none = throttle(0);
        assertThatThrownBy(() -> none.matches("mario", "the-right-password", HASH))
                .isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.status()).isEqualTo(503));
        assertThat(metrics.counter(LoginThrottle.CHECKS).count()).isZero();
    }

    @Test
    void aVerifiedPasswordIsRememberedForItsHashOnly() {
        LoginThrottle throttle = throttle(1);
        assertThat(throttle.matches("mario", "the-right-password", HASH)).isTrue();
        assertThat(throttle.matches("mario", "the-right-password", HASH)).isTrue();
        assertThat(metrics.counter(LoginThrottle.CHECKS).count()).as("the second check came from memory").isEqualTo(1);
        assertThat(throttle.matches("mario", "a-wrong-password", HASH)).isFalse();
        String newHash = BcryptUtil.bcryptHash("a-new-password");
        assertThat(throttle.matches("mario", "the-right-password", newHash)).as("after a password change").isFalse();
        assertThat(metrics.counter(LoginThrottle.CHECKS).count()).isEqualTo(3);
    }
}
