package org.openbando.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who logs in ({@link UserIdentityProvider} reads the row on every request). The password is a bcrypt hash
 * (Modular Crypt Format); roles are comma-separated.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    public String password;
    public String roles;
    public String displayName;
    public String email;
    /** The organisation an applicant acts for; null until the applicant registers or joins one. */
    public Long organizationId;
    public String locale;
    public Instant createdAt;
    /** Incremented when the user's sessions end (logout, password change, disabling): older cookies stop working. */
    public int sessionEpoch;
    /** When an administrator disabled the user; null while the user may log in. */
    public Instant disabledAt;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Set<String> roleSet() {
        return roleSet(roles);
    }

    /** The roles of a stored {@code roles} column. */
    static Set<String> roleSet(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
