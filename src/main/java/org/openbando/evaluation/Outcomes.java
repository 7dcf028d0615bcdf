package org.openbando.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.shared.Json;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The concluded evaluations of a call as the ranking reads them, in one query whatever their number (a call of ten
 * thousand proposals is ranked in well under a second): the outcome of each consensus with the final score of every
 * criterion and the heading copied when the evaluation opened (protocol number, acronym, title, lead with its VAT
 * number). The outcomes are those of {@link Consensus#outcomes}; this read adds what a ranking shows.
 */
@ApplicationScoped
@PublicApi
public class Outcomes {

    /**
     * One concluded evaluation.
     *
     * @param finalScores the consensus' final score of each criterion, by the call's code, in the call's order
     * @param reasons why not fundable (empty when fundable)
     */
    @PublicApi
    public record Ranked(long submissionId, long proposalId, String line, BigDecimal total, boolean fundable,
            List<Fundability.Reason> reasons, Map<String, BigDecimal> finalScores, long protocolNumber,
            String acronym, String title, Long leadOrganizationId, String leadName, String leadVatNumber) {

        public Ranked {
            reasons = List.copyOf(reasons);
            finalScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(finalScores));
        }
    }

    private static final TypeReference<List<Fundability.Reason>> REASONS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public Outcomes(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The concluded evaluations (fundable or not) of the call, in the order of their submissions. */
    public List<Ranked> ofCall(long callId) {
        List<Ranked> found = new ArrayList<>();
        Sql.read(dataSource, "the outcomes of a call's evaluations", c -> {
            Sql.query(c, "select e.submission_id, e.proposal_id, e.line, r.total, r.fundable, "
                    + "case when r.fundable then null else cast(r.reasons as text) end, "
                    + "(select string_agg((x ->> 'criterion') || '=' || coalesce(x ->> 'score', ''), ';') "
                    + "from jsonb_array_elements(r.content #> '{form,scores}') x), "
                    + "s.protocol_number, s.acronym, s.title, p.organization_id, p.name, p.vat_number "
                    + "from openbando.evaluation e "
                    + "join openbando.consensus_report r on r.evaluation_id = e.id and r.status = 'SUBMITTED' "
                    + "left join openbando.evaluation_subject s on s.evaluation_id = e.id "
                    + "left join openbando.evaluation_party p on p.evaluation_id = e.id and p.role = 'LEAD' "
                    + "where e.call_id = ? and e.status in ('EVALUATED_FUNDABLE', 'EVALUATED_NOT_FUNDABLE') "
                    + "order by e.submission_id", List.of(callId), rs -> {
                        String reasons = rs.getString(6);
                        found.add(new Ranked(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getBoolean(5), reasons == null ? List.of()
                                        : Json.read(json, reasons, REASONS, "The reasons of an outcome"),
                                scores(rs.getString(7)), rs.getLong(8), rs.getString(9), rs.getString(10),
                                (Long) rs.getObject(11), rs.getString(12), rs.getString(13)));
                    });
            return null;
        });
        return found;
    }

    private static Map<String, BigDecimal> scores(String joined) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (joined == null || joined.isEmpty()) {
            return scores;
        }
        for (String pair : joined.split(";")) {
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            scores.put(pair.substring(0, eq), value.isEmpty() ? null : new BigDecimal(value));
        }
        return scores;
    }
}
