package org.openbando.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Who a request is: the {@link AppUser} row of the user name, read with one query per request, whether the request
 * proves it with a password (HTTP Basic, the login form; checked against the bcrypt hash) or with the encrypted login
 * cookie (a trusted request: the name alone). The identity carries the user's roles and, as attributes, what
 * {@link CurrentUser} needs on every request (the organisation the applicant acts for, the display name), so that no
 * request reads the user twice: on deadline day each read counts (docs/adr/0006-submission-on-deadline-day.md).
 */
public final class UserIdentityProvider {

    static final String ORGANIZATION_ID = "openbando.organizationId";
    static final String DISPLAY_NAME = "openbando.displayName";

    /** A well-formed hash that matches no password: an unknown user name costs the same bcrypt check as a known one. */
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no such user: the check only takes its time");

    private record UserRow(String username, String passwordHash, String roles, String displayName,
            Long organizationId) {
    }

    private UserIdentityProvider() {
    }

    private static Optional<UserRow> read(AgroalDataSource dataSource, String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select username, password, roles, display_name,"
                        + " organization_id from openbando.app_user where username = ?")) {
            read.setString(1, username);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Long organization = row.getObject(5, Long.class);
                return Optional.of(new UserRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        organization));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading user " + username + " failed", e);
        }
    }

    private static SecurityIdentity identity(UserRow user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addAttribute(DISPLAY_NAME, user.displayName() == null ? user.username() : user.displayName());
        identity.addRoles(AppUser.roleSet(user.roles()));
        if (user.organizationId() != null) {
            identity.addAttribute(ORGANIZATION_ID, user.organizationId());
        }
        return identity.build();
    }

    /** HTTP Basic and the login form: the password against the stored bcrypt hash. */
    @ApplicationScoped
    public static class WithPassword implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final AgroalDataSource dataSource;

        public WithPassword(AgroalDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Optional<UserRow> user = read(dataSource, request.getUsername());
                String password = new String(request.getPassword().getPassword());
                boolean matches = BcryptUtil.matches(password, user.map(UserRow::passwordHash).orElse(NO_USER_HASH));
                if (user.isEmpty() || !matches) {
                    throw new AuthenticationFailedException();
                }
                return identity(user.get());
            });
        }
    }

    /** The login cookie: Quarkus has decrypted it and vouches for the name; the user must still exist. */
    @ApplicationScoped
    public static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {

        private final AgroalDataSource dataSource;

        public Trusted(AgroalDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(read(dataSource, request.getPrincipal())
                    .orElseThrow(AuthenticationFailedException::new)));
        }
    }
}
