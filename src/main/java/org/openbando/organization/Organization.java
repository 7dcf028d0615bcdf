package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openbando.call.Line;

/** An enterprise or research organisation, with the figures of the SME test and its cluster memberships. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public OrganizationType type;
    public String name;
    public String vatNumber;
    public String address;
    public String city;
    /** Staff in annual work units (AWU) of the reference year; enterprises only. */
    public BigDecimal staffAwu;
    public BigDecimal turnover;
    public BigDecimal balanceSheetTotal;
    public Integer referenceYear;
    /** Username of the applicant who registered it and acts as its legal representative. */
    public String legalRepresentative;
    public Instant createdAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Holding> holdings = new ArrayList<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("since")
    public List<ClusterMembership> memberships = new ArrayList<>();

    public static Optional<Organization> findByVatNumber(String vatNumber) {
        return find("vatNumber", vatNumber).firstResultOptional();
    }

    public EnterpriseFigures figures() {
        return new EnterpriseFigures(staffAwu, turnover, balanceSheetTotal);
    }

    /** The SME size test (Recommendation 2003/361/EC) on the declared figures and holdings. */
    public SizeComputation size() {
        return SizeCalculator.compute(figures(), holdings.stream().map(Holding::toRelatedEnterprise).toList());
    }

    /** Line A: an active membership of a cluster on the given day. */
    public boolean isClusterMemberOn(LocalDate day) {
        return memberships.stream().anyMatch(m -> m.isActiveOn(day));
    }

    /** Line B: never a member of any cluster. */
    public boolean wasNeverClusterMember() {
        return memberships.isEmpty();
    }
}
