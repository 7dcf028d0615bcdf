package org.openbando.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An evaluation criterion: its maximum score, its weight and an optional minimum to pass. */
@Entity
@Table(name = "call_criterion")
public class CallCriterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public GrantCall call;
    public int position;
    public String code;
    public String name;
    public BigDecimal maxScore;
    public BigDecimal weight;
    public BigDecimal minScore;
}
