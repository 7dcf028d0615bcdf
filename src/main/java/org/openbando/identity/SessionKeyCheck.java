package org.openbando.identity;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The packaged application refuses to start without a strong session key ({@code OPENBANDO_SESSION_KEY}): the key
 * alone lets whoever knows it make a login cookie for any user. Quarkus would otherwise invent a key at the first
 * login and write it to the log. The rule ({@link #RULE}) refuses the keys shown in the repository and keys that a
 * person made up rather than a random generator.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MINIMUM_LENGTH = 32;
    static final int MINIMUM_DISTINCT = 10;
    static final double MINIMUM_BITS = 128;

    /** The rule, as the error and the README state it. */
    static final String RULE = "a random secret of at least " + MINIMUM_LENGTH + " characters with at least "
            + (int) MINIMUM_BITS + " bits of entropy by its character frequencies and at least " + MINIMUM_DISTINCT
            + " different characters, not words joined by dashes, and not a key shown in the repository;"
            + " generate one with: openssl rand -base64 48";

    /** The keys written in the repository (examples, the benchmark's former key, the dev and test profiles). */
    static final Set<String> REPOSITORY_KEYS = Set.of(
            "change-me-to-a-random-secret-of-at-least-32-characters",
            "a-random-secret-of-at-least-32-characters",
            "bench-session-key-0123456789abcdef0123",
            "dev-only-session-key-not-for-production-use",
            "test-only-session-key-not-for-production-use");

    /** Three or more lower-case words joined by dashes, underscores, dots or spaces: a phrase, not a random key. */
    private static final Pattern PHRASE = Pattern.compile("[a-z]{2,}[-_. ][a-z]{2,}[-_. ][a-z]{2,}");

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            weakness(key).ifPresent(why -> {
                throw new IllegalStateException("OPENBANDO_SESSION_KEY is refused (" + why + "): it encrypts the"
                        + " login cookies, so it must be " + RULE);
            });
        }
    }

    /** Why the key is weak, or empty when it is strong. */
    static Optional<String> weakness(Optional<String> key) {
        String k = key.map(String::trim).orElse("");
        if (k.isEmpty()) {
            return Optional.of("it is not set");
        }
        if (REPOSITORY_KEYS.contains(k)) {
            return Optional.of("it is written in the repository");
        }
        if (k.length() < MINIMUM_LENGTH) {
            return Optional.of("it has " + k.length() + " characters");
        }
        if (PHRASE.matcher(k).find()) {
            return Optional.of("it contains words joined by dashes");
        }
        Map<Integer, Integer> counts = new HashMap<>();
        k.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        if (counts.size() < MINIMUM_DISTINCT) {
            return Optional.of("it has only " + counts.size() + " different characters");
        }
        int length = k.codePointCount(0, k.length());
        double bitsPerCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            bitsPerCharacter -= p * Math.log(p) / Math.log(2);
        }
        double bits = bitsPerCharacter * length;
        if (bits < MINIMUM_BITS) {
            return Optional.of("its characters carry about " + Math.round(bits) + " bits");
        }
        return Optional.empty();
    }
}
