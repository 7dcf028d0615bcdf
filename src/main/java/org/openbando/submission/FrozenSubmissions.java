package org.openbando.submission;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The frozen snapshots of a call's submissions in force, in bulk, for the read-only projections (issue 15: the
 * reports, open data): one streamed query per call (rows fetched a few hundred at a time, so a call of thousands never
 * holds every snapshot's text at once), never one per submission. The snapshot is typed as {@link Snapshot} reads it;
 * its hash is not checked here (a report counts, it decides nothing; the dossier checks every hash).
 */
@ApplicationScoped
@PublicApi
public class FrozenSubmissions {

    /** A submission in force with what it froze. */
    @PublicApi
    public record Frozen(long submissionId, long proposalId, long callId, long protocolNumber, Instant receivedAt,
            Snapshot snapshot) {
    }

    /** A submission in force of a call as it is listed, without its snapshot (cheap: no JSON is read). */
    @PublicApi
    public record Listed(long submissionId, long proposalId, long protocolNumber, Instant receivedAt) {
    }

    private static final int FETCH = 500;

    private final AgroalDataSource dataSource;

    FrozenSubmissions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The submissions in force of a call (withdrawn ones left out), in protocol order, without snapshots. */
    public List<Listed> listed(long callId) {
        List<Listed> found = new java.util.ArrayList<>();
        return Sql.read(dataSource, "the submissions of a call", c -> {
            Sql.query(c, "select id, proposal_id, protocol_number, received_at from openbando.submission "
                    + "where call_id = ? and withdrawn_at is null order by protocol_number", List.of(callId),
                    rs -> found.add(new Listed(rs.getLong(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, 4))));
            return found;
        });
    }

    /** Each submission in force of the call (withdrawn ones left out) with its snapshot, in protocol order. */
    public void ofCall(long callId, Consumer<Frozen> sink) {
        stream("call_id = ? and withdrawn_at is null", new Object[] {callId}, sink);
    }

    /** These submissions if in force (unknown and withdrawn ids absent) with their snapshots, in protocol order. */
    public void of(Collection<Long> submissionIds, Consumer<Frozen> sink) {
        if (submissionIds.isEmpty()) {
            return;
        }
        stream("id = any(?) and withdrawn_at is null", new Object[] {submissionIds.toArray(Long[]::new)}, sink);
    }

    private void stream(String where, Object[] parameters, Consumer<Frozen> sink) {
        Sql.read(dataSource, "the snapshots of submissions", c -> {
            boolean auto = c.getAutoCommit();
            if (auto) {
                c.setAutoCommit(false); // PostgreSQL fetches in chunks only inside a transaction
            } // else: the connection is enlisted in the caller's transaction, which it must not end
            try (PreparedStatement q = c.prepareStatement("select id, proposal_id, call_id, protocol_number, "
                    + "received_at, snapshot from openbando.submission where " + where + " order by protocol_number")) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof Long[] ids) {
                        q.setArray(i + 1, c.createArrayOf("bigint", ids));
                    } else {
                        q.setObject(i + 1, parameters[i]);
                    }
                }
                q.setFetchSize(FETCH);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        sink.accept(new Frozen(id, rs.getLong(2), rs.getLong(3), rs.getLong(4), Sql.instant(rs, 5),
                                Snapshot.read(rs.getString(6), "The snapshot of submission " + id)));
                    }
                }
            } finally {
                if (auto) {
                    restore(c);
                }
            }
            return null;
        });
    }

    private static void restore(Connection c) throws SQLException {
        c.rollback(); // it only read
        c.setAutoCommit(true);
    }
}
