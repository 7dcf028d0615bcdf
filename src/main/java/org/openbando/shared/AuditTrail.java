package org.openbando.shared;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Writes the audit trail inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditTrail {

    /** The actor recorded when the process engine, not a person, changes a state. */
    public static final String SYSTEM = "system";

    private final Clock clock;
    private final AgroalDataSource dataSource;

    public AuditTrail(Clock clock, AgroalDataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, long entityId, String action, String from, String to,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.detail = detail;
        event.persist();
    }

    /** A row of the trail as {@link #recordAll} writes it. */
    public record Entry(Instant occurredAt, String actor, String entityType, long entityId, String action, String from,
            String to, String detail) {
    }

    /**
     * Writes many rows in one JDBC batch on the caller's connection and transaction (the submission register, which
     * writes whole batches of submissions without the entity manager).
     */
    public void recordAll(Connection connection, List<Entry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into openbando.audit_event (occurred_at, "
                + "actor, entity_type, entity_id, action, from_state, to_state, detail) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                insert.setObject(1, e.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(2, e.actor());
                insert.setString(3, e.entityType());
                insert.setLong(4, e.entityId());
                insert.setString(5, e.action());
                insert.setString(6, e.from());
                insert.setString(7, e.to());
                insert.setString(8, e.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rows of one entity as records, oldest first (the dossier of issue 15 reads its own issued manifests). */
    public List<Entry> entries(String entityType, long entityId) {
        return of(entityType, entityId).stream().map(e -> new Entry(e.occurredAt, e.actor, e.entityType, e.entityId,
                e.action, e.fromState, e.toState, e.detail)).toList();
    }

    public List<AuditEvent> of(String entityType, long entityId) {
        return AuditEvent.list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }

    // --- the search of the trail (issue 15: report.AuditSearch composes the subjects and calls these) -------------

    /** A row of the trail as the search reads it: its id (the keyset: ids grow with time) and what it recorded. */
    public record Row(long id, Instant occurredAt, String actor, String entityType, long entityId, String action,
            String from, String to, String detail) {
    }

    /**
     * What a search matches; every part optional (null: any).
     *
     * @param subjects the audited objects the rows must be about (null: any object; empty: none)
     * @param actor    who acted, exactly
     * @param action   the kind of act, exactly
     * @param from     the earliest instant, inclusive
     * @param to       the latest instant, inclusive
     */
    public record Criteria(AuditSubjects.Subjects subjects, String actor, String action, Instant from, Instant to) {
    }

    /** At most {@code limit} rows that match, newest first, with an id below {@code before} (null: from the newest). */
    public List<Row> newest(Criteria criteria, Long before, int limit) {
        return search(criteria, before, limit, false);
    }

    /** At most {@code limit} rows that match, oldest first, with an id above {@code after} (null: from the oldest). */
    public List<Row> oldest(Criteria criteria, Long after, int limit) {
        return search(criteria, after, limit, true);
    }

    /**
     * Every row that matches, oldest first, one at a time to {@code sink}: one statement read through a cursor (1,000
     * rows a fetch), so that a trail of any length never sits in memory. The sink runs while the cursor is open.
     */
    public void each(Criteria criteria, Consumer<Row> sink) {
        if (criteria.subjects() != null && criteria.subjects().isEmpty()) {
            return;
        }
        List<Object> parameters = new ArrayList<>();
        String sql = select(criteria, null, true, parameters);
        Sql.read(dataSource, "the audit trail", c -> {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false); // PostgreSQL's driver uses a cursor only inside a transaction
            }
            try (PreparedStatement q = prepare(c, sql, parameters)) {
                q.setFetchSize(EACH_FETCH);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            } finally {
                if (autoCommit) {
                    c.rollback(); // it only read
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private static final int EACH_FETCH = 1_000;

    /**
     * One statement whatever the number of subjects: they go as two arrays joined with {@code unnest} (a call's
     * subjects may number tens of thousands), so the rows are found through the index on (entity_type, entity_id).
     */
    private List<Row> search(Criteria criteria, Long keyset, int limit, boolean ascending) {
        if (criteria.subjects() != null && criteria.subjects().isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String sql = select(criteria, keyset, ascending, parameters) + " limit ?";
        parameters.add(limit);
        return Sql.read(dataSource, "the audit trail", c -> {
            List<Row> rows = new ArrayList<>(Math.min(limit, 1_000));
            try (PreparedStatement q = prepare(c, sql, parameters); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }

    private static String select(Criteria criteria, Long keyset, boolean ascending, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select e.id, e.occurred_at, e.actor, e.entity_type, e.entity_id, "
                + "e.action, e.from_state, e.to_state, e.detail from openbando.audit_event e where true");
        if (criteria.subjects() != null) {
            sql.append(" and (e.entity_type, e.entity_id) in (select s.t, s.i from unnest(?::varchar[], ?::int8[])"
                    + " as s(t, i))");
            Object[][] arrays = criteria.subjects().arrays();
            parameters.add(arrays[0]);
            parameters.add(arrays[1]);
        }
        if (criteria.actor() != null) {
            sql.append(" and e.actor = ?");
            parameters.add(criteria.actor());
        }
        if (criteria.action() != null) {
            sql.append(" and e.action = ?");
            parameters.add(criteria.action());
        }
        if (criteria.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            parameters.add(criteria.from().atOffset(ZoneOffset.UTC));
        }
        if (criteria.to() != null) {
            sql.append(" and e.occurred_at <= ?");
            parameters.add(criteria.to().atOffset(ZoneOffset.UTC));
        }
        if (keyset != null) {
            sql.append(ascending ? " and e.id > ?" : " and e.id < ?");
            parameters.add(keyset);
        }
        sql.append(ascending ? " order by e.id" : " order by e.id desc");
        return sql.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        int i = 1;
        for (Object p : parameters) {
            if (p instanceof String[] types) {
                q.setArray(i++, c.createArrayOf("varchar", types));
            } else if (p instanceof Long[] ids) {
                q.setArray(i++, c.createArrayOf("int8", ids));
            } else {
                q.setObject(i++, p);
            }
        }
        return q;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), Sql.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
