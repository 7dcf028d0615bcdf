package org.openbando.submission;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * What the later phases read of submissions: the submission in force of a proposal, with its receipt and frozen
 * snapshot, never the draft; and how many submissions in force each enterprise is in (the maximum per enterprise).
 * Reads only: submitting and withdrawing are {@link SubmissionService}'s.
 */
@ApplicationScoped
@PublicApi
public class Submissions {

    /**
     * A stored submission: receipt, who submitted, whether withdrawn, and the consortium as submitted.
     *
     * @param arrivedAt when its request arrived: the instant judged against the call's window
     * @param receivedAt when the register stored it (its protocol number's order)
     */
    public record SubmissionView(long id, long proposalId, long callId, long protocolNumber, Instant arrivedAt,
            Instant receivedAt, String sha256, String submittedBy, Instant withdrawnAt, List<Long> members) {

        /** The lead first, then the partners, as submitted. */
        public long leadOrganizationId() {
            return members.get(0);
        }

        /**
         * One person never decides on their own proposal: whether the user submitted it or acts for an organisation
         * of its consortium as submitted, whatever their roles. Every officer's act on a proposal asks this
         * ({@link #refuseOwn}).
         */
        public boolean ownedBy(String username, Optional<Long> actingFor) {
            return username.equals(submittedBy) || actingFor.map(members::contains).orElse(false);
        }

        /** 403 {@code own-proposal} when {@link #ownedBy}: another officer takes the decision. */
        public void refuseOwn(String username, Optional<Long> actingFor) {
            if (ownedBy(username, actingFor)) {
                throw new ProblemException(403, "own-proposal", "Forbidden", "You act for an"
                        + " organisation of this proposal's consortium or submitted it: another officer takes the"
                        + " decision", List.of());
            }
        }
    }

    /**
     * A submission as a list shows it, from its frozen snapshot: protocol number, acronym, title and lead's name (the
     * applicant's own words as submitted, never the draft as it is later).
     */
    public record Heading(long submissionId, long proposalId, long protocolNumber, String acronym, String title,
            String leadName, Instant withdrawnAt) {
    }

    /**
     * When a submission arrived and its protocol number: what a ranking's tie-breaks read (the arrival has millisecond
     * precision).
     */
    public record Arrival(long submissionId, long proposalId, long protocolNumber, Instant arrivedAt) {
    }

