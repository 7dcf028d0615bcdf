package org.openbando.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's grant as decided (V21), frozen with its computation; reduced by a partial renunciation. */
@Entity
@Table(name = "award_partner")
class AwardPartner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long awardId;
    public int position;
    public long organizationId;
    public String name;
    public String vatNumber;
    public BigDecimal eligibleCost;
    public BigDecimal grantAmount;
    public BigDecimal reducedGrant;
    /** call.GrantComputation.PartnerGrant as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String computation;

    static List<AwardPartner> of(long awardId) {
        return list("awardId = ?1 order by position", awardId);
    }
}
