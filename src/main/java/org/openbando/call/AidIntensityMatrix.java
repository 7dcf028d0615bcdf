package org.openbando.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openbando.organization.SizeClass;
import org.openbando.shared.PublicApi;

/**
 * Maximum aid intensities for research and development projects under GBER, Regulation (EU)
 * No 651/2014, Art. 25(5) to (7), optionally lowered by a call-specific cap.
 *
 * <p>Base intensity (Art. 25(5)): industrial research 50%, experimental development 25%, feasibility
 * studies 50%. Bonuses (Art. 25(6) and (7)): +10 points for medium-sized and +20 points for small
 * (including micro) enterprises; +15 points for effective collaboration (Art. 25(6)(b)(i)), for
 * industrial research and experimental development only. The result never exceeds 80%, and then never exceeds the call cap.
 *
 * <p>The one table of the points: {@link #intensity} gives the parts of the sum (what {@link GrantComputation}
 * explains), {@link #maxIntensity} and {@link #rows} the result.
 */
@PublicApi
public final class AidIntensityMatrix {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int GBER_MAXIMUM = 80;
    private static final int COLLABORATION_BONUS = 15;

    private final BigDecimal cap;

    private AidIntensityMatrix(BigDecimal cap) {
        this.cap = cap;
    }

    /** @return the GBER intensities without any call cap */
    public static AidIntensityMatrix gber() {
        return new AidIntensityMatrix(null);
    }

    /**
     * @param capPercent the call's maximum intensity in percent, in (0, 100]; {@code null} means no cap
     * @return the GBER intensities, each lowered to {@code capPercent} where higher
     */
    public static AidIntensityMatrix cappedAt(BigDecimal capPercent) {
        if (capPercent == null) {
            return gber();
        }
        if (capPercent.signum() <= 0 || capPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("cap must be greater than 0 and at most 100, was " + capPercent);
        }
        return new AidIntensityMatrix(capPercent);
    }

    /**
     * @return the maximum aid intensity in percent, scale 2
     */
    public BigDecimal maxIntensity(ResearchCategory category, SizeClass size, boolean effectiveCollaboration) {
        Objects.requireNonNull(size, "size");
        return intensity(category, size, effectiveCollaboration).applied();
    }

    /**
     * The intensity with the parts of its sum: base points, size bonus, collaboration bonus (industrial research and
     * experimental development only), the GBER cap of 80 and the call's cap.
     *
     * @param size the enterprise's size class; {@code null} for a research organisation (no size bonus)
     */
    public GrantComputation.Intensity intensity(ResearchCategory category, SizeClass size,
            boolean effectiveCollaboration) {
        Objects.requireNonNull(category, "category");
        int base = base(category);
        int sizeBonus = size == null ? 0 : sizeBonus(size);
        int collaborationBonus = effectiveCollaboration && category != ResearchCategory.FEASIBILITY_STUDY
                ? COLLABORATION_BONUS : 0;
        int sum = base + sizeBonus + collaborationBonus;
        boolean gberCapApplied = sum > GBER_MAXIMUM;
        BigDecimal intensity = BigDecimal.valueOf(Math.min(sum, GBER_MAXIMUM));
        boolean callCapApplied = cap != null && cap.compareTo(intensity) < 0;
        if (callCapApplied) {
            intensity = cap;
        }
        // never round above the cap
        return new GrantComputation.Intensity(category, base, sizeBonus, collaborationBonus, sum, gberCapApplied,
                cap, callCapApplied, intensity.setScale(2, RoundingMode.DOWN));
    }

    /** @return the call cap in percent, if any */
    public Optional<BigDecimal> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * @return every combination of category, size and collaboration, ordered by category, then size
     *     ({@code MICRO} to {@code LARGE}), then collaboration ({@code false} before {@code true})
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (ResearchCategory category : ResearchCategory.values()) {
            for (SizeClass size : SizeClass.values()) {
                for (boolean collaboration : new boolean[] {false, true}) {
                    rows.add(new Row(category, size, collaboration, maxIntensity(category, size, collaboration)));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** One cell of the matrix, for display. */
    public record Row(ResearchCategory category, SizeClass size, boolean collaboration, BigDecimal maxIntensity) {
    }

    private static int base(ResearchCategory category) {
        return switch (category) {
            case INDUSTRIAL_RESEARCH, FEASIBILITY_STUDY -> 50;
            case EXPERIMENTAL_DEVELOPMENT -> 25;
        };
    }

    private static int sizeBonus(SizeClass size) {
        return switch (size) {
            case MICRO, SMALL -> 20;
            case MEDIUM -> 10;
            case LARGE -> 0;
        };
    }

    @Override
    public String toString() {
        return "AidIntensityMatrix[cap=" + cap + "]";
    }
}
