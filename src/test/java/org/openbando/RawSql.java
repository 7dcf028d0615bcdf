package org.openbando;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQL straight to the tests' database, beside the application: as its role would send it (the triggers of V12 fire),
 * or with the triggers bypassed ({@code SET LOCAL session_replication_role = replica}, which only a superuser may
 * set) to alter stored bytes on purpose, as an attacker with the database's keys would. Tests inject it.
 */
@Singleton
public final class RawSql {

    private final AgroalDataSource dataSource;

    @Inject
    RawSql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row of a query. */
    public long queryLong(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one statement in its own transaction; returns the rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        return run(false, sql, parameters);
    }

    /** Runs one statement in its own transaction with the triggers bypassed; returns the rows it changed. */
    public int tamper(String sql, Object... parameters) {
        try {
            return run(true, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private int run(boolean bypassTriggers, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (bypassTriggers) {
                    try (Statement s = c.createStatement()) {
                        s.execute("set local session_replication_role = replica"); // ends with the transaction
                    }
                }
                int changed;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        s.setObject(i + 1, parameters[i]);
                    }
                    changed = s.executeUpdate();
                }
                c.commit();
                return changed;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
