package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An applicant's claim to an organisation registered by someone else with its company's VAT number. */
@Entity
@Table(name = "vat_claim")
public class VatClaim extends PanacheEntityBase {

    /** Where a claim stands: filed, then approved or rejected by an officer once. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long organizationId;
    public String vatNumber;
    /** Username of the applicant who claims the organisation. */
    public String claimant;
    public String statement;
    /** Where the officer finds the evidence (a chamber of commerce extract, a certified e-mail...), optional. */
    public String documentReference;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant filedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String reason;
    @Version
    public long version;
}
