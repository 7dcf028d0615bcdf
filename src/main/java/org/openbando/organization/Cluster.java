package org.openbando.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An innovation cluster (e.g. a Clust-ER association) with the thematic areas of its Strategic Research Agenda. */
@Entity
@Table(name = "cluster")
public class Cluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String nameEn;
    public String description;
    @OneToMany(mappedBy = "cluster")
    @OrderBy("code")
    public List<ThematicArea> thematicAreas = new ArrayList<>();

    public static Optional<Cluster> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
