package org.openbando.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * What an expert writes in an individual evaluation: a score with its comment per criterion of the call and the
 * judgement of the proposal's TRL plan (the start credible? the target reachable? each work package's target?), each
 * with its reason. A draft may be partial; a submission is complete ({@link Scoring#submit}).
 */
@PublicApi
public record ScoringForm(@Size(max = 20) List<@NotNull @Valid CriterionScore> scores, @Valid TrlJudgement trl) {

    /** The most characters of a comment or a reason. */
    public static final int MAX_TEXT = 5000;
    /** The fewest characters of a criterion's comment in a submitted evaluation. */
    public static final int MIN_COMMENT = 20;

    public ScoringForm {
        scores = scores == null ? List.of() : scores;
    }

    public static ScoringForm empty() {
        return new ScoringForm(List.of(), null);
    }

    /** The score given to a criterion (the call's code), or null. */
    public CriterionScore score(String criterion) {
        return scores.stream().filter(s -> criterion.equals(s.criterion())).findFirst().orElse(null);
    }

    /** A criterion's score (null while not given) and the comment that justifies it. */
    @PublicApi
    public record CriterionScore(@NotNull @Size(max = 20) String criterion,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal score,
            @Size(max = MAX_TEXT) String comment) {
    }

    /** The judgement of the TRL plan of the frozen proposal: overall, then per work package. */
    @PublicApi
    public record TrlJudgement(Boolean startCredible, @Size(max = MAX_TEXT) String startReason,
            Boolean targetReachable, @Size(max = MAX_TEXT) String targetReason,
            @Size(max = 30) List<@NotNull @Valid WorkPackageTrl> workPackages) {

        public TrlJudgement {
            workPackages = workPackages == null ? List.of() : workPackages;
        }
    }

    /** Whether a work package (its index in the frozen snapshot, from 0) reaches its target TRL, and why. */
    @PublicApi
    public record WorkPackageTrl(@Min(0) @Max(29) int index, Boolean reachable, @Size(max = MAX_TEXT) String reason) {
    }
}
