package org.openbando.proposal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import javax.sql.DataSource;

/**
 * Plain JDBC for the deadline-day path (the submission's reads and the register's writes), which goes without the ORM:
 * plain PostgreSQL statements that name the {@code openbando} schema.
 */
final class Sql {

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private Sql() {
    }

    /** Does the work on a connection of its own, outside any transaction (reads: each statement commits alone). */
    static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + what + " failed", e);
        }
    }

    /** Runs the query with the parameters in order, each row to {@code row}. */
    static void query(Connection c, String sql, Collection<?> parameters, Row row) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            for (Object parameter : parameters) {
                q.setObject(i++, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    /** "(?, ?, ?)" for the values. */
    static String in(Collection<?> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
