package org.openbando.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be, wherever one is set (a new user, the first administrator, a change): at least
 * {@value #MINIMUM_LENGTH} characters, at most {@value #MAXIMUM_BYTES} bytes in UTF-8 (bcrypt reads no further), not
 * the user name, no control characters.
 */
final class PasswordRule {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;

    private PasswordRule() {
    }

    /** What is wrong with the password, or empty when it is acceptable. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("a password is required");
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("must be at least " + MINIMUM_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("must be at most " + MAXIMUM_BYTES + " bytes long in UTF-8");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("must not be the username");
        }
        return Optional.empty();
    }
}
