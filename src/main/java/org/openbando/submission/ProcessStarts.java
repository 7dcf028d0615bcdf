package org.openbando.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.shared.PublicApi;

/**
 * The outbox of the proposal process: a stored submission whose process has not started is its entry. The workflow's
 * starter locks a batch, starts their processes and marks them, in one transaction, so that a process is started
 * exactly once; the receipt is issued from the process. When a batch fails, the starter starts its submissions one
 * at a time, each in its own transaction: one that fails is marked ({@link #markFailed}), skipped until a pause has
 * passed, and listed for the administrators ({@link #failed}), and holds back no other.
 */
@ApplicationScoped
@PublicApi
public class ProcessStarts {

    /** What the process of a submission starts with: domain ids and the call's switch the model routes by. */
    public record ProcessStart(long proposalId, long submissionId, long callId, long leadOrganizationId,
            boolean noticeBeforeRejection) {
    }

    /** The longest cause of a failed start kept (an exception's message can be long). */
    private static final int MAX_ERROR = 4000;

    private final Clock clock;
    private final CallService calls;
    private final ReceiptDocuments receipts;

    public ProcessStarts(Clock clock, CallService calls, ReceiptDocuments receipts) {
        this.clock = clock;
        this.calls = calls;
        this.receipts = receipts;
    }

    /** A submission whose process could not be started: the cause, how often, and when the starter tries again. */
    public record FailedStart(long submissionId, long proposalId, int attempts, Instant failedAt, String error,
            Instant retryAt) {
    }

    /**
     * Locks up to {@code limit} stored submissions whose process has not started and is due (never failed, or the
     * pause after a failure is over), oldest first, skipping those another starter holds. The caller starts their
     * processes and calls {@link #markStarted} in the same transaction.
     *
     * @throws IllegalStateException when a submission's data cannot start a process (the caller then starts the
     *         batch one at a time, {@link #lockPending(long)}, so that one broken submission holds back no other)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProcessStart> lockPending(int limit) {
        return starts(Submission.getEntityManager()
                .createQuery("from Submission where processStartedAt is null and withdrawnAt is null "
                        + "and (startRetryAt is null or startRetryAt <= ?1) order by id", Submission.class)
                .setParameter(1, clock.instant()).setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList());
    }

    /** The ids of up to {@code limit} submissions that {@link #lockPending(int)} would lock now, without locking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> pendingIds(int limit) {
        return Submission.getEntityManager().createQuery("select id from Submission where processStartedAt is null "
                + "and withdrawnAt is null and (startRetryAt is null or startRetryAt <= ?1) order by id", Long.class)
                .setParameter(1, clock.instant()).setMaxResults(limit).getResultList();
    }

    /**
     * Locks this submission if its process has still not started (empty when it has, when it was withdrawn, or when
     * another starter holds it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProcessStart> lockPending(long submissionId) {
        return starts(Submission.getEntityManager()
                .createQuery("from Submission where id = ?1 and processStartedAt is null and withdrawnAt is null",
                        Submission.class)
                .setParameter(1, submissionId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList()).stream().findFirst();
    }

    private List<ProcessStart> starts(List<Submission> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, CallRules> rules = calls.rules(pending.stream().map(s -> s.callId).distinct().toList());
        Map<Long, Long> leads = new HashMap<>();
        SubmissionMember.<SubmissionMember>list("submissionId in ?1 and lead = true",
                pending.stream().map(s -> s.id).toList()).forEach(m -> leads.put(m.submissionId, m.organizationId));
        return pending.stream().map(s -> {
            Long lead = leads.get(s.id);
            if (lead == null) {
                throw new IllegalStateException("Submission " + s.id + " has no lead among its members "
                        + "(submission_member): its process cannot start");
            }
            return new ProcessStart(s.proposalId, s.id, s.callId, lead, rules.get(s.callId).noticeBeforeRejection());
        }).toList();
    }

    /** The process of the submission started: the outbox entry is done (the engine's id is kept for the operators). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markStarted(long submissionId, String processInstanceId) {
        // an update of these columns only: the frozen ones are not written again (and the database refuses a change)
        Submission.update("processInstanceId = ?1, processStartedAt = ?2, startRetryAt = null where id = ?3",
                processInstanceId, clock.instant(), submissionId);
    }

    /**
     * Starting the process of the submission failed: counts the attempt, keeps the cause, and sets when to try again,
     * after {@code firstPause} doubled at each further failure, at most {@code maxPause}. The administrators' incidents
     * page lists it ({@link #failed}) until it starts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long submissionId, String error, Duration firstPause, Duration maxPause) {
        Submission submission = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (submission == null || submission.processStartedAt != null) {
            return;
        }
        int attempts = submission.startAttempts + 1;
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant now = clock.instant();
        String cause = error == null || error.isBlank() ? "(no message)"
                : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Submission.update("startAttempts = ?1, startFailedAt = ?2, startError = ?3, startRetryAt = ?4 where id = ?5",
                attempts, now, cause, now.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause), submissionId);
    }

    /** Submissions in force whose process has not started because starting it failed, oldest first (at most 200). */
    @Transactional
    public List<FailedStart> failed() {
        return Submission.<Submission>find("processStartedAt is null and withdrawnAt is null and startAttempts > 0 "
                + "order by id").page(0, 200).list().stream().map(s -> new FailedStart(s.id, s.proposalId,
                        s.startAttempts, s.startFailedAt, s.startError, s.startRetryAt)).toList();
    }

    /** How many submissions in force wait for their process because starting it failed. */
    @Transactional
    public long countFailed() {
        return Submission.count("processStartedAt is null and withdrawnAt is null and startAttempts > 0");
    }

    /**
     * An administrator asks to start the failed process again: it is due at once (the starter takes it at its next
     * round). False when there is no such failed start (started meanwhile, withdrawn, or never failed).
     */
    @Transactional
    public boolean retryNow(long submissionId) {
        return Submission.update("startRetryAt = ?1 where id = ?2 and processStartedAt is null and withdrawnAt is null "
                + "and startAttempts > 0", clock.instant(), submissionId) == 1;
    }

    /** The receipt PDF/A of a submission (once; a repeated job finds it issued). */
    @Transactional
    public void issueReceipt(long submissionId) {
        receipts.issueReceipt(submissionId);
    }
}
