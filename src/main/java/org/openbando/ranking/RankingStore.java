package org.openbando.ranking;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbando.call.Line;
import org.openbando.shared.Sql;

/**
 * The ranking's tables in plain JDBC ({@code ranking}, {@code ranking_entry}, {@code ranking_exclusion},
 * {@code ranking_movement}): batched inserts and one query per read, so that a call of thousands of proposals is
 * stored and read in a few statements. Connections taken inside a transaction join it (Agroal enlists them).
 */
@ApplicationScoped
class RankingStore {

    /** A ranking row (one line of a call). */
    record Head(long id, long callId, Line line, String callCode, String callTitle, RankingStatus status,
            long version, Instant computedAt, BigDecimal budget, BigDecimal fromOtherLine, BigDecimal toOtherLine,
            BigDecimal allocated, BigDecimal remainder, List<String> tieBreaks, Instant approvedAt,
            String approvedBy, Instant reserveValidUntil, Long actDocumentId, Instant publishedAt) {
    }

    /** An entry row. */
    record Row(long submissionId, long proposalId, Line line, long protocolNumber, Instant arrivedAt, String acronym,
            String title, String leadName, String leadVatNumber, Long leadOrganizationId, RankingList list, int ord,
            Integer position, BigDecimal total, BigDecimal tieBreakScore, RankingView.Tie tie,
            BigDecimal requestedGrant, BigDecimal grant, boolean partial, List<String> reasons,
            String exclusionReason, String excludedBy, Instant excludedAt) {

        RankingView.Entry entry() {
            return new RankingView.Entry(submissionId, proposalId, protocolNumber, arrivedAt, acronym, title,
                    leadName, leadVatNumber, list, position, total, tieBreakScore, tie, requestedGrant, grant,
                    partial, reasons, exclusionReason, excludedBy, excludedAt);
        }
    }

    /** An officer's exclusion. */
    record Exclusion(long submissionId, String reason, String by, Instant at) {
    }

    private static final String HEAD_COLUMNS = "id, call_id, line, call_code, call_title, status, version, "
            + "computed_at, budget, from_other_line, to_other_line, allocated, remainder, tie_breaks, approved_at, "
            + "approved_by, reserve_valid_until, act_document_id, published_at";
    private static final String ROW_COLUMNS = "submission_id, proposal_id, line, protocol_number, arrived_at, acronym, "
            + "title, lead_name, lead_vat_number, lead_organization_id, list, ord, position, total, tie_break_score, "
            + "tie_group, tie_broken_by, tie_explanation, requested_grant, grant_amount, partial, reasons, "
            + "exclusion_reason, excluded_by, excluded_at";
    private static final String MOVEMENT_COLUMNS = "m.id, m.call_id, m.line, m.cause, m.freed_by_submission_id, "
            + "m.freed, m.available, m.offered_submission_id, e.acronym, m.offered_grant, m.partial, m.status, "
            + "m.created_at, m.confirmed_by, m.confirmed_at, m.offered_full_grant";

    private final AgroalDataSource dataSource;

    RankingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // heads

    /** The call's rankings (A then B); with {@code lock}, locked for the transaction (FOR UPDATE). */
    List<Head> heads(long callId, boolean lock) {
        List<Head> heads = new ArrayList<>();
        return Sql.read(dataSource, "the rankings of a call", c -> {
            Sql.query(c, "select " + HEAD_COLUMNS + " from openbando.ranking where call_id = ? order by line"
                    + (lock ? " for update" : ""), List.of(callId), rs -> heads.add(head(rs)));
            return heads;
        });
    }

    Optional<Head> head(long callId, Line line) {
        return heads(callId, false).stream().filter(h -> h.line() == line).findFirst();
    }

