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
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Sha256;
import org.openbando.shared.Sql;

/**
 * The protocol register: the one writer of submissions. Requests hand over a submission checked and prepared
 * ({@link Prepared}) and wait; one thread takes every submission waiting at that moment and stores them in one
 * transaction (group commit): it locks their proposals and the registers of their calls, checks again what may have
 * changed since the request read it, judges each against the call's window at the instant its request arrived, takes
 * the registration time and the next protocol number of each in arrival order, freezes the snapshots and writes all
 * rows with JDBC batches. Only after the commit is each request answered. A
 * rush therefore costs one register lock and one commit per batch instead of one per submission; numbers still
 * follow the order of receipt without gaps, because a number is taken only for a submission that is stored in the
 * same commit. With several application instances, their writers take turns on the register rows. Nothing waits
 * without limit: a request gives up after {@code max-wait} (503, nothing stored), the register's transaction after
 * {@code write-timeout} on a lock or a statement; a submission that the database refuses is set apart (a savepoint
 * each) so that it does not refuse the others.
 */
@ApplicationScoped
class SubmissionRegister implements SubmissionLoad {

    private static final Logger LOG = Logger.getLogger(SubmissionRegister.class);

    /** A submission checked by the request that makes it, waiting for its number. */
    record Prepared(long proposalId, long version, long callId, String callCode, Line line, long leadOrganizationId,
            String submittedBy, String idempotencyKey, int maxProposalsPerEnterprise, ProposalContent content,
            List<Snapshot.SubmittedAttachment> attachments, List<OrganizationFacts> members, Instant arrivedAt) {

        List<Long> partners() {
            return content.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).toList();
        }

