package org.openbando.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import org.openbando.shared.PublicApi;

/**
 * Who is asking, for object-level authorization: features ask it whether the caller may read or change an object of
 * a given organisation. Also available to templates as {@code inject:currentUser}.
 */
@RequestScoped
@Named("currentUser")
@PublicApi
public class CurrentUser {

    private final SecurityIdentity identity;
    private AppUser user;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /**
     * The user name: the identity carries it when {@link UserIdentityProvider} made it (the principal's name of a
     * form login is the session, not the bare name).
     */
    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String username = identity.getAttribute(UserIdentityProvider.USERNAME);
        return username != null ? username : identity.getPrincipal().getName();
    }

    public String getDisplayName() {
        return carriesUser() ? identity.getAttribute(UserIdentityProvider.DISPLAY_NAME)
                : user().map(u -> u.displayName).orElse(username());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isApplicant() {
        return hasRole(Role.APPLICANT);
    }

    public boolean isOfficer() {
        return hasRole(Role.OFFICER);
    }

    public boolean isAuditor() {
        return hasRole(Role.AUDITOR);
    }

    /**
     * A user whose only role is AUDITOR: the navigation shows it only what an auditor uses (issue 15). A user with
     * another role too sees that role's items as well.
     */
    public boolean auditorOnly() {
        return isAuthenticated() && roles().equals(Set.of(Role.AUDITOR));
    }

    /** Who reads the auditors' funding reports and drill-downs (issue 15): auditors, officers, administrators. */
    public boolean readsReports() {
        return readsEverything();
    }

    /** Who reads the projects' dossiers and the audit trail (issue 15): auditors and administrators. */
    public boolean audits() {
        return hasRole(Role.AUDITOR) || hasRole(Role.ADMIN);
    }

    /** Officers, auditors and administrators read every organisation's data. */
    public boolean readsEverything() {
        return hasRole(Role.OFFICER) || hasRole(Role.AUDITOR) || hasRole(Role.ADMIN);
    }

    /**
     * The organisation an applicant acts for, as it was when the request was authenticated (the identity carries it;
     * an identity made otherwise, as by a test, has it read).
     */
    public Optional<Long> organizationId() {
        if (carriesUser()) {
            return Optional.ofNullable(identity.getAttribute(UserIdentityProvider.ORGANIZATION_ID));
        }
        return user().map(u -> u.organizationId);
    }

    /** True when {@link UserIdentityProvider} made the identity: it carries what this class would otherwise read. */
    private boolean carriesUser() {
        return identity.getAttribute(UserIdentityProvider.DISPLAY_NAME) != null;
    }

    /** True when the caller may read data of the given organisation. */
    public boolean mayRead(Long organizationId) {
        return readsEverything() || mayActFor(organizationId);
    }

    /** True when the caller is an applicant acting for the given organisation (auditors never act). */
    public boolean mayActFor(Long organizationId) {
        return isApplicant() && organizationId != null && organizationId.equals(organizationId().orElse(null));
    }

    public Optional<AppUser> user() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (user == null || !user.username.equals(username())) {
            user = AppUser.findByUsername(username()).orElse(null);
        }
        return Optional.ofNullable(user);
    }
}
