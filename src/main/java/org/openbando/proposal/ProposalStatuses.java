package org.openbando.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The one owner of a proposal's status. Every change goes through {@link #move} (or, on deadline day, the register's
 * batch {@link #submitAll}), is checked against the table of allowed transitions below, and writes the audit (who,
 * when, from, to). Nothing else writes the column. Which transition happens when is decided by the proposal process
 * ({@code bpmn/proposal.bpmn}) and the people acting in it; this class only refuses what the life of a proposal does
 * not allow.
 */
@ApplicationScoped
@PublicApi
public class ProposalStatuses {

    /** From each status, the statuses a proposal may move to. */
    static final Map<ProposalStatus, Set<ProposalStatus>> ALLOWED = new EnumMap<>(ProposalStatus.class);

    static {
        allow(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED);
        // checked, then reviewed; a completion sends it back to the checks; withdrawn before the deadline
        allow(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.DRAFT);
        allow(ProposalStatus.UNDER_REVIEW, ProposalStatus.ADMITTED, ProposalStatus.COMPLETION_REQUESTED,
                ProposalStatus.REJECTION_NOTIFIED, ProposalStatus.INADMISSIBLE, ProposalStatus.DRAFT);
        allow(ProposalStatus.COMPLETION_REQUESTED, ProposalStatus.SUBMITTED, ProposalStatus.INADMISSIBLE,
                ProposalStatus.DRAFT);
        allow(ProposalStatus.REJECTION_NOTIFIED, ProposalStatus.FINAL_REVIEW, ProposalStatus.DRAFT);
        allow(ProposalStatus.FINAL_REVIEW, ProposalStatus.ADMITTED, ProposalStatus.INADMISSIBLE,
                ProposalStatus.DRAFT);
        allow(ProposalStatus.ADMITTED, ProposalStatus.UNDER_EVALUATION);
        allow(ProposalStatus.INADMISSIBLE);
        allow(ProposalStatus.UNDER_EVALUATION, ProposalStatus.EVALUATED);
        allow(ProposalStatus.EVALUATED);
    }

    private static void allow(ProposalStatus from, ProposalStatus... to) {
        ALLOWED.put(from, to.length == 0 ? EnumSet.noneOf(ProposalStatus.class) : EnumSet.of(to[0], to));
    }

    /** Whether the life of a proposal allows this change. */
    public static boolean allowed(ProposalStatus from, ProposalStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    private final AuditTrail audit;

    public ProposalStatuses(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Locks the proposal's row for the rest of the transaction (every change of a proposal's status or content takes
     * this lock first, so that two of them are never interleaved) and returns it as it is now; 404 when unknown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProposalRef lock(long id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null) {
            throw ProblemException.notFound("Proposal", id);
        }
        Proposal.getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        return ProposalRef.of(proposal);
    }

    /**
     * Moves the proposal to {@code to}, recording who, the action and a detail in the audit. Moving to the status it
     * already has changes nothing (a process listener may be told twice). A transition the table does not allow is a
     * bug of the caller, who checks the status under {@link #lock} first: it fails.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(long id, ProposalStatus to, String actor, String action, String detail) {
        Proposal proposal = Proposal.findById(id);
        ProposalStatus from = proposal.status;
        if (from == to) {
            return;
        }
        if (!allowed(from, to)) {
            throw new IllegalStateException("Proposal " + id + " cannot move from " + from + " to " + to);
        }
        proposal.status = to;
        audit.record(actor, "proposal", id, action, from.name(), to.name(), detail);
    }

    /** A proposal's row as the submission register reads it under lock: status, version, attachments in force. */
    public record Locked(ProposalStatus status, long version, Set<Long> attachmentIds) {
    }

    /** A submission the register stores: the draft becomes SUBMITTED, its attachments frozen as of the receipt. */
    public record Submitted(long proposalId, Instant receivedAt, String submittedBy, boolean withAttachments,
            String detail) {
    }

    /**
     * Deadline day, on the register's connection and transaction: locks the proposals in id order (as withdrawal does:
     * the proposal first) and reads their status, version and attachments in force.
     */
    public static Map<Long, Locked> lockForSubmission(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Object[]> rows = new HashMap<>();
        Sql.query(c, "select id, status, version from openbando.proposal where id in " + Sql.in(ids)
                + " order by id for update", ids, rs -> rows.put(rs.getLong(1),
                        new Object[] {ProposalStatus.valueOf(rs.getString(2)), rs.getLong(3)}));
        Map<Long, Set<Long>> attachments = new HashMap<>(); // uploads and removals lock the proposal
        Sql.query(c, "select proposal_id, id from openbando.attachment where removed_at is null and proposal_id in "
                + Sql.in(ids), ids, rs -> attachments.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)));
        Map<Long, Locked> locked = new HashMap<>();
        rows.forEach((id, row) -> locked.put(id, new Locked((ProposalStatus) row[0], (long) row[1],
                attachments.getOrDefault(id, Set.of()))));
        return locked;
    }

    /**
     * Deadline day: every proposal of the batch moves from DRAFT to SUBMITTED (the table's first transition), with a
     * new version, its attachments in force frozen, and one audit row each, in JDBC batches on the register's
     * connection. The caller holds the locks of {@link #lockForSubmission} and has checked each is a draft.
     */
    public void submitAll(Connection c, List<Submitted> submitted) throws SQLException {
        if (!allowed(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED)) {
            throw new IllegalStateException("The table of transitions no longer lets a draft be submitted");
        }
        try (PreparedStatement st = c.prepareStatement("update openbando.proposal set status = ?, "
                + "version = version + 1 where id = ? and status = ?");
                PreparedStatement at = c.prepareStatement("update openbando.attachment set submitted_at = ? "
                        + "where proposal_id = ? and removed_at is null and submitted_at is null")) {
            for (Submitted s : submitted) {
                st.setString(1, ProposalStatus.SUBMITTED.name());
                st.setLong(2, s.proposalId());
                st.setString(3, ProposalStatus.DRAFT.name());
                st.addBatch();
                if (s.withAttachments()) {
                    at.setObject(1, s.receivedAt().atOffset(ZoneOffset.UTC));
                    at.setLong(2, s.proposalId());
                    at.addBatch();
                }
            }
            for (int count : st.executeBatch()) {
                if (count != 1) { // the lock was not held, or the caller did not check: never half-written
                    throw new IllegalStateException("A proposal of the batch was no longer a draft");
                }
            }
            at.executeBatch();
        }
        audit.recordAll(c, submitted.stream().map(s -> new AuditTrail.Entry(s.receivedAt(), s.submittedBy(),
                "proposal", s.proposalId(), "submitted", ProposalStatus.DRAFT.name(), ProposalStatus.SUBMITTED.name(),
                s.detail())).toList());
    }
}