        /** What is frozen, with the lead as it is at the receipt time. */
        Snapshot snapshot(long number, Instant receivedAt, Snapshot.Lead lead) {
            return new Snapshot(proposalId, callCode, line, number, receivedAt, submittedBy, lead,
                    content, attachments, members);
        }
    }

    /** A request waiting for the register: taken by the writer, or abandoned by the request that gave up waiting. */
    private static final class Pending {

        private static final int WAITING = 0;
        private static final int TAKEN = 1;
        private static final int ABANDONED = 2;

        final Prepared prepared;
        final CompletableFuture<SubmissionReceipt> answer = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(WAITING);

        Pending(Prepared prepared) {
            this.prepared = prepared;
        }

        Prepared prepared() {
            return prepared;
        }

        CompletableFuture<SubmissionReceipt> answer() {
            return answer;
        }

        /** The writer takes it: from now on the request waits for its outcome. */
        boolean take() {
            return state.compareAndSet(WAITING, TAKEN);
        }

        /** The request gives up; true when the writer had not taken it (then it never will: nothing is stored). */
        boolean abandon() {
            return state.compareAndSet(WAITING, ABANDONED);
        }
    }

    /** What the register makes of one request of a batch. */
    private sealed interface Outcome permits Storable, Accepted, SameAs, Answered, Refused, Failed {
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

    /** A submission the database refused to store (set apart by its savepoint; the others of the batch are stored). */
    private record Failed(RuntimeException error) implements Outcome {
    }

    /** A submission stored before, which a repeated request is matched against. */
    record Earlier(long id, long proposalId, long number, Instant arrivedAt, Instant receivedAt, String sha256,
            String key, Instant withdrawnAt) {

        SubmissionReceipt receipt(String callCode) {
            return new SubmissionReceipt(proposalId, id, callCode, number, arrivedAt, receivedAt, sha256, withdrawnAt);
        }

        /**
         * What refuses a request repeating this submission's key: nothing while it is in force (the request gets its
         * receipt again); once withdrawn, 409 {@code idempotency-key-reused}, never the withdrawn receipt as if it
         * were new (submitting again takes a new key).
         */
        ProblemException keyReused(String callCode) {
            return withdrawnAt == null ? null : new ProblemException(409, "idempotency-key-reused", "Conflict",
                    "The Idempotency-Key was used for protocol number " + number + " of call " + callCode
                    + ", withdrawn at " + rome(withdrawnAt) + ": to submit the proposal again, send a new key",
                    List.of(new FieldViolation("Idempotency-Key", "was used for a submission that was withdrawn")));
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
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final int rushRate;
    private final Duration maxWait;
    private final Duration writeTimeout;
    /** No rush and no window yet (instants are the clock's milliseconds). */
    private static final long NEVER = Long.MIN_VALUE;
    private long windowStartMillis = NEVER;
    private int storedInWindow;
    private volatile long lastRushMillis = NEVER;
    /** How many requests the batch being written holds (written by the writer only; 0 between batches). */
    private volatile int inBatch;
    private volatile Thread writer;

    SubmissionRegister(AgroalDataSource dataSource, Clock clock, ProposalStatuses statuses,
            Event<ProposalSubmitted> submitted, SubmissionConfig config) {
        this.rushRate = config.rushRate();
        this.dataSource = dataSource;
        this.clock = clock;
        this.statuses = statuses;
        this.submitted = submitted;
        this.batchSize = config.batchSize();
        this.maxWait = config.maxWait();
        this.writeTimeout = config.writeTimeout();
    }

    /**
     * Stores the submission with the others waiting now; answers once it is committed (or refused). Waits at most
     * {@code wait} for the writer to take it (then 503 {@code busy}: nothing stored), and once taken at most twice
     * {@code write-timeout} more, which bounds every statement of the writer's transaction (then 503 too: the outcome
     * is unknown, and the same request with the same key tells).
     */
    SubmissionReceipt store(Prepared prepared, Duration wait) {
        Pending pending = new Pending(prepared);
        startWriter();
        queue.add(pending); // unbounded: the requests in flight are bounded before (SubmissionService)
        try {
            try {
                return pending.answer().get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (pending.abandon()) {
                    throw busy();
                }
                return pending.answer().get(writeTimeout.multipliedBy(2).toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            throw undecided();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw pending.abandon() ? busy() : undecided();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * True while submissions arrive in a rush: at least {@code rush-rate} of them were stored within one
     * second, and that second ended less than a second ago. The process starter waits meanwhile, so that the engine's
     * work (processes, receipt PDFs, checks) does not take the processors from the acknowledgements.
     */
    @Override
    public boolean inRush() {
        return inRush(clock.millis());
    }

    /**
     * At the instant {@code nowMillis} of the clock. A clock set back before the last rush (a corrected system
     * clock; a test that moved the clock and put it back) is no rush: else the engine's work would wait until the
     * clock came back there.
     */
    boolean inRush(long nowMillis) {
        long last = lastRushMillis;
        return last != NEVER && nowMillis >= last && nowMillis - last < 1000L;
    }

    /**
     * How many requests wait for the register to answer them: in its queue, or in the batch it is writing. For tests
     * that must know when requests have reached the register.
     */
    int waiting() {
        return queue.size() + inBatch;
    }

    /** Seconds after which a refused request may be sent again ({@code Retry-After}). */
    static final int RETRY_AFTER_SECONDS = 2;

    /** The answer when too many submissions wait: nothing was stored, the same request may be sent again. */
    static ProblemException busy() {
        return ProblemException.unavailable("busy", "Busy", "Too many submissions at this moment; nothing was "
                + "stored: try again in a few seconds (with the same Idempotency-Key)", RETRY_AFTER_SECONDS);
    }

    /** The answer when the register did not finish in time with a submission it had taken: it may have been stored. */
    private static ProblemException undecided() {
        return ProblemException.unavailable("busy", "Busy", "The protocol register is slow at this moment and did "
                + "not confirm the submission in time: send the same request again with the same Idempotency-Key, "
                + "which returns the receipt if it was stored", RETRY_AFTER_SECONDS);
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
                batch.removeIf(pending -> !pending.take()); // their requests gave up waiting: never stored
                inBatch = batch.size();
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) { // never leave a request waiting, never stop the writer
                batch.forEach(p -> p.answer().completeExceptionally(e));
                LOG.error("The submission register failed a batch", e);
            } finally {
                batch.clear();
                inBatch = 0;
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(busy()); // stopping: nothing of it was stored
        }
    }

    /**
     * Counts stored submissions in windows of one second (writer thread only); a window of rush-rate or more marks a
     * rush. Only stored ones: refused requests (over the quota, late, repeated) never make a rush, else a loop of
     * refused attempts would keep the engine waiting for everyone. {@code nowMillis} is the clock's; a clock set back
     * starts a new window.
     */
    void noteStored(int stored, long nowMillis) {
        if (windowStartMillis == NEVER || nowMillis < windowStartMillis || nowMillis - windowStartMillis >= 1000L) {
            windowStartMillis = nowMillis;
            storedInWindow = 0;
        }
        storedInWindow += stored;
        if (storedInWindow >= rushRate) {
            lastRushMillis = nowMillis;
        }
    }

    /**
     * Writes a batch in one transaction. A submission that the database refuses is set apart within it (savepoints)
     * and the others are stored; when the transaction fails as a whole (a lock or a statement beyond
     * {@code write-timeout}, the database unreachable) nothing of the batch is stored and every request gets 503.
     */
    private void write(List<Pending> batch) {
        Written written;
        try {
            written = QuarkusTransaction.requiringNew().call(() -> writeTogether(batch));
        } catch (RuntimeException e) {
            LOG.error("The protocol register could not write a batch of " + batch.size() + " submissions; nothing "
                    + "of it was stored and each request is answered 503", e);
            batch.forEach(p -> p.answer().completeExceptionally(busy()));
            return;
        }
        noteStored(written.stored().size(), clock.millis());
        // committed: answer every request, and wake the process starter
        written.outcomes().forEach((pending, outcome) -> {
            if (outcome instanceof Answered answered) {
                pending.answer().complete(answered.receipt());
            } else if (outcome instanceof Refused refused) {
                pending.answer().completeExceptionally(refused.problem());
            } else if (outcome instanceof Failed failed) {
                pending.answer().completeExceptionally(failed.error());
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
            execute(c, "set local lock_timeout = " + writeTimeout.toMillis() + "; set local statement_timeout = "
                    + writeTimeout.toMillis()); // a stalled writer refuses its batch instead of hanging every request
            // locks in a fixed order (proposals, then registers, each by id), as withdrawal does (proposal first)
            Map<Long, ProposalStatuses.Locked> proposals = ProposalStatuses.lockForSubmission(c, proposalIds);
            Map<Long, Long> last = new HashMap<>();
            Sql.query(c, "select call_id, last_number from openbando.protocol_counter where call_id in "
                    + Sql.in(callIds) + " order by call_id for update", callIds, rs -> last.put(rs.getLong(1), rs.getLong(2)));
            Map<Long, Long> registers = Map.copyOf(last);
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
                if (outcome == Storable.YES) { // the registration time and the next number, in arrival order
                    Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    Refused refused = judge(p, windows.get(p.callId()), receivedAt);
                    if (refused != null) {
                        outcomes.put(pending, refused);
                        continue;
                    }
                    if (!last.containsKey(p.callId())) {
                        throw new IllegalStateException("Call " + p.callId() + " has no protocol register: it was "
                                + "never published");
                    }
                    Accepted a = accept(pending, last.merge(p.callId(), 1L, Long::sum), receivedAt, leadsById);
                    accepted.add(a);
                    acceptedByProposal.put(p.proposalId(), a);
                    active.merge(new Submissions.InCall(p.callId(), p.leadOrganizationId()), 1L, Long::sum);
                    outcomes.put(pending, a);
                } else {
                    outcomes.put(pending, outcome);
                }
            }
            Map<Long, Long> ids = new HashMap<>();
            if (!accepted.isEmpty()) {
                execute(c, "savepoint batch");
                try {
                    ids.putAll(insert(c, accepted, last));
                } catch (SQLException e) {
                    if (!refusedForItsData(e)) {
                        throw e;
                    }
                    execute(c, "rollback to savepoint batch");
                    LOG.warn("The database refused a submission of a batch of " + accepted.size() + "; storing each "
                            + "behind its own savepoint to set it apart", e);
                    accepted = setApart(c, accepted, registers, leadsById, outcomes, ids);
                }
            }
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
     * The request arrived too long before its turn (it was stuck: 503, nothing stored, not judged late), or outside
     * the call's window; else null. The window is judged at the instant the request arrived, so that waiting in the
     * server's queues never makes a submission late; protocol numbers and registration times follow the commits.
     */
    private Refused judge(Prepared p, SubmissionWindow window, Instant receivedAt) {
        if (Duration.between(p.arrivedAt(), receivedAt).compareTo(maxWait) > 0) {
            return new Refused(busy());
        }
        if (!window.acceptsSubmissionsAt(p.arrivedAt())) {
            return new Refused(closed(p.callCode(), window.opensAt(), window.deadlineAt(), p.arrivedAt()));
        }
        return null;
    }

    /** The submission numbered and frozen, with the lead as it is at the registration time. */
    private static Accepted accept(Pending pending, long number, Instant receivedAt,
            Map<Long, OrganizationDirectory.Entry> leadsById) {
        Prepared p = pending.prepared();
        OrganizationDirectory.Entry lead = leadsById.get(p.leadOrganizationId());
        String snapshot = p.snapshot(number, receivedAt, new Snapshot.Lead(lead.id(), lead.name(), lead.vatNumber()))
                .canonical();
        return new Accepted(pending, number, receivedAt, snapshot, Sha256.of(snapshot));
    }

    /**
     * The batch's submissions stored one after the other within its transaction, each behind a savepoint: one that
     * the database refuses is rolled back alone and answered with its error, the next ones take the numbers it
     * would have taken (no gap). Returns those stored; sets the others' outcomes.
     */
    private List<Accepted> setApart(Connection c, List<Accepted> accepted, Map<Long, Long> registers,
            Map<Long, OrganizationDirectory.Entry> leadsById, Map<Pending, Outcome> outcomes, Map<Long, Long> ids)
            throws SQLException {
        Map<Long, Long> last = new HashMap<>(registers);
        List<Accepted> stored = new ArrayList<>();
        for (Accepted a : accepted) {
            Prepared p = a.pending().prepared();
            long number = last.get(p.callId()) + 1;
            Accepted numbered = number == a.number() ? a : accept(a.pending(), number, a.receivedAt(), leadsById);
            last.put(p.callId(), number);
            execute(c, "savepoint one");
            try {
                ids.putAll(insert(c, List.of(numbered), last));
                execute(c, "release savepoint one");
                stored.add(numbered);
                outcomes.put(a.pending(), numbered);
            } catch (SQLException e) {
                if (!refusedForItsData(e)) {
                    throw e;
                }
                execute(c, "rollback to savepoint one");
                last.put(p.callId(), number - 1);
                outcomes.put(a.pending(), new Failed(new IllegalStateException("The submission of proposal "
                        + p.proposalId() + " could not be stored", e)));
            }
        }
        return stored;
    }

    /**
     * Whether the database refused the statement for the data it was given (SQLSTATE class 22, data exception, or 23,
     * integrity constraint violation), not for the state of the server (a timeout, a lost connection), which no
     * savepoint would help.
     */
    private static boolean refusedForItsData(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (state != null) {
                    return state.startsWith("22") || state.startsWith("23");
                }
            }
        }
        return false;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
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
            ProblemException reused = same.get().keyReused(p.callCode());
            return reused == null ? new Answered(same.get().receipt(p.callCode())) : new Refused(reused);
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
            return new Refused(tooMany(withLead, p.callCode()));
        }
        return window == null ? new Refused(ProblemException.notFound("Call", p.callId())) : Storable.YES;
    }

    /** Every submission of the proposals, withdrawn or in force. */
    static List<Earlier> earlierOf(Connection c, Collection<Long> proposalIds) throws SQLException {
        List<Earlier> earlier = new ArrayList<>();
        Sql.query(c, "select id, proposal_id, protocol_number, arrived_at, received_at, sha256, idempotency_key, "
                + "withdrawn_at from openbando.submission where proposal_id in " + Sql.in(proposalIds), proposalIds,
                rs -> earlier.add(new Earlier(rs.getLong(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, 4),
                        Sql.instant(rs, 5), rs.getString(6), rs.getString(7), Sql.instant(rs, 8))));
        return earlier;
    }

    static ProblemException tooMany(long withLead, String callCode) {
        return ProblemException.conflict("too-many-proposals", "Your enterprise is already in " + withLead
                + " active proposal(s) of call " + callCode + ", the most the call allows: withdraw one first");
    }

    /** The length of the snapshot column ({@code submission.snapshot}, V3). */
    static final int SNAPSHOT_COLUMN = 1_000_000;
    /**
     * The longest forms of what only the register knows (number, registration time, the lead's name and VAT number at
     * their column's length, each character escaped to six, as a control character is).
     */
    private static final Snapshot.Lead LONGEST_LEAD = new Snapshot.Lead(Long.MAX_VALUE,
            String.valueOf((char) 1).repeat(300), String.valueOf((char) 1).repeat(11));
    private static final Instant LONGEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

    /**
     * Refuses (422 {@code proposal-too-large}) a submission whose snapshot could not fit its column, however the
     * register fills the number, the registration time and the lead (their longest forms are counted here): the
     * register's insert must not fail for it, which would cost the rest of its batch a rewrite.
     */
    static void fits(Prepared prepared) {
        int length = prepared.snapshot(Long.MAX_VALUE, LONGEST_INSTANT, LONGEST_LEAD).canonical().length();
        if (length > SNAPSHOT_COLUMN) {
            throw new ProblemException(422, "proposal-too-large", "Proposal too large", "The proposal as it would "
                    + "be frozen takes " + length + " characters, more than the " + SNAPSHOT_COLUMN + " a submission "
                    + "can store: shorten its texts", List.of(new FieldViolation("content", "is too large to be "
                    + "submitted (" + length + " of at most " + SNAPSHOT_COLUMN + " characters once frozen)")));
        }
    }

    static ProblemException alreadySubmitted(long proposalId, long number, Instant receivedAt) {
        return ProblemException.conflict("already-submitted", "Proposal " + proposalId + " was already submitted "
                + "with protocol number " + number + " at " + rome(receivedAt));
    }

    /** The refusal of a submission that arrived outside the call's window (or by a call no longer taking any). */
    static ProblemException closed(String callCode, Instant opensAt, Instant deadlineAt, Instant arrivedAt) {
        return arrivedAt.isBefore(opensAt)
                ? ProblemException.conflict("call-not-open", "Call " + callCode + " opens at " + rome(opensAt))
                : ProblemException.conflict("call-closed", "The deadline of call " + callCode + " was "
                        + rome(deadlineAt) + "; the submission arrived at " + rome(arrivedAt));
    }

    /**
     * Writes the accepted submissions with their members, and the registers; the proposals become SUBMITTED (their
     * attachments frozen, the audit written) through their owner, {@link ProposalStatuses#submitAll}.
     */
    private Map<Long, Long> insert(Connection c, List<Accepted> accepted, Map<Long, Long> last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into openbando.submission (proposal_id, call_id, "
                + "protocol_number, received_at, snapshot, sha256, submitted_by, idempotency_key, arrived_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                s.setObject(9, p.arrivedAt().atOffset(ZoneOffset.UTC));
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
                p.arrivedAt(), a.receivedAt(), a.sha256(), null);
    }

    private static String rome(Instant instant) {
        return ClockProducer.inRome(instant).toString();
    }
}
