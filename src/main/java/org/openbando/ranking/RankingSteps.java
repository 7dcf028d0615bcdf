package org.openbando.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * The call process's service tasks after the evaluation phase ({@code bpmn/call.bpmn}); each runs in the engine's
 * transaction and is idempotent (a retried job does the work once).
 *
 * <p>SKELETON of issue 14: the ranking helper implements them; the process helper calls them.
 */
@ApplicationScoped
@PublicApi
public class RankingSteps {

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("issue 14 skeleton: ranking helper");
    }

    /** Task_DraftRanking: computes the draft ranking of both lines from the concluded evaluations. */
    public void draft(long callId) {
        throw todo();
    }

    /**
     * Task_PublishRanking (asynchronous): issues the signed ranking act of each line, publishes the ranking, releases
     * the applicants' Evaluation Summary Reports; returns the funded submissions (each gets a funding process).
     */
    public List<Long> publish(long callId) {
        throw todo();
    }

    /** The end of the reserve lists' validity (the timer of SubProcess_ReserveList). */
    public Instant reserveValidUntil(long callId) {
        throw todo();
    }

    /**
     * Task_OfferReserve: money freed on a line (message MoneyFreed): records the movement and, when the next fundable
     * proposal of the valid reserve list can be offered the line's free money (in full, or partially as the call
     * allows), proposes it to the officer. Returns the movement's id and whether an offer awaits the officer.
     */
    public Offer moneyFreed(long callId, Line line, BigDecimal amount, String cause, long freedBySubmissionId) {
        throw todo();
    }

    /** Timer_ReserveExpired: the reserve lists are past their validity; pending offers lapse. */
    public void reserveExpired(long callId) {
        throw todo();
    }

    /** The outcome of freed money: the movement and whether it awaits the officer's confirmation. */
    @PublicApi
    public record Offer(long movementId, boolean proposed) {
    }
}
