package org.openbando.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.PublicApi;

/**
 * Ends a user's sessions on the server: every login cookie issued until now stops working at its next request (it
 * carries the user's session epoch, which this increments; see {@link UserIdentityProvider}). Logging out, a new
 * password and disabling the user call it. HTTP Basic clients are not affected: they send the password every time.
 */
@ApplicationScoped
@PublicApi
public class Sessions {

    private final AuditTrail audit;

    public Sessions(AuditTrail audit) {
        this.audit = audit;
    }

    /** Ends every session of the user (all browsers and devices); {@code why} goes to the audit trail. */
    @Transactional
    public void endAll(String username, String actor, String why) {
        AppUser.findByUsername(username).ifPresent(user -> {
            user.sessionEpoch++;
            audit.record(actor, "user", user.id, "sessions-ended", null, null, why);
        });
    }
}
