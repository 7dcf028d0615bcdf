package org.openbando.submission;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.openbando.call.CallReader;
import org.openbando.call.Line;
import org.openbando.call.SubmissionWindow;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationReader;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Sha256;
import org.openbando.shared.Sql;

/**
 * The protocol register: the one writer of submissions. Requests hand over a submission checked and prepared
 * ({@link Prepared}) and wait; one thread takes every submission waiting at that moment and stores them in one
 * transaction (group commit): it locks their proposals and the registers of their calls, checks again what may have
 * changed since the request read it, takes the receipt time and the next protocol number of each in arrival order,
 * freezes the snapshots and writes all rows with JDBC batches. Only after the commit is each request answered. A
 * rush therefore costs one register lock and one commit per batch instead of one per submission; numbers still
 * follow the order of receipt without gaps, because a number is taken only for a submission that is stored in the
 * same commit. With several application instances, their writers take turns on the register rows.
 */
@ApplicationScoped
class SubmissionRegister implements SubmissionLoad {

    private static final Logger LOG = Logger.getLogger(SubmissionRegister.class);

    /** A submission checked by the request that makes it, waiting for its number. */
    record Prepared(long proposalId, long version, long callId, String callCode, Line line, long leadOrganizationId,
            String submittedBy, String idempotencyKey, int maxProposalsPerEnterprise, ProposalContent content,
            List<Snapshot.SubmittedAttachment> attachments, List<OrganizationFacts> members) {

        List<Long> partners() {
            return content.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).toList();
        }

