package org.openbando.call;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openbando.organization.OrganizationReader;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The call's rules and windows read with plain JDBC on the caller's connection, for the deadline-day path only
 * (docs/adr/0006-submission-on-deadline-day.md): the submission's check of each request and the register's batches go
 * without the ORM. The same {@link CallRules} as {@link CallService#rules}; the tables stay this feature's.
 */
@PublicApi
public final class CallReader {

    private CallReader() {
    }

    /** The rules of the call, with its thematic areas (the names of which the organisation feature reads). */
    public static Optional<CallRules> rules(Connection c, long callId) throws SQLException {
        Object[][] row = new Object[1][];
        List<Long> areaIds = new ArrayList<>();
        Sql.query(c, "select c.code, c.title, c.status, c.opens_at, c.deadline_at, c.min_start_trl, c.min_target_trl, "
                + "c.max_target_trl, c.research_must_prevail, c.min_project_cost, c.max_project_cost, "
                + "c.min_enterprises, c.max_proposals_per_enterprise, c.completion_term_days, "
                + "c.notice_before_rejection, c.observations_term_days, (select array_agg(ct.thematic_area_id) "
                + "from openbando.call_thematic_area ct where ct.call_id = c.id) "
                + "from openbando.grant_call c where c.id = ?", List.of(callId), rs -> {
                    row[0] = new Object[] {rs.getString(1), rs.getString(2), new SubmissionWindow(
                            CallStatus.valueOf(rs.getString(3)), Sql.instant(rs, 4), Sql.instant(rs, 5)),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getBigDecimal(10),
                            rs.getBigDecimal(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getBoolean(15),
                            rs.getInt(16)};
                    for (Object id : array(rs.getArray(17))) {
                        areaIds.add(((Number) id).longValue());
                    }
                });
        if (row[0] == null) {
            return Optional.empty();
        }
        Object[] r = row[0];
        Map<String, String> areas = new TreeMap<>();
        OrganizationReader.areas(c, areaIds).values().forEach(a -> areas.put(a.code(), a.name()));
        return Optional.of(new CallRules(callId, (String) r[0], (String) r[1], (SubmissionWindow) r[2], areas,
                (int) r[3], (int) r[4], (int) r[5], (boolean) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (int) r[9],
                (int) r[10], (int) r[11], (boolean) r[12], (int) r[13]));
    }

    /** The windows of the calls, by id. */
    public static Map<Long, SubmissionWindow> windows(Connection c, Collection<Long> callIds) throws SQLException {
        Map<Long, SubmissionWindow> windows = new HashMap<>();
        Sql.query(c, "select id, status, opens_at, deadline_at from openbando.grant_call where id in "
                + Sql.in(callIds), callIds, rs -> windows.put(rs.getLong(1), new SubmissionWindow(
                        CallStatus.valueOf(rs.getString(2)), Sql.instant(rs, 3), Sql.instant(rs, 4))));
        return windows;
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
