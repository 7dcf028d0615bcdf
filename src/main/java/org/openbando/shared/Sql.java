package org.openbando.shared;

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
 * Plain JDBC for the deadline-day path (the submission's reads and the register's writes), which goes without the ORM
 * (docs/adr/0006-submission-on-deadline-day.md). Statements name the {@code openbando} schema. Each feature writes the
 * SQL over its own tables (e.g. {@code call.CallReader}, {@code proposal.ProposalStatuses}); this is only the helper.
 */
public final class Sql {

    public interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    public interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private Sql() {
    }

    /** PostgreSQL's SQLState of a unique constraint violated (by a concurrent insert that a check could not see). */
    public static final String UNIQUE_VIOLATION = "23505";

    /** True when the failure, or one of its causes, is a violated unique constraint. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Does the work on a connection of its own, outside any transaction (reads: each statement commits alone). */
    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + what + " failed", e);
        }
    }

    /** Runs the query with the parameters in order, each row to {@code row}. */
    public static void query(Connection c, String sql, Collection<?> parameters, Row row) throws SQLException {
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
    public static String in(Collection<?> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
