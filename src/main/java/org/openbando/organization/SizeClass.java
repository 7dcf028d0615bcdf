package org.openbando.organization;

import org.openbando.shared.PublicApi;
/**
 * Enterprise size classes of EU Recommendation 2003/361/EC, Annex art. 2 (micro, small and
 * medium-sized enterprises, "SMEs") plus {@link #LARGE} for every enterprise that is not an SME.
 */
@PublicApi
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** @return {@code true} for micro, small and medium-sized enterprises (art. 2(1)) */
    public boolean isSme() {
        return this != LARGE;
    }
}
