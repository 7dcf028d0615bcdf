package org.openbando.organization;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The organisations' facts read with plain JDBC on the caller's connection, for the deadline-day path only
 * (docs/adr/0006-submission-on-deadline-day.md): the submission checks each request and the register each batch
 * without the ORM, which cost half of a request's processor time. The same answers as {@link OrganizationDirectory}
 * (the size test is {@link SizeCalculator}'s, membership is {@link ClusterMembership#isActiveOn}'s rule in SQL); the
 * tables stay this feature's.
 */
@PublicApi
public final class OrganizationReader {

    private OrganizationReader() {
    }

    /** What identifies these organisations (name, VAT number, type), by id. */
    public static Map<Long, OrganizationDirectory.Entry> entries(Connection c, Collection<Long> ids)
            throws SQLException {
        Map<Long, OrganizationDirectory.Entry> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Sql.query(c, "select id, name, vat_number, type from openbando.organization where id in " + Sql.in(ids),
                    ids, rs -> found.put(rs.getLong(1), new OrganizationDirectory.Entry(rs.getLong(1),
                            rs.getString(2), rs.getString(3), OrganizationType.valueOf(rs.getString(4)))));
        }
        return found;
    }

    /** These thematic areas by id ({@link ClusterDirectory#areas}). */
    public static Map<Long, ClusterDirectory.AreaRef> areas(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, ClusterDirectory.AreaRef> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Sql.query(c, "select a.id, a.code, a.name, a.name_en, k.code from openbando.thematic_area a join "
                    + "openbando.cluster k on k.id = a.cluster_id where a.id in " + Sql.in(ids) + " order by a.code",
                    ids, rs -> found.put(rs.getLong(1), new ClusterDirectory.AreaRef(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5))));
        }
        return found;
    }

    /** {@link OrganizationDirectory#facts} in two statements: the organisations with their memberships, holdings. */
    public static Map<Long, OrganizationFacts> facts(Connection c, Collection<Long> ids, LocalDate day)
            throws SQLException {
        Map<Long, OrganizationFacts> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<Long, List<RelatedEnterprise>> related = new HashMap<>();
        Sql.query(c, "select organization_id, name, holding_percent, control, exempt_investor, staff_awu, turnover, "
                + "balance_sheet_total from openbando.related_enterprise where organization_id in " + Sql.in(ids)
                + " order by organization_id, position", ids,
                rs -> related.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RelatedEnterprise(
                        rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4), rs.getBoolean(5),
                        new EnterpriseFigures(rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))));
        List<Object> parameters = new ArrayList<>();
        parameters.add(day);
        parameters.add(day);
        parameters.addAll(ids);
        Sql.query(c, "select o.id, o.name, o.vat_number, o.type, o.staff_awu, o.turnover, o.balance_sheet_total, "
                + "array(select k.code from openbando.cluster_membership m join openbando.cluster k "
                + "on k.id = m.cluster_id where m.organization_id = o.id and m.status = 'ACTIVE' and m.since <= ? "
                + "and (m.until is null or m.until >= ?) order by k.code), "
                + "exists (select 1 from openbando.cluster_membership m where m.organization_id = o.id) "
                + "from openbando.organization o where o.id in " + Sql.in(ids), parameters, rs -> {
                    long id = rs.getLong(1);
                    OrganizationType type = OrganizationType.valueOf(rs.getString(4));
                    SizeComputation size = type.isEnterprise() ? SizeCalculator.compute(new EnterpriseFigures(
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)),
                            related.getOrDefault(id, List.of())) : null;
                    found.put(id, new OrganizationFacts(id, rs.getString(2), rs.getString(3), type, day, size,
                            List.of((String[]) rs.getArray(8).getArray()), rs.getBoolean(9)));
                });
        return found;
    }
}
