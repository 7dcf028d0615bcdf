package org.openbando.proposal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.openbando.call.GrantCall;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;

/**
 * Stores checked submissions in batches: an application-level group commit. Requests check their proposal in
 * parallel ({@link SubmissionService#submit}) and queue it here; one thread takes whatever has queued, and in one
 * transaction locks those proposals, locks each call's protocol register once, takes the receipt times in queue
 * order, numbers the submissions consecutively, stores them and commits; then it answers every request. Numbers stay
 * gapless and in commit order (a batch commits whole), but one register lock and one commit serve many submissions
 * instead of one each. A batch that fails as a whole is retried one submission per transaction, so that one bad
 * request never costs the others.
 */
@ApplicationScoped
public class SubmissionSequencer {

    private static final Logger LOG = Logger.getLogger(SubmissionSequencer.class);
    private static final int MAX_BATCH = 256;

    /** A checked submission waiting to be stored; {@code version} is the proposal version the checks saw. */
    record Request(long proposalId, long version, long callId, String username, String idempotencyKey,
            ProposalContent content, List<AttachmentView> attachments, SubmissionService.Lead lead,
            CompletableFuture<SubmissionReceipt> result) {
    }

    private final AuditTrail audit;
    private final Clock clock;
    private final Event<ProposalSubmitted> submitted;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private Thread worker;
    private volatile boolean running = true;

    public SubmissionSequencer(AuditTrail audit, Clock clock, Event<ProposalSubmitted> submitted) {
        this.audit = audit;
        this.clock = clock;
        this.submitted = submitted;
    }

