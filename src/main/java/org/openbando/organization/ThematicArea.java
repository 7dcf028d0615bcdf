package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** A thematic area of a cluster's Strategic Research Agenda; proposals must fall in one the call admits. */
@Entity
@Table(name = "thematic_area")
public class ThematicArea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Cluster cluster;
    public String code;
    public String name;
    public String nameEn;

    public static Optional<ThematicArea> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
