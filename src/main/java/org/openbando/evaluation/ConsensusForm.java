package org.openbando.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * What the rapporteur writes in the consensus report: per criterion the panel's final score and comment, whether the
 * panel agreed or, if not, the minority's view; and the panel's TRL verdict with its reason.
 */
@PublicApi
public record ConsensusForm(@Size(max = 20) List<@NotNull @Valid ConsensusScore> scores, @Valid TrlVerdict trl) {

    public ConsensusForm {
        scores = scores == null ? List.of() : scores;
    }

    /** The final score of a criterion (the call's code), or null. */
    public ConsensusScore score(String criterion) {
        return scores.stream().filter(s -> criterion.equals(s.criterion())).findFirst().orElse(null);
    }

    /** A criterion's final score and comment; {@code minorityView} is required when the panel did not agree. */
    @PublicApi
    public record ConsensusScore(@NotNull @Size(max = 20) String criterion,
            @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal score,
            @Size(max = ScoringForm.MAX_TEXT) String comment, boolean agreed,
            @Size(max = ScoringForm.MAX_TEXT) String minorityView) {
    }

    /**
     * The panel's TRL verdict: overturning an expert's "not credible" or "not reachable" needs the reason (it is
     * recorded with the seats overturned, {@link Consensus}).
     */
    @PublicApi
    public record TrlVerdict(boolean startCredible, boolean targetReachable,
            @Size(max = ScoringForm.MAX_TEXT) String reason, boolean agreed,
            @Size(max = ScoringForm.MAX_TEXT) String minorityView) {
    }
}
