package org.openbando.ranking;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * Where each submission stands in a call's APPROVED ranking (the published act; a draft under review is not a
 * standing), in one query per call, for the read-only projections (issue 15: the funding report, open data). Lines not
 * approved yet are absent.
 */
@ApplicationScoped
@PublicApi
public class RankingLists {

    private final AgroalDataSource dataSource;

    RankingLists(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The list of each submission of the call's approved lines, by submission id. */
    public Map<Long, RankingList> approved(long callId) {
        Map<Long, RankingList> found = new HashMap<>();
        return Sql.read(dataSource, "the lists of a call's approved ranking", c -> {
            Sql.query(c, "select e.submission_id, e.list from openbando.ranking_entry e join openbando.ranking r "
                    + "on r.id = e.ranking_id where r.call_id = ? and r.status = 'APPROVED'", List.of(callId),
                    rs -> found.put(rs.getLong(1), RankingList.valueOf(rs.getString(2))));
            return found;
        });
    }
}