    /** Queues the submission and waits until it is stored (or refused). Must not be called inside a transaction. */
    SubmissionReceipt store(Request request) {
        start();
        queue.add(request);
        try {
            return request.result().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the submission was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The submission of proposal " + request.proposalId()
                    + " was not stored within 60 s", e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private synchronized void start() {
        if (worker == null) {
            worker = new Thread(this::run, "submission-sequencer");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void run() {
        while (running) {
            List<Request> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                answer(batch, QuarkusTransaction.requiringNew().call(() -> storeBatch(batch)));
            } catch (RuntimeException batchFailed) {
                LOG.warnf(batchFailed, "A batch of %d submissions failed; storing them one by one", batch.size());
                for (Request one : batch) {
                    try {
                        answer(List.of(one), QuarkusTransaction.requiringNew().call(() -> storeBatch(List.of(one))));
                    } catch (RuntimeException failed) {
                        one.result().completeExceptionally(failed);
                    }
                }
            }
        }
    }

    /** Completes every request of a committed batch with its receipt or its problem. */
    private static void answer(List<Request> batch, List<Object> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome instanceof SubmissionReceipt receipt) {
                batch.get(i).result().complete(receipt);
            } else {
                batch.get(i).result().completeExceptionally((RuntimeException) outcome);
            }
        }
    }

    /** One transaction: for each request, in queue order, a receipt or the problem that refuses it. */
    private List<Object> storeBatch(List<Request> batch) {
        Map<Long, Proposal> proposals = new HashMap<>();
        Proposal.getEntityManager().createQuery("from Proposal where id in ?1 order by id", Proposal.class)
                .setParameter(1, batch.stream().map(Request::proposalId).distinct().toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(p -> proposals.put(p.id, p));
        Object[] outcomes = new Object[batch.size()];
        Map<String, Integer> byKey = new HashMap<>(); // proposal + key -> the request of this batch that has it
        Map<Long, List<Integer>> acceptedByCall = new TreeMap<>(); // calls in id order: registers locked in order
        Map<Long, Integer> acceptedByProposal = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Request r = batch.get(i);
            Proposal proposal = proposals.get(r.proposalId());
            String key = r.idempotencyKey() == null ? null : r.proposalId() + "\u0000" + r.idempotencyKey();
            if (key != null && byKey.containsKey(key)) {
                outcomes[i] = byKey.get(key); // resolved below to the same outcome
                continue;
            }
            if (key != null) {
                byKey.put(key, i);
                Submission earlier = Submission.find("proposalId = ?1 and idempotencyKey = ?2", r.proposalId(),
                        r.idempotencyKey()).firstResult();
                if (earlier != null) {
                    outcomes[i] = SubmissionReceipt.of(earlier, GrantCall.<GrantCall>findById(earlier.callId).code);
                    continue;
                }
            }
            if (acceptedByProposal.containsKey(proposal.id)) {
                outcomes[i] = new SameProposal(acceptedByProposal.get(proposal.id));
            } else if (proposal.status.isSubmitted()) {
                outcomes[i] = alreadySubmitted(proposal.id);
            } else if (proposal.version != r.version()) {
                outcomes[i] = ProblemException.conflict("proposal-changed", "Proposal " + proposal.id
                        + " changed while it was being submitted: check it and submit again");
            } else {
                proposal.status = ProposalStatus.SUBMITTED;
                acceptedByProposal.put(proposal.id, i);
                acceptedByCall.computeIfAbsent(r.callId(), c -> new ArrayList<>()).add(i);
            }
        }
        List<ProposalSubmitted> stored = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> entry : acceptedByCall.entrySet()) {
            GrantCall call = GrantCall.findById(entry.getKey());
            ProtocolCounter register = ProtocolCounter.findById(call.id, LockModeType.PESSIMISTIC_WRITE);
            Instant last = null;
            for (int i : entry.getValue()) {
                Request r = batch.get(i);
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                Instant receivedAt = last != null && now.isBefore(last) ? last : now; // never before an earlier number
                if (!call.acceptsSubmissionsAt(receivedAt)) {
                    proposals.get(r.proposalId()).status = ProposalStatus.DRAFT;
                    outcomes[i] = receivedAt.isBefore(call.opensAt)
                            ? ProblemException.conflict("call-not-open", "Call " + call.code + " opens at "
                                    + rome(call.opensAt))
                            : ProblemException.conflict("call-closed", "The deadline of call " + call.code + " was "
                                    + rome(call.deadlineAt) + "; the submission was received at " + rome(receivedAt));
                    continue;
                }
                last = receivedAt;
                register.lastNumber++;
                Submission submission = store(r, call, register.lastNumber, receivedAt);
                outcomes[i] = SubmissionReceipt.of(submission, call.code);
                stored.add(new ProposalSubmitted(r.proposalId(), submission.id));
            }
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] instanceof Integer first) { // the same Idempotency-Key twice: the same answer
                outcomes[i] = outcomes[first];
            } else if (outcomes[i] instanceof SameProposal same) { // a second submit without that key: refused
                outcomes[i] = outcomes[same.index()] instanceof SubmissionReceipt receipt
                        ? ProblemException.conflict("already-submitted", "Proposal " + receipt.proposalId()
                                + " was already submitted with protocol number " + receipt.protocolNumber() + " at "
                                + rome(receipt.receivedAt()))
                        : outcomes[same.index()];
            }
        }
        stored.forEach(submitted::fire);
        return List.of(outcomes);
    }

    /** A request for a proposal that an earlier request of the same batch submits. */
    private record SameProposal(int index) {
    }

    private Submission store(Request r, GrantCall call, long number, Instant receivedAt) {
        Proposal proposal = Proposal.findById(r.proposalId());
        SubmissionService.Snapshot snapshot = new SubmissionService.Snapshot(r.proposalId(), call.code, proposal.line,
                number, receivedAt, r.username(), r.lead(), r.content(),
                r.attachments().stream().map(SubmissionService.SubmittedAttachment::of).toList());
        Submission submission = new Submission();
        submission.proposalId = r.proposalId();
        submission.callId = call.id;
        submission.protocolNumber = number;
        submission.receivedAt = receivedAt;
        submission.snapshot = SubmissionService.canonical(snapshot);
        submission.sha256 = SubmissionService.sha256(submission.snapshot);
        submission.submittedBy = r.username();
        submission.idempotencyKey = r.idempotencyKey();
        submission.persist();
        SubmissionMember.of(submission.id, r.lead().organizationId(), true).persist();
        r.content().partnersOrEmpty().forEach(p -> SubmissionMember.of(submission.id, p.organizationId(), false)
                .persist());
        if (!r.attachments().isEmpty()) {
            AttachmentService.freeze(r.proposalId(), receivedAt);
        }
        audit.record(r.username(), "proposal", r.proposalId(), "submitted", ProposalStatus.DRAFT.name(),
                ProposalStatus.SUBMITTED.name(), "protocol " + call.code + "/" + number + " sha256 " + submission.sha256);
        return submission;
    }

    static ProblemException alreadySubmitted(long proposalId) {
        Submission active = Submission.activeOf(proposalId).orElseThrow();
        return ProblemException.conflict("already-submitted", "Proposal " + proposalId + " was already submitted "
                + "with protocol number " + active.protocolNumber + " at " + rome(active.receivedAt));
    }

    static String rome(Instant instant) {
        return instant.atZone(ClockProducer.ROME).toOffsetDateTime().toString();
    }
}
