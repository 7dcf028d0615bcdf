package org.openbando.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbando.shared.PublicApi;

/**
 * The clusters and the thematic areas of their Strategic Research Agendas as other features refer to them (a call is
 * open to some clusters and admits some areas): by id and code, with their names in Italian and English.
 */
@ApplicationScoped
@PublicApi
public class ClusterDirectory {

    public record ClusterRef(long id, String code, String name, String nameEn) {
    }

    public record AreaRef(long id, String code, String name, String nameEn, String clusterCode) {
    }

    /** A thematic area of a new cluster's agenda. */
    public record NewArea(String code, String name, String nameEn) {
    }

    /** Registers a cluster with the areas of its agenda (reference data: the demo, a region's set-up). */
    @Transactional
    public ClusterRef register(String code, String name, String nameEn, String description, List<NewArea> areas) {
        Cluster cluster = new Cluster();
        cluster.code = code;
        cluster.name = name;
        cluster.nameEn = nameEn;
        cluster.description = description;
        cluster.persist();
        for (NewArea a : areas) {
            ThematicArea area = new ThematicArea();
            area.cluster = cluster;
            area.code = a.code();
            area.name = a.name();
            area.nameEn = a.nameEn();
            area.persist();
            cluster.thematicAreas.add(area);
        }
        return ref(cluster);
    }

    /** Whether any cluster is registered. */
    public boolean any() {
        return Cluster.count() > 0;
    }

    /** Every cluster, by code. */
    public List<ClusterRef> clusters() {
        return Cluster.<Cluster>list("order by code").stream().map(ClusterDirectory::ref).toList();
    }

    public Optional<ClusterRef> clusterByCode(String code) {
        return Cluster.findByCode(code).map(ClusterDirectory::ref);
    }

    public Optional<AreaRef> areaByCode(String code) {
        return ThematicArea.findByCode(code).map(ClusterDirectory::ref);
    }

    /** The areas of a cluster's agenda, by code. */
    public List<AreaRef> areasOf(long clusterId) {
        return ThematicArea.<ThematicArea>list("cluster.id = ?1 order by code", clusterId).stream()
                .map(ClusterDirectory::ref).toList();
    }

    /** These clusters by id, in the order of their codes. */
    public Map<Long, ClusterRef> clusters(Collection<Long> ids) {
        Map<Long, ClusterRef> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Cluster.<Cluster>list("id in ?1 order by code", ids).forEach(c -> found.put(c.id, ref(c)));
        }
        return found;
    }

    /** These areas by id, in the order of their codes. */
    public Map<Long, AreaRef> areas(Collection<Long> ids) {
        Map<Long, AreaRef> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            ThematicArea.<ThematicArea>list("select a from ThematicArea a join fetch a.cluster where a.id in ?1 "
                    + "order by a.code", ids).stream().sorted(Comparator.comparing(a -> a.code))
                    .forEach(a -> found.put(a.id, ref(a)));
        }
        return found;
    }

    private static ClusterRef ref(Cluster c) {
        return new ClusterRef(c.id, c.code, c.name, c.nameEn);
    }

    private static AreaRef ref(ThematicArea a) {
        return new AreaRef(a.id, a.code, a.name, a.nameEn, a.cluster.code);
    }
}
