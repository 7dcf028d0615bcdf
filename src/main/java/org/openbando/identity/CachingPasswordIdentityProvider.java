package org.openbando.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies usernames and passwords (HTTP Basic and the login form) against the bcrypt hashes of {@link AppUser}, and
 * remembers a successful verification for a short time. A bcrypt check costs about 100 ms of CPU on purpose; an API
 * client sends its credentials with every request, so without this two cores verify about 20 requests per second
 * (docs/benchmarks.md). What is remembered is a salted SHA-256 of the password (the salt is random per process, the
 * password itself is never kept), the roles and the time: a changed password or role takes effect within
 * {@code openbando.auth.cache-ttl} (default 60 s); a wrong password is always checked against bcrypt. The metric
 * {@code openbando_auth_bcrypt_checks_total} counts the bcrypt checks.
 */
@ApplicationScoped
public class CachingPasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final int MAX_ENTRIES = 50_000;

    private record Verified(byte[] digest, SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final io.micrometer.core.instrument.Counter bcryptChecks;
    private final byte[] salt = new byte[32];
    private final Duration ttl;
    private final Clock clock;

    public CachingPasswordIdentityProvider(
            @ConfigProperty(name = "openbando.auth.cache-ttl", defaultValue = "PT60S") Duration ttl, Clock clock,
            io.micrometer.core.instrument.MeterRegistry metrics) {
        this.ttl = ttl;
        this.clock = clock;
        this.bcryptChecks = metrics.counter("openbando.auth.bcrypt.checks");
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the JPA provider of quarkus-security-jpa, which checks bcrypt on every request. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        byte[] digest = digest(request.getPassword().getPassword());
        Verified known = verified.get(username);
        if (known != null && clock.instant().isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return Uni.createFrom().item(known.identity());
        }
        return context.runBlocking(() -> verify(username, new String(request.getPassword().getPassword()), digest));
    }

    private SecurityIdentity verify(String username, String password, byte[] digest) {
        bcryptChecks.increment();
        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElse(null));
        if (user == null || user.password == null || !BcryptUtil.matches(password, user.password)) {
            verified.remove(username);
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username));
        user.roleSet().forEach(identity::addRole);
        SecurityIdentity built = identity.build();
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(username, new Verified(digest, built, clock.instant().plus(ttl)));
        return built;
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
