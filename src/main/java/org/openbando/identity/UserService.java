package org.openbando.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Languages;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Validation;

/** Creates users, links applicants to the organisation they act for, changes passwords and disables users. */
@ApplicationScoped
@PublicApi
public class UserService {

    private final Clock clock;
    private final AuditTrail audit;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Validator validator;

    public UserService(Clock clock, AuditTrail audit, Sessions sessions, LoginThrottle throttle, Validator validator) {
        this.clock = clock;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.validator = validator;
    }

    /**
     * Creates a user. An applicant is only an applicant: a person who acts for an organisation must not also review,
     * evaluate, audit or administer (docs/adr/0005). The password follows {@link PasswordRule}.
     */
    @Transactional
    public AppUser create(String actor, NewUser request) {
        for (String role : request.roles()) {
            if (!Role.ALL.contains(role)) {
                throw ProblemException.invalid("roles", "unknown role " + role + "; use one of " + Role.ALL);
            }
        }
        if (request.roles().contains(Role.APPLICANT) && request.roles().size() > 1) {
            throw ProblemException.invalid("roles", "APPLICANT cannot be combined with another role: a person who"
                    + " acts for an organisation must not also review, evaluate, audit or administer");
        }
        PasswordRule.problem(request.username(), request.password())
                .ifPresent(problem -> {
                    throw ProblemException.invalid("password", problem);
                });
        if (AppUser.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("username-taken", "The username " + request.username() + " is already taken");
        }
        AppUser user = new AppUser();
        user.username = request.username();
        user.password = BcryptUtil.bcryptHash(request.password());
        user.roles = String.join(",", request.roles());
        user.displayName = request.displayName();
        user.email = request.email();
        user.locale = request.locale() == null ? "it" : request.locale().toLowerCase(Locale.ROOT);
        user.createdAt = clock.instant();
        user.persist();
        audit.record(actor, "user", user.id, "created", null, user.roles, user.username);
        return user;
    }

    /**
     * Changes the user's own password, given the current one (a wrong one counts as a failed login for the account:
     * {@link LoginThrottle}); every session of the user ends, this one too.
     */
    @Transactional
    public void changePassword(String username, PasswordChange change) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
        Validation.check(validator, change);
        throttle.admit(username, null); // the caller is logged in: the account is what waits
        if (!throttle.matches(username, change.currentPassword(), user.password)) {
            throttle.failed(username, null, "bad-current-password");
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        PasswordRule.problem(username, change.newPassword()).ifPresent(problem -> {
            throw ProblemException.invalid("newPassword", problem);
        });
        if (change.newPassword().equals(change.currentPassword())) {
            throw ProblemException.invalid("newPassword", "must differ from the current password");
        }
        throttle.succeeded(username);
        user.password = BcryptUtil.bcryptHash(change.newPassword());
        audit.record(username, "user", user.id, "password-changed", null, null, null);
        sessions.endAll(username, username, "password changed");
    }

    /**
     * Disables a user (who can then neither log in nor use a session: they all end) or enables them again; an
     * administrator does not disable themselves.
     */
    @Transactional
    public AppUser setDisabled(String actor, long id, boolean disabled, StatusChange change) {
        AppUser user = get(id);
        Validation.check(validator, change);
        String reason = change.reason().strip();
        if (disabled && user.username.equals(actor)) {
            throw ProblemException.conflict("cannot-disable-self", "You cannot disable your own account");
        }
        if (disabled == (user.disabledAt != null)) {
            return user;
        }
        user.disabledAt = disabled ? clock.instant() : null;
        audit.record(actor, "user", user.id, disabled ? "disabled" : "enabled", null, null, reason);
        if (disabled) {
            sessions.endAll(user.username, actor, "disabled: " + reason);
        }
        return user;
    }

    /** Makes the applicant act for the organisation (e.g. as its legal representative after registering it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actFor(String username, long organizationId) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
        if (user.organizationId != null && user.organizationId != organizationId) {
            throw ProblemException.conflict("already-acting",
                    "You already act for organisation " + user.organizationId + "; an applicant acts for one organisation");
        }
        user.organizationId = organizationId;
        audit.record(username, "user", user.id, "acts-for", null, String.valueOf(organizationId), null);
    }

    /**
     * Hands an organisation over to the applicant {@code username} (an officer approved its claim to the organisation's
     * VAT number): every other user acting for it stops, and the applicant acts for it, each change audited with the
     * actor who decided. Returns the usernames that stopped acting for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> handOver(String actor, long organizationId, String username) {
        AppUser to = AppUser.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
        if (!to.roleSet().contains(Role.APPLICANT)) {
            throw ProblemException.conflict("not-an-applicant", username + " is not an applicant");
        }
        if (to.organizationId != null && to.organizationId != organizationId) {
            throw ProblemException.conflict("already-acting", username + " already acts for organisation "
                    + to.organizationId + "; an applicant acts for one organisation");
        }
        List<AppUser> former = AppUser.list("organizationId = ?1 and username <> ?2", organizationId, username);
        for (AppUser user : former) {
            user.organizationId = null;
            audit.record(actor, "user", user.id, "stops-acting-for", String.valueOf(organizationId), null,
                    "organisation handed over to " + username);
        }
        if (to.organizationId == null) {
            to.organizationId = organizationId;
            audit.record(actor, "user", to.id, "acts-for", null, String.valueOf(organizationId),
                    "organisation handed over by " + actor);
        }
        return former.stream().map(u -> u.username).toList();
    }

    public AppUser get(long id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw ProblemException.notFound("User", id);
        }
        return user;
    }

    public List<AppUser> list() {
        return AppUser.list("order by username");
    }

    /** The language a user reads ("en" or "it"; Italian for an unknown user): documents issued for them use it. */
    public String languageOf(String username) {
        return AppUser.findByUsername(username).map(u -> Languages.code(u.locale)).orElse("it");
    }

    /** How to reach a user by e-mail: the address (null when none is recorded), the language, whether disabled. */
    public record Contact(String username, String displayName, String email, String language, boolean disabled) {
    }

    /** How to reach the user by e-mail; empty for an unknown username. */
    public Optional<Contact> contact(String username) {
        return AppUser.findByUsername(username).map(u -> new Contact(u.username, u.displayName,
                u.email == null || u.email.isBlank() ? null : u.email, Languages.code(u.locale), u.disabledAt != null));
    }

    /** The users who act for the organisation now and are not disabled, by username (at most 100). */
    public List<String> actingFor(long organizationId) {
        return AppUser.<AppUser>find("organizationId = ?1 and disabledAt is null order by username", organizationId)
                .page(0, 100).list().stream().map(u -> u.username).toList();
    }

    public boolean anyWithRole(String role) {
        return AppUser.<AppUser>list("roles like ?1", "%" + role + "%").stream().anyMatch(u -> u.roleSet().contains(role));
    }

    /** What an administrator sends to create a user. */
    public record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "use 3 to 100 lower-case letters, digits, dots, dashes or underscores") String username,
            @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String password,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            @NotEmpty Set<@NotBlank String> roles,
            @Pattern(regexp = "it|en", message = "must be it or en") String locale) {
    }

    /** What a user sends to change their password. */
    public record PasswordChange(
            @NotNull @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String newPassword) {
    }

    /** Why an administrator disables or enables a user (kept in the audit trail). */
    public record StatusChange(@NotBlank @Size(max = 500) String reason) {
    }
}
