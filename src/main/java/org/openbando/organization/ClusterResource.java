package org.openbando.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
public class ClusterResource {

    private final OrganizationService organizations;

    public ClusterResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @PermitAll
    @Operation(summary = "The clusters with the thematic areas of their Strategic Research Agendas (public)")
    public List<ClusterView> list() {
        return organizations.clusters().stream().map(ClusterView::of).toList();
    }

    public record ClusterView(long id, String code, String name, String nameEn, String description,
            List<AreaView> thematicAreas) {
        static ClusterView of(Cluster c) {
            return new ClusterView(c.id, c.code, c.name, c.nameEn, c.description,
                    c.thematicAreas.stream().map(a -> new AreaView(a.id, a.code, a.name, a.nameEn)).toList());
        }
    }

    public record AreaView(long id, String code, String name, String nameEn) {
    }
}
