package org.openbando.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.logging.Logger;
import org.openbando.submission.ProcessStarts;
import org.openbando.submission.ProposalSubmitted;
import org.openbando.submission.SubmissionLoad;

/**
 * Starts the proposal process of every stored submission, off the acknowledgement path: the submission row is the
 * outbox entry. A commit of a submission wakes the starter; it also looks every {@code poll-interval} (submissions
 * stored while it was down, a failed batch). Each batch locks its submissions (skipping those another instance
 * holds), starts their processes and marks them in one transaction: a process is started exactly once. During a rush
 * ({@link SubmissionLoad#inRush()}) it waits, so that the engine's work does not slow the acknowledgements; woken,
 * it first lets a quarter of a second pass, so that a rush shows before its first submissions start processes.
 * A submission whose process cannot start holds back no other: it is skipped, tried again after a growing pause
 * ({@code retry-pause}, doubled at each failure up to {@code max-retry-pause}) and shown on the incidents page.
 */
@ApplicationScoped
public class ProposalProcessStarter {

    private static final Logger LOG = Logger.getLogger(ProposalProcessStarter.class);
    /**
     * How long a woken starter waits before it looks whether a rush is on: long enough for a rush's first arrivals to
     * reach the register's rate (20 per second show within tens of milliseconds), short enough for a receipt alone.
     */
    private static final long SETTLE_MILLIS = 250;

    private final ProcessStarts starts;
    private final SubmissionLoad load;
    private final RuntimeService runtime;
    private final boolean enabled;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retryPause;
    private final Duration maxRetryPause;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public ProposalProcessStarter(ProcessStarts starts, SubmissionLoad load, RuntimeService runtime,
            ProcessStarterConfig config) {
        this.starts = starts;
        this.load = load;
        this.runtime = runtime;
        this.enabled = config.enabled();
        this.batchSize = config.batchSize();
        this.pollInterval = config.pollInterval();
        this.retryPause = config.retryPause();
        this.maxRetryPause = config.maxRetryPause();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("The proposal process starter is disabled (openbando.process-starter.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "proposal-process-starter");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalSubmitted submitted) {
        wake.release();
    }

    /**
     * Starts the processes of up to one batch of waiting submissions, in one transaction; returns how many it
     * handled. Should the batch fail, its submissions are started one at a time, each in its own transaction, and one
     * that fails again is marked ({@link ProcessStarts#markFailed}): it waits for its pause, and for no other.
     */
    public int startPending() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<ProcessStarts.ProcessStart> pending = starts.lockPending(batchSize);
                pending.forEach(this::start);
                return pending.size();
            });
        } catch (RuntimeException batchFailed) {
            LOG.warnf("A batch of proposal process starts failed (%s): starting them one at a time",
                    batchFailed.toString());
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> starts.pendingIds(batchSize));
            ids.forEach(this::startOne);
            return ids.size();
        }
    }

    /**
     * Starts the process of one submission now, in its own transaction, if it still waits for it (an administrator's
     * retry, or one of a failed batch); a failure is recorded on the submission. True when it started.
     */
    public boolean startOne(long submissionId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<ProcessStarts.ProcessStart> start = starts.lockPending(submissionId);
                start.ifPresent(this::start);
                return start.isPresent();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "The proposal process of submission %d could not start: it is tried again after a pause, "
                    + "and listed on the incidents page", submissionId);
            starts.markFailed(submissionId, cause(e), retryPause, maxRetryPause);
            return false;
        }
    }

    private void start(ProcessStarts.ProcessStart start) {
        String id = runtime.startProcessInstanceByKey(ProposalProcessModel.KEY,
                ProposalProcessModel.businessKey(start.submissionId()), ProposalProcess.startVariables(start)).getId();
        starts.markStarted(start.submissionId(), id);
    }

    /** The innermost cause, as people read it: its type and message. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                Thread.sleep(SETTLE_MILLIS); // the first commits of a rush must not start processes before it shows
                while (running && load.inRush()) { // the acknowledgements first: start after the rush
                    Thread.sleep(200);
                }
                wake.drainPermits();
                while (running && !load.inRush() && startPending() == batchSize) {
                    wake.drainPermits(); // a full batch: more are waiting, go on at once
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Starting proposal processes failed; retrying at the next poll", e);
            }
        }
    }
}