    /** The submissions in force of a call, by id, in one query (no snapshot is read). */
    public Map<Long, Arrival> arrivals(long callId) {
        Map<Long, Arrival> found = new HashMap<>();
        return Sql.read(dataSource, "the arrivals of a call's submissions", c -> {
            Sql.query(c, "select id, proposal_id, protocol_number, arrived_at from openbando.submission where call_id = ? "
                    + "and withdrawn_at is null", List.of(callId), rs -> found.put(rs.getLong(1), new Arrival(
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, 4))));
            return found;
        });
    }

    /** The ids of every submission of a proposal, withdrawn ones too, in one query (no entity is loaded). */
    public List<Long> idsOf(long proposalId) {
        List<Long> found = new ArrayList<>();
        return Sql.read(dataSource, "the submissions of a proposal", c -> {
            Sql.query(c, "select id from openbando.submission where proposal_id = ? order by id", List.of(proposalId),
                    rs -> found.add(rs.getLong(1)));
            return found;
        });
    }

    /** An enterprise in a call: the key of the counts of submissions in force. */
    record InCall(long callId, long organizationId) {
    }

    private final AgroalDataSource dataSource;

    public Submissions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionView> inForce(long proposalId) {
        return Submission.activeOf(proposalId).map(Submissions::view);
    }

    /** The submissions in force of these proposals, by proposal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, SubmissionView> inForce(Collection<Long> proposalIds) {
        Map<Long, SubmissionView> found = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return found;
        }
        List<Submission> submissions = Submission.list("proposalId in ?1 and withdrawnAt is null", proposalIds);
        Map<Long, List<Long>> members = new HashMap<>();
        if (!submissions.isEmpty()) {
            SubmissionMember.<SubmissionMember>list("submissionId in ?1 order by lead desc, organizationId",
                    submissions.stream().map(x -> x.id).toList())
                    .forEach(m -> members.computeIfAbsent(m.submissionId, k -> new ArrayList<>()).add(m.organizationId));
        }
        submissions.forEach(x -> found.put(x.proposalId, view(x, members.getOrDefault(x.id, List.of()))));
        return found;
    }

    /**
     * The headings of these submissions, by submission id, in one query whatever their number (a page of a list of
     * thousands reads its own rows only); unknown ids are absent.
     */
    public Map<Long, Heading> headings(Collection<Long> submissionIds) {
        Map<Long, Heading> found = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return found;
        }
        return Sql.read(dataSource, "the headings of submissions", c -> {
            Sql.query(c, "select id, proposal_id, protocol_number, j #>> '{content,acronym}', j #>> '{content,title}', "
                    + "j #>> '{lead,name}', withdrawn_at from (select id, proposal_id, protocol_number, withdrawn_at, "
                    + "cast(snapshot as jsonb) j from openbando.submission where id in " + Sql.in(submissionIds)
                    + ") s", submissionIds, rs -> found.put(rs.getLong(1), new Heading(rs.getLong(1), rs.getLong(2),
                            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), Sql.instant(rs, 7))));
            return found;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionView get(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        if (submission == null) {
            throw new IllegalStateException("There is no submission " + submissionId);
        }
        return view(submission);
    }

    /**
     * The snapshot of a submission exactly as stored (the canonical JSON whose UTF-8 bytes have {@code sha256}), for a
     * project's dossier (issue 15), which copies it verbatim; empty for an unknown submission.
     */
    @PublicApi
    public record StoredSnapshot(long submissionId, String json, String sha256) {
    }

    /** As {@link StoredSnapshot}: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredSnapshot> stored(long submissionId) {
        return Submission.<Submission>findByIdOptional(submissionId).map(s -> new StoredSnapshot(s.id,
                s.snapshot, s.sha256));
    }

    /** A submission as the auditor's list of a call's projects shows it (issue 15), from its frozen snapshot. */
    @PublicApi
    public record Listed(long submissionId, long proposalId, long protocolNumber, String line, String acronym,
            String title, String leadName, Instant withdrawnAt) {
    }

    /**
     * A page of a call's submissions (withdrawn ones too) in protocol order, those after {@code afterProtocol}
     * (keyset; null for the first page), optionally of one line and whose acronym or lead's name contains
     * {@code text} (case-insensitive; the caller bounds it); at most {@code size} rows (the caller bounds it). One query.
     */
    public List<Listed> listed(long callId, String line, String text, Long afterProtocol, int size) {
        List<Object> parameters = new ArrayList<>(List.of(callId));
        StringBuilder where = new StringBuilder("call_id = ?");
        if (afterProtocol != null) {
            where.append(" and protocol_number > ?");
            parameters.add(afterProtocol);
        }
        StringBuilder outer = new StringBuilder("true");
        if (line != null) {
            outer.append(" and j ->> 'line' = ?");
            parameters.add(line);
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            outer.append(" and (lower(j #>> '{content,acronym}') like ? or lower(j #>> '{lead,name}') like ?)");
            parameters.add(like);
            parameters.add(like);
        }
        parameters.add(size);
        List<Listed> found = new ArrayList<>();
        return Sql.read(dataSource, "a page of a call's submissions", c -> {
            Sql.query(c, "select id, proposal_id, protocol_number, j ->> 'line', j #>> '{content,acronym}', "
                    + "j #>> '{content,title}', j #>> '{lead,name}', withdrawn_at from (select id, proposal_id, "
                    + "protocol_number, withdrawn_at, cast(snapshot as jsonb) j from openbando.submission where " + where
                    + ") s where " + outer + " order by protocol_number limit ?", parameters,
                    rs -> found.add(new Listed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), Sql.instant(rs, 8))));
            return found;
        });
    }

    /** The frozen snapshot of a submission, typed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot snapshot(long submissionId) {
        return Submission.<Submission>findById(submissionId).typedSnapshot();
    }

    /**
     * For each of these enterprises, the submissions in force of the call it is in with a protocol number up to this
     * submission's (this one included): earlier protocol numbers count first.
     */
    public Map<Long, Long> activeUpTo(SubmissionView s, Collection<Long> organizations) {
        Map<InCall, Long> counts = Sql.read(dataSource, "active submissions of enterprises",
                c -> activeWith(c, List.of(s.callId()), organizations, s.protocolNumber()));
        Map<Long, Long> byOrganization = new HashMap<>();
        organizations.forEach(o -> byOrganization.put(o, counts.getOrDefault(new InCall(s.callId(), o), 0L)));
        return byOrganization;
    }

    /**
     * How many submissions in force of these calls each of these enterprises is in, by call and enterprise,
     * those with a protocol number up to {@code upToNumber} when given. Read from the enterprises' memberships (by
     * organisation), then their submissions (by primary key), so that the cost follows the enterprises' few
     * submissions, never the call's many: as one join, the planner started from the call whenever its statistics did
     * not yet know the call's rush, and every batch read all of the call's submissions (docs/benchmarks.md). The one
     * query for this question: the register asks it for every batch, the eligibility rule for every check.
     */
    static Map<InCall, Long> activeWith(Connection c, Collection<Long> callIds, Collection<Long> organizations,
            Long upToNumber) throws SQLException {
        Map<Long, List<Long>> members = new HashMap<>(); // submission -> the organisations of these in it
        Sql.query(c, "select submission_id, organization_id from openbando.submission_member where organization_id in "
                + Sql.in(organizations), organizations,
                rs -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        Map<InCall, Long> active = new HashMap<>();
        if (members.isEmpty()) {
            return active;
        }
        List<Long> submissions = new ArrayList<>(members.keySet());
        List<Object> parameters = new ArrayList<>(submissions);
        parameters.addAll(callIds);
        if (upToNumber != null) {
            parameters.add(upToNumber);
        }
        Sql.query(c, "select id, call_id from openbando.submission where withdrawn_at is null and id in "
                + Sql.in(submissions) + " and call_id in " + Sql.in(callIds)
                + (upToNumber == null ? "" : " and protocol_number <= ?"), parameters,
                rs -> {
                    long call = rs.getLong(2);
                    members.get(rs.getLong(1)).forEach(organization -> active.merge(new InCall(call, organization), 1L,
                            Long::sum));
                });
        return active;
    }

    private static SubmissionView view(Submission s) {
        List<Long> members = new ArrayList<>();
        SubmissionMember.<SubmissionMember>list("submissionId = ?1 order by lead desc, organizationId", s.id)
                .forEach(m -> members.add(m.organizationId));
        return view(s, members);
    }

    private static SubmissionView view(Submission s, List<Long> members) {
        return new SubmissionView(s.id, s.proposalId, s.callId, s.protocolNumber, s.arrivedAt, s.receivedAt,
                s.sha256, s.submittedBy, s.withdrawnAt, members);
    }
}
