package org.openbando.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * The published ranking of a call: what anyone reads on the public page and in the open data (CSV, JSON). Names
 * only what a ranking act publishes: protocol number, acronym, title, lead (name and VAT number), total, list,
 * position, grant; never experts, scores per criterion or reasons beyond the codes.
 */
@PublicApi
public record PublicRanking(long callId, String callCode, String callTitle, Instant approvedAt,
        List<LineRanking> lines) {

    public PublicRanking {
        lines = List.copyOf(lines);
    }

    /** One line with its lists, as the movements up the reserve list have changed them. */
    @PublicApi
    public record LineRanking(Line line, BigDecimal budget, BigDecimal allocated, Instant reserveValidUntil,
            boolean reserveValid, List<Row> rows) {

        public LineRanking {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param list the list as approved
     * @param status now: FUNDED, RESERVE, MOVED_UP (funded from the reserve), REVOKED, RENOUNCED, FORFEITED,
     *               NOT_FUNDABLE, INADMISSIBLE, EXCLUDED
     */
    @PublicApi
    public record Row(Integer position, long protocolNumber, String acronym, String title, String leadName,
            String leadVatNumber, BigDecimal total, RankingList list, String status, BigDecimal grant,
            boolean partial) {
    }

    /** A call with a published ranking. */
    @PublicApi
    public record CallRef(long callId, String callCode, String callTitle, Instant approvedAt) {
    }
}
