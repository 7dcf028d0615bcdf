package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The Evaluation Summary Report of a proposal: per criterion the panel's final score out of its maximum with the
 * consensus comment (and the minority's view where the panel did not agree), the total against the call's threshold,
 * the outcome with its reasons, the TRL verdict. The experts are named only by their seat ("Expert 1", ...).
 *
 * @param reasons why the proposal is not fundable; empty when fundable
 * @param rapporteurSeat the seat of the expert who wrote the consensus report
 */
@PublicApi
public record EvaluationSummaryData(ProposalHeading heading, List<CriterionLine> criteria, BigDecimal total,
        BigDecimal threshold, boolean fundable, List<ReasonLine> reasons, boolean trlStartCredible,
        boolean trlTargetReachable, String trlReason, boolean trlAgreed, String trlMinorityView, int panelSize,
        int rapporteurSeat, Instant concludedAt) implements DocumentData {

    /** A criterion's final score, its maximum and minimum (null when none), the consensus comment. */
    @PublicApi
    public record CriterionLine(String code, String name, BigDecimal score, BigDecimal max, BigDecimal minScore,
            String comment, boolean agreed, String minorityView) {

        public boolean hasMinorityView() {
            return !agreed && minorityView != null && !minorityView.isBlank();
        }
    }

    /**
     * A reason against funding: {@code code} one of TOTAL_BELOW_THRESHOLD, CRITERION_BELOW_MINIMUM,
     * TRL_START_NOT_CREDIBLE, TRL_TARGET_NOT_REACHABLE; the values are null where the code has none.
     */
    @PublicApi
    public record ReasonLine(String code, String criterion, BigDecimal value, BigDecimal limit) {
    }

    public EvaluationSummaryData {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.EVALUATION_SUMMARY;
    }

    /** The experts of the panel by seat: 1 .. panel size. */
    public List<Integer> seats() {
        return java.util.stream.IntStream.rangeClosed(1, panelSize).boxed().toList();
    }

    public boolean hasTrlMinorityView() {
        return !trlAgreed && trlMinorityView != null && !trlMinorityView.isBlank();
    }
}
