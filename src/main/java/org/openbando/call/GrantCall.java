package org.openbando.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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
import org.openbando.organization.Cluster;
import org.openbando.organization.ThematicArea;

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
    public CallRules rules = new CallRules();
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

    @ManyToMany
    @JoinTable(name = "call_cluster", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "cluster_id"))
    @OrderBy("code")
    public Set<Cluster> clusters = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "call_thematic_area", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "thematic_area_id"))
    @OrderBy("code")
    public Set<ThematicArea> thematicAreas = new LinkedHashSet<>();

    public static Optional<GrantCall> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * Submissions are accepted from the opening instant (included) to the deadline instant (excluded), judged by the
     * server clock alone: a published call whose opening timer has not run yet already accepts them, and an open
     * call whose deadline timer has not run yet no longer does.
     */
    public boolean acceptsSubmissionsAt(Instant now) {
        return acceptsSubmissions(status, opensAt, deadlineAt, now);
    }

    /** The same rule on a call's figures as read without the entity (the submission register reads them in SQL). */
    public static boolean acceptsSubmissions(CallStatus status, Instant opensAt, Instant deadlineAt, Instant now) {
        return (status == CallStatus.PUBLISHED || status == CallStatus.OPEN)
                && !now.isBefore(opensAt) && now.isBefore(deadlineAt);
    }
}
