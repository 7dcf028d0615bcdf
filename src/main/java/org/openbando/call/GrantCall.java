package org.openbando.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbando.organization.ClusterDirectory;

/** A competitive call for proposals with its two lines, timeline, admitted clusters and thematic areas, and rules. */
@Entity
@Table(name = "grant_call")
public class GrantCall extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String title;
    public String description;
    public String s3PriorityArea;
    @Enumerated(EnumType.STRING)
    public CallStatus status;
    public Instant publicationAt;
    public Instant opensAt;
    public Instant deadlineAt;
    @Embedded
    public RuleSettings rules = new RuleSettings();
    public String createdBy;
    public Instant createdAt;
    public String publishedBy;
    public Instant publishedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("line")
    public List<CallLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CallCriterion> criteria = new ArrayList<>();

    /** The clusters the call is open to (organisation's {@code ClusterDirectory} names them). */
    @ElementCollection
    @CollectionTable(name = "call_cluster", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "cluster_id")
    public Set<Long> clusterIds = new LinkedHashSet<>();

    /** The thematic areas the call admits. */
    @ElementCollection
    @CollectionTable(name = "call_thematic_area", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "thematic_area_id")
    public Set<Long> thematicAreaIds = new LinkedHashSet<>();

    public static Optional<GrantCall> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
