package org.openbando.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The packaged application refuses to start without a database password; dev mode and tests do not need one. */
class DatabasePasswordCheckTest {

    @Test
    void productionRefusesAMissingOrBlankPassword() {
        assertThatThrownBy(() -> DatabasePasswordCheck.check(LaunchMode.NORMAL, Optional.empty()))
                .hasMessageContaining("OPENBANDO_DB_PASSWORD");
        assertThatThrownBy(() -> DatabasePasswordCheck.check(LaunchMode.NORMAL, Optional.of("  ")))
                .hasMessageContaining("OPENBANDO_DB_PASSWORD");
        assertThatCode(() -> DatabasePasswordCheck.check(LaunchMode.NORMAL, Optional.of("s3cret-from-the-vault")))
                .doesNotThrowAnyException();
    }

    @Test
    void devModeAndTestsStartWithout() {
        assertThatCode(() -> DatabasePasswordCheck.check(LaunchMode.DEVELOPMENT, Optional.empty()))
                .doesNotThrowAnyException();
        assertThatCode(() -> DatabasePasswordCheck.check(LaunchMode.TEST, Optional.empty()))
                .doesNotThrowAnyException();
    }
}