    /** The calls with an approved ranking, newest approval first: (call id, code, title, approved at). */
    List<PublicRanking.CallRef> approvedCalls() {
        List<PublicRanking.CallRef> calls = new ArrayList<>();
        return Sql.read(dataSource, "the calls with an approved ranking", c -> {
            Sql.query(c, "select call_id, min(call_code), min(call_title), min(approved_at) from openbando.ranking "
                    + "where status = 'APPROVED' group by call_id order by min(approved_at) desc, call_id desc",
                    List.of(), rs -> calls.add(new PublicRanking.CallRef(rs.getLong(1), rs.getString(2),
                            rs.getString(3), Sql.instant(rs, 4))));
            return calls;
        });
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), rs.getLong(2), Line.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), RankingStatus.valueOf(rs.getString(6)), rs.getLong(7), Sql.instant(rs, 8),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), Arrays.asList(rs.getString(14).split(",")), Sql.instant(rs, 15),
                rs.getString(16), Sql.instant(rs, 17), (Long) rs.getObject(18), Sql.instant(rs, 19));
    }

    /**
     * Writes a line's draft: a new ranking (version 0) or the existing draft with its version set and its entries
     * replaced. Returns the ranking's id.
     */
    long saveDraft(Head h, List<Row> rows) {
        return write("the draft ranking of call " + h.callId(), c -> {
            long id;
            Optional<Long> existing = Optional.empty();
            try (PreparedStatement q = c.prepareStatement("select id from openbando.ranking where call_id = ? "
                    + "and line = ?")) {
                q.setLong(1, h.callId());
                q.setString(2, h.line().name());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        existing = Optional.of(rs.getLong(1));
                    }
                }
            }
            if (existing.isPresent()) {
                id = existing.get();
                try (PreparedStatement u = c.prepareStatement("update openbando.ranking set version = ?, "
                        + "computed_at = ?, budget = ?, from_other_line = ?, to_other_line = ?, allocated = ?, "
                        + "remainder = ?, tie_breaks = ?, call_code = ?, call_title = ? where id = ? "
                        + "and status = 'DRAFT'")) {
                    u.setLong(1, h.version());
                    u.setTimestamp(2, Timestamp.from(h.computedAt()));
                    u.setBigDecimal(3, h.budget());
                    u.setBigDecimal(4, h.fromOtherLine());
                    u.setBigDecimal(5, h.toOtherLine());
                    u.setBigDecimal(6, h.allocated());
                    u.setBigDecimal(7, h.remainder());
                    u.setString(8, String.join(",", h.tieBreaks()));
                    u.setString(9, h.callCode());
                    u.setString(10, h.callTitle());
                    u.setLong(11, id);
                    if (u.executeUpdate() != 1) {
                        throw new IllegalStateException("The ranking " + id + " is not a draft");
                    }
                }
                try (PreparedStatement d = c.prepareStatement("delete from openbando.ranking_entry where "
                        + "ranking_id = ?")) {
                    d.setLong(1, id);
                    d.executeUpdate();
                }
            } else {
                try (PreparedStatement i = c.prepareStatement("insert into openbando.ranking (call_id, line, "
                        + "call_code, call_title, status, version, computed_at, budget, from_other_line, "
                        + "to_other_line, allocated, remainder, tie_breaks) values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, "
                        + "?, ?, ?, ?) returning id")) {
                    i.setLong(1, h.callId());
                    i.setString(2, h.line().name());
                    i.setString(3, h.callCode());
                    i.setString(4, h.callTitle());
                    i.setLong(5, h.version());
                    i.setTimestamp(6, Timestamp.from(h.computedAt()));
                    i.setBigDecimal(7, h.budget());
                    i.setBigDecimal(8, h.fromOtherLine());
                    i.setBigDecimal(9, h.toOtherLine());
                    i.setBigDecimal(10, h.allocated());
                    i.setBigDecimal(11, h.remainder());
                    i.setString(12, String.join(",", h.tieBreaks()));
                    try (ResultSet rs = i.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
            }
            insertRows(c, id, h.callId(), rows);
            return id;
        });
    }

    /**
     * The entries' columns after ranking_id and call_id, with the SQL type of the array each is sent in: one
     * {@code insert ... select from unnest(arrays)} per line writes every entry with one statement of 25 parameters,
     * whatever the number of proposals (a multi-row INSERT of 27 parameters a row took three times as long, most of it
     * in parsing and binding; docs/benchmarks.md, "Ranking of a call").
     */
    private static final String[][] ARRAY_COLUMNS = {{"submission_id", "int8"}, {"proposal_id", "int8"},
            {"line", "varchar"}, {"protocol_number", "int8"}, {"arrived_at", "timestamptz"}, {"acronym", "varchar"},
            {"title", "varchar"}, {"lead_name", "varchar"}, {"lead_vat_number", "varchar"},
            {"lead_organization_id", "int8"}, {"list", "varchar"}, {"ord", "int4"}, {"position", "int4"},
            {"total", "numeric"}, {"tie_break_score", "numeric"}, {"tie_group", "int4"}, {"tie_broken_by", "varchar"},
            {"tie_explanation", "varchar"}, {"requested_grant", "numeric"}, {"grant_amount", "numeric"},
            {"partial", "bool"}, {"reasons", "varchar"}, {"exclusion_reason", "varchar"}, {"excluded_by", "varchar"},
            {"excluded_at", "timestamptz"}};

    private static final String INSERT_ROWS = "insert into openbando.ranking_entry (ranking_id, call_id, " + ROW_COLUMNS
            + ") select ?, ?, u.* from unnest(" + String.join(", ", java.util.Arrays.stream(ARRAY_COLUMNS)
                    .map(col -> "?::" + col[1] + "[]").toList()) + ") as u";

    /** Inserts the entries of a line with one statement: each column sent as an array. */
    private static void insertRows(Connection c, long rankingId, long callId, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[][] columns = new Object[ARRAY_COLUMNS.length][n];
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            RankingView.Tie tie = row.tie();
            Object[] values = {row.submissionId(), row.proposalId(), row.line().name(), row.protocolNumber(),
                    Timestamp.from(row.arrivedAt()), row.acronym(), row.title(), row.leadName(), row.leadVatNumber(),
                    row.leadOrganizationId(), row.list().name(), row.ord(), row.position(), row.total(),
                    row.tieBreakScore(), tie == null ? null : tie.group(), tie == null ? null : tie.brokenBy(),
                    tie == null ? null : tie.explanation(), row.requestedGrant(), row.grant(), row.partial(),
                    row.reasons().isEmpty() ? null : String.join("\n", row.reasons()), row.exclusionReason(),
                    row.excludedBy(), row.excludedAt() == null ? null : Timestamp.from(row.excludedAt())};
            for (int k = 0; k < values.length; k++) {
                columns[k][r] = values[k];
            }
        }
        try (PreparedStatement i = c.prepareStatement(INSERT_ROWS)) {
            i.setLong(1, rankingId);
            i.setLong(2, callId);
            for (int k = 0; k < ARRAY_COLUMNS.length; k++) {
                i.setArray(k + 3, c.createArrayOf(ARRAY_COLUMNS[k][1], columns[k]));
            }
            i.executeUpdate();
        }
    }

    /** Approves the call's drafts: status, who, when, the reserve list's validity. */
    void approve(long callId, String by, Instant at, Instant reserveValidUntil) {
        write("the approval of the ranking of call " + callId, c -> {
            try (PreparedStatement u = c.prepareStatement("update openbando.ranking set status = 'APPROVED', "
                    + "approved_by = ?, approved_at = ?, reserve_valid_until = ? where call_id = ? "
                    + "and status = 'DRAFT'")) {
                u.setString(1, by);
                u.setTimestamp(2, Timestamp.from(at));
                u.setTimestamp(3, Timestamp.from(reserveValidUntil));
                u.setLong(4, callId);
                return u.executeUpdate();
            }
        });
    }

    /** Records the act and the publication of a line, once. */
    void published(long rankingId, Long actDocumentId, Instant at) {
        write("the publication of ranking " + rankingId, c -> {
            try (PreparedStatement u = c.prepareStatement("update openbando.ranking set act_document_id = "
                    + "coalesce(act_document_id, ?), published_at = coalesce(published_at, ?) where id = ?")) {
                setLong(u, 1, actDocumentId);
                u.setTimestamp(2, Timestamp.from(at));
                u.setLong(3, rankingId);
                return u.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // entries

    /** The entries of a ranking in the act's order. */
    List<Row> rows(long rankingId) {
        List<Row> rows = new ArrayList<>();
        return Sql.read(dataSource, "the entries of a ranking", c -> {
            Sql.query(c, "select " + ROW_COLUMNS + " from openbando.ranking_entry where ranking_id = ? order by ord",
                    List.of(rankingId), rs -> rows.add(row(rs)));
            return rows;
        });
    }

    /** The entry of a submission in its call's ranking, with its ranking's head. */
    Optional<Map.Entry<Head, Row>> entryOf(String column, long id) {
        List<Map.Entry<Head, Row>> found = new ArrayList<>();
        return Sql.read(dataSource, "the ranking entry of a proposal", c -> {
            Sql.query(c, "select " + prefixed("r.", HEAD_COLUMNS) + ", " + prefixed("e.", ROW_COLUMNS)
                    + " from openbando.ranking_entry e join openbando.ranking r on r.id = e.ranking_id where e."
                    + column + " = ?", List.of(id), rs -> found.add(Map.entry(head(rs), row(rs, 20))));
            return found.stream().findFirst();
        });
    }

    private static String prefixed(String prefix, String columns) {
        return String.join(", ", Arrays.stream(columns.split(", ")).map(s -> prefix + s).toList());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return row(rs, 1);
    }

    private static Row row(ResultSet rs, int o) throws SQLException {
        Integer group = (Integer) rs.getObject(o + 15);
        RankingView.Tie tie = group == null ? null : new RankingView.Tie(group, rs.getString(o + 16),
                rs.getString(o + 17));
        String reasons = rs.getString(o + 21);
        return new Row(rs.getLong(o), rs.getLong(o + 1), Line.valueOf(rs.getString(o + 2)), rs.getLong(o + 3),
                Sql.instant(rs, o + 4), rs.getString(o + 5), rs.getString(o + 6), rs.getString(o + 7),
                rs.getString(o + 8), (Long) rs.getObject(o + 9), RankingList.valueOf(rs.getString(o + 10)),
                rs.getInt(o + 11), (Integer) rs.getObject(o + 12), rs.getBigDecimal(o + 13),
                rs.getBigDecimal(o + 14), tie, rs.getBigDecimal(o + 18), rs.getBigDecimal(o + 19),
                rs.getBoolean(o + 20), reasons == null ? List.of() : Arrays.asList(reasons.split("\n")),
                rs.getString(o + 22), rs.getString(o + 23), Sql.instant(rs, o + 24));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // exclusions

    Map<Long, Exclusion> exclusions(long callId) {
        Map<Long, Exclusion> found = new LinkedHashMap<>();
        return Sql.read(dataSource, "the exclusions of a ranking", c -> {
            Sql.query(c, "select submission_id, reason, excluded_by, excluded_at from openbando.ranking_exclusion "
                    + "where call_id = ? order by excluded_at", List.of(callId), rs -> found.put(rs.getLong(1),
                            new Exclusion(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.instant(rs, 4))));
            return found;
        });
    }

    void exclude(long callId, Exclusion e) {
        write("an exclusion", c -> {
            try (PreparedStatement i = c.prepareStatement("insert into openbando.ranking_exclusion (call_id, "
                    + "submission_id, reason, excluded_by, excluded_at) values (?, ?, ?, ?, ?)")) {
                i.setLong(1, callId);
                i.setLong(2, e.submissionId());
                i.setString(3, e.reason());
                i.setString(4, e.by());
                i.setTimestamp(5, Timestamp.from(e.at()));
                return i.executeUpdate();
            }
        });
    }

    int reinstate(long callId, long submissionId) {
        return write("a reinstatement", c -> {
            try (PreparedStatement d = c.prepareStatement("delete from openbando.ranking_exclusion where call_id = ? "
                    + "and submission_id = ?")) {
                d.setLong(1, callId);
                d.setLong(2, submissionId);
                return d.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // movements

    /** The movements of a call, newest first; of one line when given. */
    List<Movement> movements(long callId, Line line) {
        List<Movement> found = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(List.of(callId));
        if (line != null) {
            parameters.add(line.name());
        }
        return Sql.read(dataSource, "the movements of a call", c -> {
            Sql.query(c, "select " + MOVEMENT_COLUMNS + " from openbando.ranking_movement m left join "
                    + "openbando.ranking r on r.call_id = m.call_id and r.line = m.line left join "
                    + "openbando.ranking_entry e on e.ranking_id = r.id and e.submission_id = m.offered_submission_id "
                    + "where m.call_id = ?" + (line == null ? "" : " and m.line = ?") + " order by m.id desc",
                    parameters, rs -> found.add(movement(rs)));
            return found;
        });
    }

    Optional<Movement> movement(long callId, long movementId, boolean lock) {
        List<Movement> found = new ArrayList<>();
        return Sql.read(dataSource, "a movement", c -> {
            if (lock) {
                try (PreparedStatement q = c.prepareStatement("select id from openbando.ranking_movement where id = ? "
                        + "for update")) {
                    q.setLong(1, movementId);
                    q.executeQuery().close();
                }
            }
            Sql.query(c, "select " + MOVEMENT_COLUMNS + " from openbando.ranking_movement m left join "
                    + "openbando.ranking r on r.call_id = m.call_id and r.line = m.line left join "
                    + "openbando.ranking_entry e on e.ranking_id = r.id and e.submission_id = m.offered_submission_id "
                    + "where m.call_id = ? and m.id = ?", List.of(callId, movementId), rs -> found.add(movement(rs)));
            return found.stream().findFirst();
        });
    }

    /** The full grant the movement offered against (the project's full grant). */
    private static Movement movement(ResultSet rs) throws SQLException {
        return new Movement(rs.getLong(1), rs.getLong(2), Line.valueOf(rs.getString(3)), rs.getString(4),
                (Long) rs.getObject(5), rs.getBigDecimal(6), rs.getBigDecimal(7), (Long) rs.getObject(8),
                rs.getString(9), rs.getBigDecimal(10), rs.getBoolean(11), rs.getString(12), Sql.instant(rs, 13),
                rs.getString(14), Sql.instant(rs, 15));
    }

    /** The full grant offered by a movement (stored beside the grant). */
    BigDecimal offeredFullGrant(long movementId) {
        return Sql.read(dataSource, "a movement's full grant", c -> {
            BigDecimal[] found = new BigDecimal[1];
            Sql.query(c, "select offered_full_grant from openbando.ranking_movement where id = ?",
                    List.of(movementId), rs -> found[0] = rs.getBigDecimal(1));
            return found[0];
        });
    }

    long insertMovement(Movement m, BigDecimal offeredFullGrant) {
        return write("a movement", c -> {
            try (PreparedStatement i = c.prepareStatement("insert into openbando.ranking_movement (call_id, line, "
                    + "cause, freed_by_submission_id, freed, available, offered_submission_id, offered_grant, "
                    + "offered_full_grant, partial, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "returning id")) {
                i.setLong(1, m.callId());
                i.setString(2, m.line().name());
                i.setString(3, m.cause());
                setLong(i, 4, m.freedBySubmissionId());
                i.setBigDecimal(5, m.freed());
                i.setBigDecimal(6, m.available());
                setLong(i, 7, m.offeredSubmissionId());
                i.setBigDecimal(8, m.offeredGrant());
                i.setBigDecimal(9, offeredFullGrant);
                i.setBoolean(10, m.partial());
                i.setString(11, m.status());
                i.setTimestamp(12, Timestamp.from(m.createdAt()));
                try (ResultSet rs = i.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    int settle(long movementId, String from, String to, String by, Instant at) {
        return write("a movement's settlement", c -> {
            try (PreparedStatement u = c.prepareStatement("update openbando.ranking_movement set status = ?, "
                    + "confirmed_by = ?, confirmed_at = ?, version = version + 1 where id = ? and status = ?")) {
                u.setString(1, to);
                u.setString(2, "CONFIRMED".equals(to) ? by : null);
                u.setTimestamp(3, "CONFIRMED".equals(to) ? Timestamp.from(at) : null);
                u.setLong(4, movementId);
                u.setString(5, from);
                return u.executeUpdate();
            }
        });
    }

    /** Proposed movements of a call lapse (the reserve list expired); returns their ids. */
    List<Long> proposed(long callId) {
        List<Long> ids = new ArrayList<>();
        return Sql.read(dataSource, "the proposed movements of a call", c -> {
            Sql.query(c, "select id from openbando.ranking_movement where call_id = ? and status = 'PROPOSED' "
                    + "order by id", List.of(callId), rs -> ids.add(rs.getLong(1)));
            return ids;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    private interface Write<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T write(String what, Write<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + what + " failed", e);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
