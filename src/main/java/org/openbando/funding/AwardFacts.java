package org.openbando.funding;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The awards of a call as the read-only projections count them (issue 15: the funding report, open data), in two
 * queries per call whatever its size (the awards, then every partner's grant), never one per award; nothing of the
 * checklist, the documents or the frozen computations' JSON is read. For one award with everything, {@link Awards}.
 */
@ApplicationScoped
@PublicApi
public class AwardFacts {

    /**
     * An award's figures.
     *
     * @param grant       the grant in force: as decided (after partial funding) less the parts renounced after
     *                    acceptance; for an ended award, what was in force when it ended
     * @param decided     the grant as decided (after partial funding), before any renunciation
     * @param movedUp     funded by moving up the reserve list
     * @param endedAt     when it was renounced, forfeited or revoked (null while in force)
     * @param partnerGrants each partner's grant in force (reduced by partial renunciations), by organisation id
     */
    @PublicApi
    public record Fact(long submissionId, AwardStatus status, BigDecimal grant, BigDecimal decided, boolean movedUp,
            String cup, String cor, Instant decidedAt, Instant endedAt, Map<Long, BigDecimal> partnerGrants) {

        /** Renounced, forfeited or revoked. */
        public boolean ended() {
            return status == AwardStatus.RENOUNCED || status == AwardStatus.FORFEITED
                    || status == AwardStatus.REVOKED;
        }
    }

    private final AgroalDataSource dataSource;

    AwardFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The awards of a call, by submission id. */
    public Map<Long, Fact> ofCall(long callId) {
        return read("a.call_id = ?", callId);
    }

    public Optional<Fact> ofSubmission(long submissionId) {
        return read("a.submission_id = ?", submissionId).values().stream().findFirst();
    }

    private Map<Long, Fact> read(String where, long key) {
        return Sql.read(dataSource, "the awards' figures", c -> {
            Map<Long, Map<Long, BigDecimal>> partners = new HashMap<>();
            Sql.query(c, "select a.submission_id, p.organization_id, coalesce(p.reduced_grant, p.grant_amount) "
                    + "from openbando.award_partner p join openbando.grant_award a on a.id = p.award_id where "
                    + where + " order by a.submission_id, p.position", List.of(key),
                    rs -> partners.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2),
                            rs.getBigDecimal(3)));
            Map<Long, Fact> found = new LinkedHashMap<>();
            Sql.query(c, "select a.submission_id, a.status, a.grant_amount, a.renounced_amount, a.origin, a.cup, "
                    + "a.cor, a.decided_at, coalesce(a.revoked_at, a.forfeited_at, "
                    + "case when a.status = 'RENOUNCED' then a.renounced_at end) "
                    + "from openbando.grant_award a where " + where + " order by a.submission_id", List.of(key),
                    rs -> {
                        long submission = rs.getLong(1);
                        AwardStatus status = AwardStatus.valueOf(rs.getString(2));
                        BigDecimal decided = rs.getBigDecimal(3);
                        Map<Long, BigDecimal> grants = partners.getOrDefault(submission, Map.of());
                        BigDecimal grant = status == AwardStatus.RENOUNCED
                                // a whole renunciation records the whole grant as renounced: what was in force is
                                // what the partners held (their grants reduced by earlier partial renunciations)
                                ? grants.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2)
                                : decided.subtract(rs.getBigDecimal(4));
                        found.put(submission, new Fact(submission, status, grant, decided,
                                "MOVE_UP".equals(rs.getString(5)), rs.getString(6), rs.getString(7),
                                Sql.instant(rs, 8), Sql.instant(rs, 9), grants));
                    });
            return found;
        });
    }
}
