package org.openbando.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;

/**
 * The funding process's service tasks ({@code bpmn/funding.bpmn}, one process per funded project, business key the
 * submission's id); each runs in the engine's transaction and is idempotent.
 *
 * <p>SKELETON of issue 14: the funding helper implements them; the process helper calls them.
 */
@ApplicationScoped
@PublicApi
public class FundingSteps {

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("issue 14 skeleton: funding helper");
    }

    /**
     * Task_OpenConcession: the award from the ranking's allocation, its computation per partner frozen from the
     * submission (scaled when partial); returns the line (the Line B branch) and whether anti-mafia is required.
     */
    public Opened open(long submissionId) {
        throw todo();
    }

    /**
     * Task_IssueFundingDecision: the signed funding decision (PDF/A) with CUP, COR, the grant per partner with its
     * computation, the obligations and terms; returns the terms the process's timers wait for.
     */
    public Terms issueDecision(long submissionId) {
        throw todo();
    }

    /** Timer_AcceptanceTerm: not accepted in time: forfeited, the money freed ({@link MoneyFreed}). */
    public void forfeit(long submissionId) {
        throw todo();
    }

    /** Renounced (whole): the money freed ({@link MoneyFreed}). Idempotent with the act that renounced. */
    public void renounced(long submissionId) {
        throw todo();
    }

    /**
     * Timer_JoiningTerm: the Line B term ended unfulfilled: the notice before revocation (PDF/A, reasons, the
     * observations term); returns the end of that term.
     */
    public Instant issueRevocationNotice(long submissionId) {
        throw todo();
    }

    /** Task_IssueRevocation: the signed revocation decision (PDF/A); the money freed ({@link MoneyFreed}). */
    public void revoke(long submissionId) {
        throw todo();
    }

    /** What the process needs after the concession opens. */
    @PublicApi
    public record Opened(Line line, boolean lineB, boolean antimafiaRequired) {
    }

    /** The terms after the decision: acceptance, and for Line B joining (null for Line A). */
    @PublicApi
    public record Terms(Instant acceptBy, Instant joiningDueAt) {
    }
}
