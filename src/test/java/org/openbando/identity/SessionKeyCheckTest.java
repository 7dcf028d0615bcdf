package org.openbando.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionKeyCheckTest {

    @Test
    void acceptsOnlyKeysOfAtLeast32Characters() {
        assertThat(SessionKeyCheck.isStrong(Optional.empty())).isFalse();
        assertThat(SessionKeyCheck.isStrong(Optional.of("   "))).isFalse();
        assertThat(SessionKeyCheck.isStrong(Optional.of("a".repeat(31)))).isFalse();
        assertThat(SessionKeyCheck.isStrong(Optional.of("a".repeat(32)))).isTrue();
    }
}
