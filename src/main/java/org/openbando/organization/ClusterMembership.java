package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Membership of a cluster: which cluster, since when, until when, in which status. */
@Entity
@Table(name = "cluster_membership")
public class ClusterMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Cluster cluster;
    public LocalDate since;
    public LocalDate until;
    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    public boolean isActiveOn(LocalDate day) {
        return status == MembershipStatus.ACTIVE && !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
