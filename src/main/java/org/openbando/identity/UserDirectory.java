package org.openbando.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;

/**
 * Users as other features read them (never the entity): who a username is, its roles, whether it is disabled, the
 * language it reads. Reads only.
 */
@ApplicationScoped
@PublicApi
public class UserDirectory {

    /** A user as other features see it; {@code language} is "it" or "en". */
    @PublicApi
    public record UserRef(long id, String username, String displayName, String email, Set<String> roles,
            boolean disabled, String language) {

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserRef> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return AppUser.findByUsername(username).map(UserDirectory::ref);
    }

    /** These users by username (unknown ones are left out), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, UserRef> find(Collection<String> usernames) {
        Map<String, UserRef> found = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            AppUser.<AppUser>list("username in ?1 order by username", usernames)
                    .forEach(u -> found.put(u.username, ref(u)));
        }
        return found;
    }

    /** The users holding a role, by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserRef> withRole(String role) {
        return AppUser.<AppUser>list("roles like ?1 order by username", "%" + role + "%").stream()
                .filter(u -> u.roleSet().contains(role)).map(UserDirectory::ref).toList();
    }

    private static UserRef ref(AppUser u) {
        return new UserRef(u.id, u.username, u.displayName, u.email, u.roleSet(), u.disabledAt != null,
                Languages.code(u.locale));
    }
}
