package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A partner's confirmation that it takes part in a proposal: the row exists while the confirmation stands (the audit
 * trail keeps its history). Written only by {@link PartnerConsents}.
 */
@Entity
@Table(name = "partner_consent")
public class PartnerConsent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    public Long organizationId;
    public String confirmedBy;
    public Instant confirmedAt;
}
