package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openbando.identity.Role;
import org.openbando.identity.UserDirectory;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.VatNumber;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Validation;

/**
 * The experts' profiles: officers and administrators manage them, auditors read them, an expert reads their own. A
 * profile is only for a user with the role EVALUATOR who is not also an officer (every officer manages every call, and
 * nobody evaluates a call they manage). Every change is audited with the fields before and after.
 */
@ApplicationScoped
@PublicApi
public class ExpertProfiles {

    public static final int DEFAULT_MAX_PER_CALL = 10;

    private final UserDirectory users;
    private final ClusterDirectory clusters;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    public ExpertProfiles(UserDirectory users, ClusterDirectory clusters, AuditTrail audit, Validator validator,
            Clock clock) {
        this.users = users;
        this.clusters = clusters;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Every user with the role EVALUATOR, with the profile if any, by username. */
    @Transactional
    public List<ExpertProfileView> list(String by) {
        reader(by);
        Map<String, ExpertProfile> profiles = ExpertProfile.<ExpertProfile>listAll().stream()
                .collect(Collectors.toMap(p -> p.username, Function.identity()));
        return users.withRole(Role.EVALUATOR).stream().map(u -> view(u, profiles.get(u.username()))).toList();
    }

    /** An expert's profile: the expert reads their own; officers, administrators and auditors any. */
    @Transactional
    public ExpertProfileView get(String username, String by) {
        if (!username.equals(by)) {
            reader(by);
        }
        UserDirectory.UserRef user = expert(username);
        return view(user, ExpertProfile.findById(username));
    }

    /** Creates or changes an expert's profile (officers and administrators), checked against the version read. */
    @Transactional
    public ExpertProfileView save(String username, ExpertProfileRequest request, String by) {
        if (users.find(by).filter(u -> (u.has(Role.OFFICER) || u.has(Role.ADMIN)) && !u.disabled()).isEmpty()) {
            throw ProblemException.forbidden("Only officers and administrators manage the experts' profiles");
        }
        Validation.check(validator, request);
        UserDirectory.UserRef user = expert(username);
        if (user.has(Role.OFFICER)) {
            throw ProblemException.conflict("officer-not-expert", username + " is an officer: officers manage every "
                    + "call and never evaluate one");
        }
        String vat = request.affiliationVat() == null || request.affiliationVat().isBlank() ? null
                : VatNumber.normalize(request.affiliationVat());
        List<Problem.FieldViolation> errors = new ArrayList<>();
        if (vat != null) {
            VatNumber.problem(vat).ifPresent(p -> errors.add(new Problem.FieldViolation("affiliationVat", p)));
        }
        List<String> clusterCodes = distinct(request.clusterCodes());
        List<String> areaCodes = distinct(request.areaCodes());
        for (int i = 0; i < clusterCodes.size(); i++) {
            if (clusters.clusterByCode(clusterCodes.get(i)).isEmpty()) {
                errors.add(new Problem.FieldViolation("clusterCodes[" + i + "]", "is not a registered cluster"));
            }
        }
        for (int i = 0; i < areaCodes.size(); i++) {
            if (clusters.areaByCode(areaCodes.get(i)).isEmpty()) {
                errors.add(new Problem.FieldViolation("areaCodes[" + i + "]", "is not a registered thematic area"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ExpertProfile profile = ExpertProfile.findById(username);
        String before = profile == null ? null : describe(profile);
        if (profile == null) {
            if (request.version() != null && request.version() != 0) {
                throw ProblemException.staleVersion("The profile of " + username, request.version(), 0);
            }
            profile = new ExpertProfile();
            profile.username = username;
        } else if (request.version() == null || request.version() != profile.version) {
            throw ProblemException.staleVersion("The profile of " + username,
                    request.version() == null ? -1 : request.version(), profile.version);
        }
        profile.affiliationName = request.affiliationName().strip();
        profile.affiliationVat = vat;
        profile.clusterCodes = new ArrayList<>(clusterCodes);
        profile.areaCodes = new ArrayList<>(areaCodes);
        profile.languages = new ArrayList<>(distinct(request.languages()));
        profile.maxPerCall = request.maxProposalsPerCall();
        profile.active = request.active();
        profile.updatedAt = clock.instant();
        profile.updatedBy = by;
        if (before == null) {
            profile.persist();
        }
        String after = describe(profile);
        if (!after.equals(before)) {
            audit.record(by, "expert_profile", user.id(), before == null ? "created" : "changed", null, null,
                    username + (before == null ? "" : "; before: " + before) + "; after: " + after);
        }
        ExpertProfile.getEntityManager().flush(); // the version the answer gives is the stored one
        return view(user, profile);
    }

    private void reader(String by) {
        if (users.find(by).filter(u -> u.has(Role.OFFICER) || u.has(Role.ADMIN) || u.has(Role.AUDITOR))
                .isEmpty()) {
            throw ProblemException.forbidden("Only officers, administrators and auditors read the experts' profiles");
        }
    }

    /** The user, who must hold the role EVALUATOR: 404 otherwise. */
    private UserDirectory.UserRef expert(String username) {
        Optional<UserDirectory.UserRef> user = users.find(username);
        if (user.isEmpty() || !user.get().has(Role.EVALUATOR)) {
            throw ProblemException.notFound("Expert", username);
        }
        return user.get();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().map(String::strip)
                .toList()));
    }

    private static String describe(ExpertProfile p) {
        return "affiliation=" + p.affiliationName + " (" + p.affiliationVat + "); clusters=" + p.clusterCodes
                + "; areas=" + p.areaCodes + "; languages=" + p.languages + "; maxPerCall=" + p.maxPerCall
                + "; active=" + p.active;
    }

    static ExpertProfileView view(UserDirectory.UserRef user, ExpertProfile p) {
        if (p == null) {
            return new ExpertProfileView(user.username(), user.displayName(), false, null, null, List.of(), List.of(),
                    List.of(), null, false, null, null, null);
        }
        return new ExpertProfileView(p.username, user.displayName(), true, p.affiliationName, p.affiliationVat,
                List.copyOf(p.clusterCodes), List.copyOf(p.areaCodes), List.copyOf(p.languages), p.maxPerCall,
                p.active, p.version, p.updatedAt, p.updatedBy);
    }
}
