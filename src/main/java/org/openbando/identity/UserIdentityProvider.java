package org.openbando.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Who a request is: the {@link AppUser} row of the user name, read with one query per request, whether the request
 * proves it with a password (HTTP Basic, the login form; checked against the bcrypt hash, within the limits of
 * {@link LoginThrottle}) or with the encrypted login cookie (a trusted request). The identity carries the user's roles
 * and, as attributes, what {@link CurrentUser} needs on every request (the user name, the organisation the applicant
 * acts for, the display name), so that no request reads the user twice: on deadline day each read counts
 * (docs/adr/0006-submission-on-deadline-day.md).
 *
 * <p>A session (docs/adr/0005, "Sessions"): Quarkus' login cookie holds, encrypted with the session key, an idle
 * expiry and the name of the identity's principal. For a form login that name is {@link Session#name()}: the user
 * name, the user's session epoch at login and the login instant. A cookie is accepted only while the user is enabled,
 * the epoch is still the user's (logging out, a new password and disabling increment it: {@link Sessions}) and the
 * login is younger than {@code openbando.session.lifetime}; otherwise the cookie is removed and the request is
 * anonymous, sent to the login form.
 */
public final class UserIdentityProvider {

    private static final Logger LOG = Logger.getLogger(UserIdentityProvider.class);

    static final String USERNAME = "openbando.username";
    static final String ORGANIZATION_ID = "openbando.organizationId";
    static final String DISPLAY_NAME = "openbando.displayName";

    /** A well-formed hash that matches no password: an unknown user name costs the same bcrypt check as a known one. */
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no such user: the check only takes its time");

    private record UserRow(String username, String passwordHash, String roles, String displayName,
            Long organizationId, int sessionEpoch, boolean disabled) {
    }

    /** What a login cookie names: the user, the session epoch at login, the login instant (milliseconds). */
    record Session(String username, int epoch, long loginAtMillis) {

        private static final char SEPARATOR = '|';

        String name() {
            return username + SEPARATOR + epoch + SEPARATOR + loginAtMillis;
        }

        static Optional<Session> parse(String name) {
            int second = name.lastIndexOf(SEPARATOR);
            int first = second <= 0 ? -1 : name.lastIndexOf(SEPARATOR, second - 1);
            if (first <= 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Session(name.substring(0, first),
                        Integer.parseInt(name.substring(first + 1, second)), Long.parseLong(name.substring(second + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private UserIdentityProvider() {
    }

    private static Optional<UserRow> read(AgroalDataSource dataSource, String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select username, password, roles, display_name,"
                        + " organization_id, session_epoch, disabled_at is not null from openbando.app_user"
                        + " where username = ?")) {
            read.setString(1, username);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Long organization = row.getObject(5, Long.class);
                return Optional.of(new UserRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        organization, row.getInt(6), row.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a user failed", e);
        }
    }

    /** The identity of the user; its principal's name is what a login cookie keeps (the session, or the user name). */
    private static SecurityIdentity identity(UserRow user, String principalName) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principalName))
                .addAttribute(USERNAME, user.username())
                .addAttribute(DISPLAY_NAME, user.displayName() == null ? user.username() : user.displayName());
        identity.addRoles(AppUser.roleSet(user.roles()));
        if (user.organizationId() != null) {
            identity.addAttribute(ORGANIZATION_ID, user.organizationId());
        }
        return identity.build();
    }

    private static Optional<RoutingContext> http(AuthenticationRequest request) {
        return Optional.ofNullable(HttpSecurityUtils.getRoutingContextAttribute(request));
    }

    /** HTTP Basic and the login form: the password against the stored bcrypt hash. */
    @ApplicationScoped
    public static class WithPassword implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final AgroalDataSource dataSource;
        private final LoginThrottle throttle;
        private final Clock clock;
        private final String formPostLocation;

        public WithPassword(AgroalDataSource dataSource, LoginThrottle throttle, Clock clock,
                @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "j_security_check")
                String formPostLocation) {
            this.dataSource = dataSource;
            this.throttle = throttle;
            this.clock = clock;
            this.formPostLocation = formPostLocation;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            Optional<RoutingContext> http = http(request);
            String address = http.map(c -> c.request().remoteAddress()).map(a -> a.hostAddress()).orElse("unknown");
            String username = request.getUsername();
            try { // refused before any read and any bcrypt check: the cheap answer to a flood
                throttle.admit(username, address);
            } catch (LoginRefused refused) {
                return Uni.createFrom().failure(refused);
            }
            return context.runBlocking(() -> {
                Optional<UserRow> user = read(dataSource, username);
                String password = new String(request.getPassword().getPassword());
                boolean matches = throttle.matches(username, password,
                        user.map(UserRow::passwordHash).orElse(NO_USER_HASH));
                if (user.isEmpty()) { // what was typed is not logged: it may be a password typed in the wrong field
                    throttle.failed(username, address, LoginThrottle.UNKNOWN_USER);
                    throw new AuthenticationFailedException();
                }
                if (!matches) {
                    throttle.failed(username, address, "bad-credentials");
                    throw new AuthenticationFailedException();
                }
                if (user.get().disabled()) {
                    throttle.failed(username, address, "disabled");
                    throw new AuthenticationFailedException();
                }
                throttle.succeeded(username);
                boolean form = http.map(c -> c.normalizedPath().endsWith(formPostLocation)).orElse(false);
                return identity(user.get(), form
                        ? new Session(user.get().username(), user.get().sessionEpoch(), clock.millis()).name()
                        : user.get().username());
            });
        }
    }

    /**
     * The login cookie: Quarkus has decrypted it and vouches for the session it names; the session must still be the
     * user's (see the class comment).
     */
    @ApplicationScoped
    public static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {

        private final AgroalDataSource dataSource;
        private final Clock clock;
        private final Duration lifetime;
        private final String cookieName;

        public Trusted(AgroalDataSource dataSource, Clock clock,
                @ConfigProperty(name = "openbando.session.lifetime") Duration lifetime,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
            this.dataSource = dataSource;
            this.clock = clock;
            this.lifetime = lifetime;
            this.cookieName = cookieName;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Optional<Session> session = Session.parse(request.getPrincipal());
                Optional<UserRow> user = session.flatMap(s -> read(dataSource, s.username()));
                String ended = session.isEmpty() ? "not a session of this version"
                        : user.isEmpty() ? "no such user"
                        : user.get().disabled() ? "the user is disabled"
                        : user.get().sessionEpoch() != session.get().epoch() ? "the user's sessions were ended"
                        : Instant.ofEpochMilli(session.get().loginAtMillis()).plus(lifetime).isBefore(clock.instant())
                                ? "older than " + lifetime
                                : null;
                if (ended != null) {
                    LOG.debugf("A login cookie was refused: %s", ended);
                    http(request).ifPresent(this::removeCookie);
                    throw new AuthenticationFailedException();
                }
                return identity(user.get(), request.getPrincipal());
            });
        }

        /** Tells the browser to drop the cookie, so that the login form it is sent to does not refuse it again. */
        private void removeCookie(RoutingContext http) {
            Cookie cookie = http.request().getCookie(cookieName);
            if (cookie != null) {
                cookie.setPath("/");
                http.response().removeCookie(cookieName);
            }
        }
    }
}
