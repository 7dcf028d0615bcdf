package org.openbando.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Languages;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/** Creates users and links applicants to the organisation they act for. */
@ApplicationScoped
@PublicApi
public class UserService {

    private final Clock clock;
    private final AuditTrail audit;

    public UserService(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public AppUser create(String actor, NewUser request) {
        if (AppUser.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("username-taken", "The username " + request.username() + " is already taken");
        }
        for (String role : request.roles()) {
            if (!Role.ALL.contains(role)) {
                throw ProblemException.invalid("roles", "unknown role " + role + "; use one of " + Role.ALL);
            }
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

    public boolean anyWithRole(String role) {
        return AppUser.<AppUser>list("roles like ?1", "%" + role + "%").stream().anyMatch(u -> u.roleSet().contains(role));
    }

    /** What an administrator sends to create a user. */
    public record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "use 3 to 100 lower-case letters, digits, dots, dashes or underscores") String username,
            @NotBlank @Size(min = 8, max = 72, message = "must be 8 to 72 characters long") String password,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            @NotEmpty Set<@NotBlank String> roles,
            @Pattern(regexp = "it|en", message = "must be it or en") String locale) {
    }
}
