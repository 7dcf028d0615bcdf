package org.openbando.ranking;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.GrantComputation;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusSubmitted;
import org.openbando.evaluation.EvaluationOutcome;
import org.openbando.shared.Sql;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * The full grant of each evaluated proposal (the one computation, {@code call.GrantComputation}, over the participants
 * of its frozen snapshot), kept in {@code ranking_grant} so that ranking a call reads one row per proposal instead of
 * parsing every snapshot: computed when a fundable proposal's consensus is submitted (after that transaction commits;
 * a failure there only leaves the grant to the draft), and at draft time for any that is missing.
 */
@ApplicationScoped
class FullGrants {

    private static final Logger LOG = Logger.getLogger(FullGrants.class);

    private final AgroalDataSource dataSource;
    private final CallService calls;
    private final Submissions submissions;
    private final Consensus consensus;
    private final Clock clock;

    FullGrants(AgroalDataSource dataSource, CallService calls, Submissions submissions, Consensus consensus,
            Clock clock) {
        this.dataSource = dataSource;
        this.calls = calls;
        this.submissions = submissions;
        this.consensus = consensus;
        this.clock = clock;
    }

    /** The project's full grant under the call's rules: the sum of its partners' grants. */
    BigDecimal compute(FundingRules rules, Snapshot snapshot) {
        return GrantComputation.compute(rules.aidIntensities(), snapshot.participants()).fullGrant();
    }

    void onConsensus(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsensusSubmitted event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                EvaluationOutcome outcome = consensus.outcome(event.submissionId()).orElse(null);
                if (outcome == null || !outcome.fundable()) {
                    return;
                }
                FundingRules rules = calls.fundingRules(outcome.callId());
                BigDecimal grant = compute(rules, submissions.snapshot(event.submissionId()));
                store(outcome.callId(), Map.of(event.submissionId(), grant));
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "The full grant of submission %d was not computed now: the ranking's draft computes it",
                    event.submissionId());
        }
    }

    /** The cached full grants of the call's submissions, by submission. */
    Map<Long, BigDecimal> cached(long callId) {
        Map<Long, BigDecimal> found = new HashMap<>();
        return Sql.read(dataSource, "the full grants of a call", c -> {
            Sql.query(c, "select submission_id, full_grant from openbando.ranking_grant where call_id = ?",
                    List.of(callId), rs -> found.put(rs.getLong(1), rs.getBigDecimal(2)));
            return found;
        });
    }

    /** The full grants of these submissions: the cached ones, the others computed now and cached. */
    Map<Long, BigDecimal> of(long callId, FundingRules rules, Collection<Long> submissionIds) {
        Map<Long, BigDecimal> cached = cached(callId);
        Map<Long, BigDecimal> computed = new HashMap<>();
        for (Long id : submissionIds) {
            if (!cached.containsKey(id)) {
                computed.put(id, compute(rules, submissions.snapshot(id)));
            }
        }
        if (!computed.isEmpty()) {
            store(callId, computed);
            cached.putAll(computed);
        }
        return cached;
    }

    private void store(long callId, Map<Long, BigDecimal> grants) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into openbando.ranking_grant (submission_id, call_id, full_grant, computed_at) "
                        + "values (?, ?, ?, ?) on conflict (submission_id) do nothing")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (Map.Entry<Long, BigDecimal> e : grants.entrySet()) {
                insert.setLong(1, e.getKey());
                insert.setLong(2, callId);
                insert.setBigDecimal(3, e.getValue());
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the full grants of call " + callId + " failed", e);
        }
    }
}
