package org.openbando;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for what another thread brings about (a request reaching the register, a statement waiting for a lock),
 * never longer than a bound and never by sleeping: between two looks at the condition it waits for the work that
 * should bring it about, which ends that wait at once if it finishes first (then the condition will never come: an
 * error, said at once rather than at the bound).
 */
public final class Await {

    /** The longest wait: far beyond what the loaded machine takes, short enough to fail a stuck test. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    /** How long the work is waited for between two looks at the condition. */
    private static final long LOOK_MILLIS = 20;

    /** A condition to look at; it may query the database. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /**
     * Returns once {@code condition} holds; fails if {@code work} ends before it does, or after {@link #BOUND}.
     *
     * @param what the condition as a test report names it ("the request waits for the lock")
     */
    public static void until(String what, Condition condition, Future<?> work) throws Exception {
        long giveUpAt = System.nanoTime() + BOUND.toNanos();
        while (!condition.holds()) {
            if (work.isDone()) {
                throw new AssertionError("The work ended before " + what + ": " + outcome(work));
            }
            if (System.nanoTime() - giveUpAt > 0) {
                throw new AssertionError("Not within " + BOUND.toSeconds() + " s: " + what);
            }
            try {
                work.get(LOOK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still working (look again), or ended (said at the next turn)
            }
        }
    }

    private static String outcome(Future<?> work) {
        try {
            return String.valueOf(work.get());
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
