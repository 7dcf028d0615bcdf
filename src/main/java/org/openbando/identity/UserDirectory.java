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
            AppUser.getEntityManager().createQuery("select u.id, u.username, u.displayName, u.email, u.roles, "
                    + "u.disabledAt, u.locale from AppUser u where u.username in ?1 order by u.username",
                    Object[].class).setParameter(1, usernames).getResultList().forEach(r -> found.put((String) r[1],
                            new UserRef((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                                    AppUser.roleSet((String) r[4]), r[5] != null, Languages.code((String) r[6]))));
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
