package org.openbando.organization;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * Organisations as the read-only projections name and place them (issue 15: the funding report, open data): name,
 * VAT number, type and city as their records say now, for thousands of ids in one query (an array parameter, never
 * one bind parameter per id).
 */
@ApplicationScoped
@PublicApi
public class OrganizationPlaces {

    /** @param city null when the record has none */
    @PublicApi
    public record Place(long id, String name, String vatNumber, OrganizationType type, String city) {
    }

    private final AgroalDataSource dataSource;

    OrganizationPlaces(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The organisations with these ids, by id; unknown ids are absent. */
    public Map<Long, Place> of(Collection<Long> ids) {
        Map<Long, Place> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        return Sql.read(dataSource, "the organisations' places", c -> {
            try (var q = c.prepareStatement("select id, name, vat_number, type, city from openbando.organization "
                    + "where id = any(?)")) {
                q.setArray(1, c.createArrayOf("bigint", ids.toArray(Long[]::new)));
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new Place(rs.getLong(1), rs.getString(2), rs.getString(3),
                                OrganizationType.valueOf(rs.getString(4)), rs.getString(5)));
                    }
                }
            }
            return found;
        });
    }
}
