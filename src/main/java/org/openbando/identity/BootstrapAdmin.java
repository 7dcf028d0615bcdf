package org.openbando.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;

/**
 * Creates the first administrator of a fresh database from {@code openbando.bootstrap-admin.*} (environment
 * {@code OPENBANDO_ADMIN_USER}/{@code OPENBANDO_ADMIN_PASSWORD}); does nothing when the password is not set or an
 * administrator exists. The password follows the rule of every password: the application does not start with a
 * weaker one.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @ConfigProperty(name = "openbando.bootstrap-admin.username", defaultValue = "admin")
    String username;
    @ConfigProperty(name = "openbando.bootstrap-admin.password")
    Optional<String> password;

    private final UserService users;

    public BootstrapAdmin(UserService users) {
        this.users = users;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (password.filter(p -> !p.isBlank()).isEmpty() || users.anyWithRole(Role.ADMIN)
                || AppUser.findByUsername(username).isPresent()) {
            return;
        }
        try {
            users.create(AuditTrail.SYSTEM,
                    new UserService.NewUser(username, password.get(), "Administrator", null, Set.of(Role.ADMIN), "it"));
        } catch (ProblemException refused) {
            throw new IllegalStateException("OPENBANDO_ADMIN_PASSWORD is refused: " + refused.getMessage()
                    + " (the rule of every password: at least " + PasswordRule.MINIMUM_LENGTH + " characters, at most "
                    + PasswordRule.MAXIMUM_BYTES + " bytes, not the username)", refused);
        }
        LOG.infof("Created the first administrator '%s'", username);
    }
}
