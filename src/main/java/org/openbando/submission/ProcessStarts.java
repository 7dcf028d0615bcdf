package org.openbando.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.shared.PublicApi;

/**
 * The outbox of the proposal process: a stored submission whose process has not started is its entry. The workflow's
 * starter locks a batch, starts their processes and marks them, in one transaction, so that a process is started
 * exactly once; the receipt is issued from the process.
 */
@ApplicationScoped
@PublicApi
public class ProcessStarts {

    /** What the process of a submission starts with: domain ids and the call's switch the model routes by. */
    public record ProcessStart(long proposalId, long submissionId, long callId, long leadOrganizationId,
            boolean noticeBeforeRejection) {
    }

    private final Clock clock;
    private final CallService calls;
    private final ReceiptDocuments receipts;

    public ProcessStarts(Clock clock, CallService calls, ReceiptDocuments receipts) {
        this.clock = clock;
        this.calls = calls;
        this.receipts = receipts;
    }

    /**
     * Locks up to {@code limit} stored submissions whose process has not started, oldest first, skipping those
     * another starter holds. The caller starts their processes and calls {@link #markStarted} in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProcessStart> lockPending(int limit) {
        List<Submission> pending = Submission.getEntityManager()
                .createQuery("from Submission where processStartedAt is null and withdrawnAt is null order by id",
                        Submission.class)
                .setMaxResults(limit).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, CallRules> rules = calls.rules(pending.stream().map(s -> s.callId).distinct().toList());
        Map<Long, Long> leads = new HashMap<>();
        SubmissionMember.<SubmissionMember>list("submissionId in ?1 and lead = true",
                pending.stream().map(s -> s.id).toList()).forEach(m -> leads.put(m.submissionId, m.organizationId));
        return pending.stream().map(s -> new ProcessStart(s.proposalId, s.id, s.callId, leads.get(s.id),
                rules.get(s.callId).noticeBeforeRejection())).toList();
    }

    /** The process of the submission started: the outbox entry is done (the engine's id is kept for the operators). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markStarted(long submissionId, String processInstanceId) {
        Submission submission = Submission.findById(submissionId);
        submission.processInstanceId = processInstanceId;
        submission.processStartedAt = clock.instant();
    }

    /** The receipt PDF/A of a submission (once; a repeated job finds it issued). */
    @Transactional
    public void issueReceipt(long submissionId) {
        receipts.issueReceipt(submissionId);
    }
}
