package org.openbando.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a password check may cost (docs/adr/0005, "Logins"). Failed checks are counted per account and per client
 * address; beyond a free budget each further failure makes that account or address wait twice as long as the previous
 * one (up to a maximum), and a request that comes while it waits is refused before the bcrypt check, with 429 and
 * {@code Retry-After}: nothing sleeps on a worker thread. At most {@code max-concurrent-checks} bcrypt checks run at
 * once; beyond them a request is refused at once (503), so that a flood of bad credentials cannot take the processors.
 * A successful check is remembered as a keyed hash of the password next to the stored bcrypt hash, until the client has
 * not used it for {@code verified-for}, so that an API client does not pay bcrypt on every call; a new password (a new
 * hash) does not match it.
 *
 * <p>The counters live in this process only, in maps of bounded size (the least recently used entry goes first):
 * behind several nodes each node counts its own failures.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** The metric of refused and failed logins, by reason (Prometheus: {@code openbando_login_failures_total}). */
    static final String FAILURES = "openbando.login.failures";
    /** The metric of bcrypt checks run (Prometheus: {@code openbando_login_password_checks_total}). */
    static final String CHECKS = "openbando.login.password.checks";

    private record Failures(int count, Instant last, Instant until) {
    }

    private record Verified(String storedHash, byte[] password, Instant until) {
    }

    private final Clock clock;
    private final MeterRegistry metrics;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration verifiedFor;
    private final Semaphore checks;
    private final Map<String, Failures> failures;
    private final Map<String, Verified> verified;
    private final SecretKeySpec passwordKey;

    public LoginThrottle(Clock clock, MeterRegistry metrics,
            @ConfigProperty(name = "openbando.login.free-failures-per-account") int freePerAccount,
            @ConfigProperty(name = "openbando.login.free-failures-per-address") int freePerAddress,
            @ConfigProperty(name = "openbando.login.first-delay") Duration firstDelay,
            @ConfigProperty(name = "openbando.login.max-delay") Duration maxDelay,
            @ConfigProperty(name = "openbando.login.max-concurrent-checks") int maxConcurrentChecks,
            @ConfigProperty(name = "openbando.login.tracked") int tracked,
            @ConfigProperty(name = "openbando.login.verified-for") Duration verifiedFor) {
        this.clock = clock;
        this.metrics = metrics;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.verifiedFor = verifiedFor;
        this.checks = new Semaphore(maxConcurrentChecks);
        this.failures = bounded(tracked);
        this.verified = bounded(tracked);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.passwordKey = new SecretKeySpec(key, "HmacSHA256");
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * Refuses (429) when the account or the address waits after its failures; call before reading anything. A null
     * address (a password change: the caller is logged in) counts for the account only.
     */
    void admit(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(waiting(account(username), now), address == null ? null : waiting(address(address), now));
        if (until != null) {
            metrics.counter(FAILURES, "reason", "throttled").increment();
            long millis = Duration.between(now, until).toMillis();
            throw LoginRefused.throttled(Math.max(1, (millis + 999) / 1000));
        }
    }

    /**
     * Whether the password matches the stored bcrypt hash: from memory when the same password matched the same hash
     * and has been used since within {@code verified-for}, else by bcrypt, if one of the permits is free (else 503).
     */
    boolean matches(String username, String password, String storedHash) {
        byte[] keyed = keyed(username, password);
        Verified known = verified.get(username);
        Instant now = clock.instant();
        if (known != null && known.storedHash().equals(storedHash) && MessageDigest.isEqual(known.password(), keyed)
                && now.isBefore(known.until())) {
            verified.put(username, new Verified(storedHash, keyed, now.plus(verifiedFor))); // a client in use stays
            return true;
        }
        if (!checks.tryAcquire()) {
            metrics.counter(FAILURES, "reason", "busy").increment();
            throw LoginRefused.busy();
        }
        boolean matches;
        try {
            metrics.counter(CHECKS).increment();
            matches = BcryptUtil.matches(password, storedHash);
        } finally {
            checks.release();
        }
        if (matches) {
            verified.put(username, new Verified(storedHash, keyed, clock.instant().plus(verifiedFor)));
        }
        return matches;
    }

    /** The reason of a failed login whose username names no account. */
    static final String UNKNOWN_USER = "unknown-user";

    /** A failed login: counted for the account and the address, logged without the password. */
    void failed(String username, String address, String reason) {
        Instant now = clock.instant();
        int forAccount = count(account(username), now, freePerAccount);
        int forAddress = address == null ? 0 : count(address(address), now, freePerAddress);
        metrics.counter(FAILURES, "reason", reason).increment();
        // an unknown username is not written to the log: it may be a password typed in the username's field
        String who = UNKNOWN_USER.equals(reason) ? "an unknown user (" + username.length() + " characters)"
                : "user '" + printable(username) + "'";
        LOG.warnf("Login failed (%s) for %s from %s: failure %d of the account, %d of the address", reason, who,
                address == null ? "a session" : printable(address), forAccount, forAddress);
    }

    /** A successful login: the account's failures are forgotten (the address's are not). */
    void succeeded(String username) {
        failures.remove(account(username));
    }

    private static String account(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private Instant waiting(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.until() != null && now.isBefore(f.until()) ? f.until() : null;
    }

    private int count(String key, Instant now, int free) {
        Failures updated = failures.compute(key, (k, f) -> {
            // failures are forgotten after the longest delay without any
            int count = f == null || Duration.between(f.last(), now).compareTo(maxDelay.plus(maxDelay)) > 0 ? 1
                    : f.count() + 1;
            return new Failures(count, now, count <= free ? null : now.plus(delay(count - free)));
        });
        return updated.count();
    }

    /** The first delay for the first failure beyond the budget, doubled for each further one, at most the maximum. */
    Duration delay(int beyondBudget) {
        int doublings = Math.min(beyondBudget - 1, 30);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private byte[] keyed(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(passwordKey);
            return mac.doFinal((username + '\n' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A name as the log shows it: at most 100 characters, nothing but letters, digits and a few signs. */
    private static String printable(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("[^A-Za-z0-9._@:\\-]", "?");
    }
}
