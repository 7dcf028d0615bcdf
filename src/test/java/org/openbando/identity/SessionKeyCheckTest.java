package org.openbando.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionKeyCheckTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void refusesMissingAndShortKeys() {
        assertThat(SessionKeyCheck.weakness(Optional.empty())).contains("it is not set");
        assertThat(SessionKeyCheck.weakness(Optional.of("   "))).contains("it is not set");
        assertThat(SessionKeyCheck.weakness(Optional.of("Zx8#kQ2!pL9@mV4$"))).contains("it has 16 characters");
    }

    @Test
    void refusesEveryKeyWrittenInTheRepository() {
        for (String key : SessionKeyCheck.REPOSITORY_KEYS) {
            assertThat(SessionKeyCheck.weakness(Optional.of(key))).as(key).contains("it is written in the repository");
        }
    }

    @Test
    void refusesKeysAPersonMadeUp() {
        assertThat(SessionKeyCheck.weakness(Optional.of("my-own-secret-phrase-that-is-long-enough")))
                .contains("it contains words joined by dashes");
        assertThat(SessionKeyCheck.weakness(Optional.of("a".repeat(64)))).get().asString()
                .contains("only 1 different characters");
        assertThat(SessionKeyCheck.weakness(Optional.of("a".repeat(30) + "bcdefghijk"))).get().asString()
                .contains("bits");
    }

    @Test
    void acceptsRandomKeysAsOpenSslMakesThem() {
        for (int i = 0; i < 200; i++) {
            byte[] base64Key = new byte[48]; // openssl rand -base64 48
            RANDOM.nextBytes(base64Key);
            assertThat(SessionKeyCheck.weakness(Optional.of(Base64.getEncoder().encodeToString(base64Key)))).isEmpty();
            byte[] hexKey = new byte[32]; // openssl rand -hex 32
            RANDOM.nextBytes(hexKey);
            assertThat(SessionKeyCheck.weakness(Optional.of(HexFormat.of().formatHex(hexKey)))).isEmpty();
        }
    }
}
