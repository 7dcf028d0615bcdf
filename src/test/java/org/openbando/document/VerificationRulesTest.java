package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.shared.ProblemException;

/** The rules of verification codes, the per-address bound and the public address, without the application. */
class VerificationRulesTest {

    @Test
    void aNewCodeIsSixteenCrockfordCharactersInFourGroupsAndNeverRepeats() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = DocumentVerification.newCode();
            assertThat(code).matches(DocumentVerificationTest.CODE);
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        // every character of the alphabet is used: 5 bits each, 80 bits a code
        Set<Character> seen = new HashSet<>();
        codes.forEach(c -> c.chars().filter(ch -> ch != '-').forEach(ch -> seen.add((char) ch)));
        assertThat(seen).hasSize(32);
    }

    @Test
    void aTypedCodeIsReadAsCrockfordBase32AndAnythingElseIsRefusedNamingTheCode() {
        assertThat(DocumentVerification.canonical(" 7k3m q9tx-2hbd zr4p ")).isEqualTo("7K3M-Q9TX-2HBD-ZR4P");
        assertThat(DocumentVerification.canonical("oIlO-0000-0000-0000")).isEqualTo("0110-0000-0000-0000");
        for (String bad : new String[] {null, "", "   ", "7K3M-Q9TX-2HBD-ZR4", "7K3M-Q9TX-2HBD-ZR4PP",
                "7K3M-Q9TX-2HBD-ZR4U", "7K3M_Q9TX_2HBD_ZR4P", "7K3M-Q9TX-2HBD-ZR4\u0000", "7".repeat(41)}) {
            assertThatThrownBy(() -> DocumentVerification.canonical(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(v -> v.field()).containsExactly("code");
                    });
        }
    }

    @Test
    void anAddressIsRefusedBeyondItsVerificationsOfTheMinuteUntilTheNextMinute() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:05Z"));
        VerificationThrottle throttle = new VerificationThrottle(clock, 3, 100);
        for (int i = 0; i < 3; i++) {
            throttle.admit("192.0.2.1");
        }
        assertThatThrownBy(() -> throttle.admit("192.0.2.1")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.slug()).isEqualTo("too-many-verifications");
            assertThat(e.retryAfter()).hasValue(55);
        });
        throttle.admit("192.0.2.2"); // another address has its own bound
        clock.now = Instant.parse("2026-06-01T10:01:00Z");
        assertThatCode(() -> throttle.admit("192.0.2.1")).doesNotThrowAnyException();
    }

    @Test
    void thePackagedApplicationRefusesToStartWithoutAPublicAddress() {
        assertThatThrownBy(() -> VerificationMarks.check(LaunchMode.NORMAL, "")).hasMessageContaining(
                "OPENBANDO_PUBLIC_URL");
        assertThatCode(() -> VerificationMarks.check(LaunchMode.TEST, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> VerificationMarks.check(LaunchMode.NORMAL, "bandi.example.it"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VerificationMarks.check(LaunchMode.NORMAL, "ftp://bandi.example.it"))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> VerificationMarks.check(LaunchMode.NORMAL, "https://bandi.example.it"))
                .doesNotThrowAnyException();
        assertThat(new VerificationMarks(java.util.Optional.of("https://bandi.example.it/")).url("7K3M-Q9TX-2HBD-ZR4P"))
                .isEqualTo("https://bandi.example.it/verify/7K3M-Q9TX-2HBD-ZR4P");
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