        /** What is frozen, with the lead as it is at the receipt time. */
        Snapshot snapshot(long number, Instant receivedAt, Snapshot.Lead lead) {
            return new Snapshot(proposalId, callCode, line, number, receivedAt, submittedBy, lead,
                    content, attachments, members);
        }
    }

    private record Pending(Prepared prepared, CompletableFuture<SubmissionReceipt> answer) {
    }

    /** What the register makes of one request of a batch. */
    private sealed interface Outcome permits Storable, Accepted, SameAs, Answered, Refused {
    }

    /** Nothing refuses it: it gets a receipt time and a number, in arrival order. */
    private enum Storable implements Outcome {
        YES
    }

    /** A submission of this batch that will be stored. */
    private record Accepted(Pending pending, long number, Instant receivedAt, String snapshot, String sha256)
            implements Outcome {
    }

    /** A repeat (same Idempotency-Key) of a request of this very batch: it gets that request's answer. */
    private record SameAs(Pending pending) implements Outcome {
    }

    /** The receipt: of the submission stored now, or of the earlier one a retry repeats. */
    private record Answered(SubmissionReceipt receipt) implements Outcome {
    }

    private record Refused(ProblemException problem) implements Outcome {
    }

    /** A submission stored before, which a repeated request is matched against. */
    record Earlier(long id, long proposalId, long number, Instant receivedAt, String sha256, String key,
            Instant withdrawnAt) {

        SubmissionReceipt receipt(String callCode) {
            return new SubmissionReceipt(proposalId, id, callCode, number, receivedAt, sha256, withdrawnAt);
        }

        /** The proposal's submission made with this key (none for no key). */
        static Optional<Earlier> sameKey(List<Earlier> earlier, long proposalId, String key) {
            return earlier.stream().filter(e -> e.proposalId() == proposalId && key != null && key.equals(e.key()))
                    .findFirst();
        }

        /** The proposal's submission in force. */
        static Optional<Earlier> inForce(List<Earlier> earlier, long proposalId) {
            return earlier.stream().filter(e -> e.proposalId() == proposalId && e.withdrawnAt() == null).findFirst();
        }
    }

    /** What a batch gives each request (a receipt or a problem), and which submissions it stored. */
    private record Written(Map<Pending, Outcome> outcomes, List<ProposalSubmitted> stored) {
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final ProposalStatuses statuses;
    private final Event<ProposalSubmitted> submitted;
    private final int batchSize;
    private final LinkedBlockingQueue<Pending> queue;
    private final int rushRate;
    private long windowStartNanos = System.nanoTime();
    private int arrivalsInWindow;
    private volatile Thread writer;
    private volatile long lastRushNanos = System.nanoTime() - java.util.concurrent.TimeUnit.HOURS.toNanos(1);

    SubmissionRegister(AgroalDataSource dataSource, Clock clock, ProposalStatuses statuses,
            Event<ProposalSubmitted> submitted, SubmissionConfig config) {
        this.rushRate = config.rushRate();
        this.dataSource = dataSource;
        this.clock = clock;
        this.statuses = statuses;
        this.submitted = submitted;
        this.batchSize = config.batchSize();
        this.queue = new LinkedBlockingQueue<>(config.maxWaiting());
    }

    /** Stores the submission with the others waiting now; answers once it is committed (or refused). */
    SubmissionReceipt store(Prepared prepared) {
        CompletableFuture<SubmissionReceipt> answer = new CompletableFuture<>();
        startWriter();
        if (!queue.offer(new Pending(prepared, answer))) {
            throw busy();
        }
        try {
            return answer.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * True while submissions arrive in a rush: at least {@code rush-rate} of them reached the register within one
     * second, and that second ended less than a second ago. The process starter waits meanwhile, so that the engine's
     * work (processes, receipt PDFs, checks) does not take the processors from the acknowledgements.
     */
    @Override
    public boolean inRush() {
        return inRush(System.nanoTime());
    }

    boolean inRush(long nowNanos) {
        return nowNanos - lastRushNanos < 1_000_000_000L;
    }

    /** The answer when too many submissions wait: nothing was stored, the same request may be sent again. */
    static ProblemException busy() {
        return new ProblemException(503, "busy", "Busy", "Too many submissions at this moment: try again (with the "
                + "same Idempotency-Key)", List.of());
    }

    private void startWriter() {
        if (writer == null) {
            synchronized (this) {
                if (writer == null) {
                    Thread thread = new Thread(this::run, "submission-register");
                    thread.setDaemon(true);
                    thread.start();
                    writer = thread;
                }
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread thread = writer;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, batchSize - 1);
                noteArrivals(batch.size(), System.nanoTime());
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) { // never leave a request waiting, never stop the writer
                batch.forEach(p -> p.answer().completeExceptionally(e));
                LOG.error("The submission register failed a batch", e);
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(busy()); // stopping: nothing of it was stored
        }
    }

    /** Counts arrivals in windows of one second (writer thread only); a window of rush-rate or more marks a rush. */
    void noteArrivals(int arrivals, long now) {
        if (now - windowStartNanos >= 1_000_000_000L) {
            windowStartNanos = now;
            arrivalsInWindow = 0;
        }
        arrivalsInWindow += arrivals;
        if (arrivalsInWindow >= rushRate) {
            lastRushNanos = now;
        }
    }

    /**
     * Writes a batch in one transaction; when it fails as a whole (which a checked submission should not make it do),
     * every submission is written alone, so that one bad submission cannot refuse the others.
     */
    private void write(List<Pending> batch) {
        Written written;
        try {
            written = QuarkusTransaction.requiringNew().call(() -> writeTogether(batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                throw e;
            }
            LOG.warn("A batch of " + batch.size() + " submissions failed; writing them one by one", e);
            for (Pending pending : batch) {
                try {
                    write(List.of(pending));
                } catch (RuntimeException single) {
                    pending.answer().completeExceptionally(single);
                }
            }
            return;
        }
        // committed: answer every request, and wake the process starter
        written.outcomes().forEach((pending, outcome) -> {
            if (outcome instanceof Answered answered) {
                pending.answer().complete(answered.receipt());
            } else if (outcome instanceof Refused refused) {
                pending.answer().completeExceptionally(refused.problem());
            } else {
                throw new IllegalStateException("Unanswered submission: " + outcome);
            }
        });
        written.stored().forEach(submitted::fire);
    }

    /** One transaction: lock, check again, number, freeze and write; returns each request's receipt or problem. */
    private Written writeTogether(List<Pending> batch) throws SQLException {
        Map<Pending, Outcome> outcomes = new LinkedHashMap<>();
        TreeSet<Long> proposalIds = batch.stream().map(p -> p.prepared().proposalId())
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Long> callIds = batch.stream().map(p -> p.prepared().callId())
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Long> leads = batch.stream().map(p -> p.prepared().leadOrganizationId())
                .collect(Collectors.toCollection(TreeSet::new));
        try (Connection c = dataSource.getConnection()) {
            // locks in a fixed order (proposals, then registers, each by id), as withdrawal does (proposal first)
            Map<Long, ProposalStatuses.Locked> proposals = ProposalStatuses.lockForSubmission(c, proposalIds);
            Map<Long, Long> last = new HashMap<>();
            Sql.query(c, "select call_id, last_number from openbando.protocol_counter where call_id in "
                    + Sql.in(callIds) + " order by call_id for update", callIds, rs -> last.put(rs.getLong(1), rs.getLong(2)));
            Map<Long, SubmissionWindow> windows = CallReader.windows(c, callIds);
            List<Earlier> earlier = earlierOf(c, proposalIds);
            Map<Submissions.InCall, Long> active = Submissions.activeWith(c, callIds, leads, null);
            Map<Long, OrganizationDirectory.Entry> leadsById = OrganizationReader.entries(c, leads);

            List<Accepted> accepted = new ArrayList<>();
            Map<Long, Accepted> acceptedByProposal = new HashMap<>();
            for (Pending pending : batch) {
                Prepared p = pending.prepared();
                Outcome outcome = decide(p, proposals.get(p.proposalId()), earlier, acceptedByProposal, active,
                        windows.get(p.callId()));
                if (outcome == Storable.YES) { // the receipt time and the next number, in arrival order
                    Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    SubmissionWindow window = windows.get(p.callId());
                    if (!window.acceptsSubmissionsAt(receivedAt)) {
                        outcomes.put(pending, new Refused(closed(p.callCode(), window.opensAt(), window.deadlineAt(),
                                receivedAt)));
                        continue;
                    }
                    if (!last.containsKey(p.callId())) {
                        throw new IllegalStateException("Call " + p.callId() + " has no protocol register: it was "
                                + "never published");
                    }
                    long number = last.merge(p.callId(), 1L, Long::sum);
                    OrganizationDirectory.Entry lead = leadsById.get(p.leadOrganizationId());
                    String snapshot = p.snapshot(number, receivedAt, new Snapshot.Lead(lead.id(), lead.name(),
                            lead.vatNumber())).canonical();
                    Accepted a = new Accepted(pending, number, receivedAt, snapshot,
                            Sha256.of(snapshot));
                    accepted.add(a);
                    acceptedByProposal.put(p.proposalId(), a);
                    active.merge(new Submissions.InCall(p.callId(), p.leadOrganizationId()), 1L, Long::sum);
                    outcomes.put(pending, a);
                } else {
                    outcomes.put(pending, outcome);
                }
            }
            Map<Long, Long> ids = accepted.isEmpty() ? Map.of() : insert(c, accepted, last);
            outcomes.replaceAll((pending, outcome) -> outcome instanceof Accepted a ? new Answered(receipt(a, ids))
                    : outcome);
            // a repeated request in this very batch gets the receipt of the one it repeats
            outcomes.replaceAll((pending, outcome) -> outcome instanceof SameAs same ? outcomes.get(same.pending())
                    : outcome);
            return new Written(outcomes, accepted.stream().map(a -> a.pending().prepared().proposalId())
                    .map(proposal -> new ProposalSubmitted(proposal, ids.get(proposal))).toList());
        }
    }

    /**
     * Whether the submission may be stored; otherwise the earlier receipt it repeats (same Idempotency-Key), the
     * request of this batch it repeats, or the problem that refuses it.
     */
    private static Outcome decide(Prepared p, ProposalStatuses.Locked proposal, List<Earlier> earlier,
            Map<Long, Accepted> acceptedByProposal, Map<Submissions.InCall, Long> active, SubmissionWindow window) {
        Optional<Earlier> same = Earlier.sameKey(earlier, p.proposalId(), p.idempotencyKey());
        if (same.isPresent()) {
            return new Answered(same.get().receipt(p.callCode()));
        }
        Accepted inBatch = acceptedByProposal.get(p.proposalId());
        if (inBatch != null) {
            if (p.idempotencyKey() != null
                    && p.idempotencyKey().equals(inBatch.pending().prepared().idempotencyKey())) {
                return new SameAs(inBatch.pending());
            }
            return new Refused(alreadySubmitted(p.proposalId(), inBatch.number(), inBatch.receivedAt()));
        }
        if (proposal == null) {
            return new Refused(ProblemException.notFound("Proposal", p.proposalId()));
        }
        if (proposal.status() != ProposalStatus.DRAFT) {
            Optional<Earlier> inForce = Earlier.inForce(earlier, p.proposalId());
            if (inForce.isPresent()) {
                return new Refused(alreadySubmitted(p.proposalId(), inForce.get().number(),
                        inForce.get().receivedAt()));
            }
            return new Refused(ProblemException.conflict("proposal-not-draft", "Proposal " + p.proposalId() + " is "
                    + proposal.status() + ": only a draft can be submitted"));
        }
        if (proposal.version() != p.version()) {
            return new Refused(ProblemException.conflict("stale-version", "Proposal " + p.proposalId() + " was "
                    + "changed while it was being submitted (version " + p.version() + ", now " + proposal.version()
                    + "): check it and submit again"));
        }
        if (!proposal.attachmentIds().equals(p.attachments().stream().map(Snapshot.SubmittedAttachment::id)
                .collect(Collectors.toSet()))) {
            return new Refused(ProblemException.conflict("stale-version", "The attachments of proposal "
                    + p.proposalId() + " changed while it was being submitted: check them and submit again"));
        }
        long withLead = active.getOrDefault(new Submissions.InCall(p.callId(), p.leadOrganizationId()), 0L);
        if (withLead >= p.maxProposalsPerEnterprise()) {
            return new Refused(ProblemException.conflict("too-many-proposals", "Your enterprise is already in "
                    + withLead + " active proposal(s) of call " + p.callCode() + ", the most the call allows: "
                    + "withdraw one first"));
        }
        return window == null ? new Refused(ProblemException.notFound("Call", p.callId())) : Storable.YES;
    }

    /** Every submission of the proposals, withdrawn or in force. */
    static List<Earlier> earlierOf(Connection c, Collection<Long> proposalIds) throws SQLException {
        List<Earlier> earlier = new ArrayList<>();
        Sql.query(c, "select id, proposal_id, protocol_number, received_at, sha256, idempotency_key, withdrawn_at "
                + "from openbando.submission where proposal_id in " + Sql.in(proposalIds), proposalIds,
                rs -> earlier.add(new Earlier(rs.getLong(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, 4),
                        rs.getString(5), rs.getString(6), Sql.instant(rs, 7))));
        return earlier;
    }

    static ProblemException alreadySubmitted(long proposalId, long number, Instant receivedAt) {
        return ProblemException.conflict("already-submitted", "Proposal " + proposalId + " was already submitted "
                + "with protocol number " + number + " at " + rome(receivedAt));
    }

    /** The refusal of a submission received outside the call's window (or by a call no longer taking any). */
    static ProblemException closed(String callCode, Instant opensAt, Instant deadlineAt, Instant receivedAt) {
        return receivedAt.isBefore(opensAt)
                ? ProblemException.conflict("call-not-open", "Call " + callCode + " opens at " + rome(opensAt))
                : ProblemException.conflict("call-closed", "The deadline of call " + callCode + " was "
                        + rome(deadlineAt) + "; the submission was received at " + rome(receivedAt));
    }

    /**
     * Writes the accepted submissions with their members, and the registers; the proposals become SUBMITTED (their
     * attachments frozen, the audit written) through their owner, {@link ProposalStatuses#submitAll}.
     */
    private Map<Long, Long> insert(Connection c, List<Accepted> accepted, Map<Long, Long> last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into openbando.submission (proposal_id, call_id, "
                + "protocol_number, received_at, snapshot, sha256, submitted_by, idempotency_key) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Accepted a : accepted) {
                Prepared p = a.pending().prepared();
                s.setLong(1, p.proposalId());
                s.setLong(2, p.callId());
                s.setLong(3, a.number());
                s.setObject(4, a.receivedAt().atOffset(ZoneOffset.UTC));
                s.setString(5, a.snapshot());
                s.setString(6, a.sha256());
                s.setString(7, p.submittedBy());
                s.setString(8, p.idempotencyKey());
                s.addBatch();
            }
            s.executeBatch();
        }
        Map<Long, Long> ids = new HashMap<>(); // proposal -> its new submission
        List<Long> proposalIds = accepted.stream().map(a -> a.pending().prepared().proposalId()).toList();
        Sql.query(c, "select proposal_id, id from openbando.submission where withdrawn_at is null and proposal_id in "
                + Sql.in(proposalIds), proposalIds, rs -> ids.put(rs.getLong(1), rs.getLong(2)));
        try (PreparedStatement m = c.prepareStatement(
                "insert into openbando.submission_member (submission_id, organization_id, lead) values (?, ?, ?)")) {
            for (Accepted a : accepted) {
                Prepared p = a.pending().prepared();
                long id = ids.get(p.proposalId());
                member(m, id, p.leadOrganizationId(), true);
                for (long partner : p.partners()) {
                    member(m, id, partner, false);
                }
            }
            m.executeBatch();
        }
        statuses.submitAll(c, accepted.stream().map(a -> new ProposalStatuses.Submitted(
                a.pending().prepared().proposalId(), a.receivedAt(), a.pending().prepared().submittedBy(),
                !a.pending().prepared().attachments().isEmpty(), "protocol " + a.pending().prepared().callCode()
                        + "/" + a.number() + " sha256 " + a.sha256())).toList());
        try (PreparedStatement r = c.prepareStatement(
                "update openbando.protocol_counter set last_number = ? where call_id = ?")) {
            for (long call : accepted.stream().map(a -> a.pending().prepared().callId()).collect(Collectors.toSet())) {
                r.setLong(1, last.get(call));
                r.setLong(2, call);
                r.addBatch();
            }
            r.executeBatch();
        }
        return ids;
    }

    private static void member(PreparedStatement m, long submission, long organization, boolean lead)
            throws SQLException {
        m.setLong(1, submission);
        m.setLong(2, organization);
        m.setBoolean(3, lead);
        m.addBatch();
    }

    private static SubmissionReceipt receipt(Accepted a, Map<Long, Long> ids) {
        Prepared p = a.pending().prepared();
        return new SubmissionReceipt(p.proposalId(), ids.get(p.proposalId()), p.callCode(), a.number(),
                a.receivedAt(), a.sha256(), null);
    }

    private static String rome(Instant instant) {
        return ClockProducer.inRome(instant).toString();
    }
}
