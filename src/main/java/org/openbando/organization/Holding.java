package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A declared relation with another enterprise (either direction of holding) and that enterprise's figures, as the
 * input of the partner / linked aggregation of Recommendation 2003/361/EC.
 */
@Entity
@Table(name = "related_enterprise")
public class Holding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    public int position;
    public String name;
    public String vatNumber;
    public BigDecimal holdingPercent;
    public boolean control;
    public boolean exemptInvestor;
    public BigDecimal staffAwu;
    public BigDecimal turnover;
    public BigDecimal balanceSheetTotal;

    public RelatedEnterprise toRelatedEnterprise() {
        return new RelatedEnterprise(name, holdingPercent, control, exemptInvestor,
                new EnterpriseFigures(staffAwu, turnover, balanceSheetTotal));
    }
}
