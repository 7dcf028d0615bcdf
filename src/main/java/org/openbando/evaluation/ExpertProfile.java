package org.openbando.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The profile of an expert (a user with the role EVALUATOR): fields of expertise, affiliation for the automatic
 * conflict checks, languages and the most proposals of one call the expert takes. Managed by {@link ExpertProfiles}.
 */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile extends PanacheEntityBase {

    @Id
    public String username;
    public String affiliationName;
    /** Eleven digits; null for a freelancer. */
    public String affiliationVat;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> clusterCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areaCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();
    public int maxPerCall;
    public boolean active;
    @Version
    public long version;
    public Instant updatedAt;
    public String updatedBy;
}
