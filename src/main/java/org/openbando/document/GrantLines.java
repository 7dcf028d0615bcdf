package org.openbando.document;

import java.math.BigDecimal;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * A project's grant as a funding decision states it: per partner and research category the eligible cost, the
 * intensity with its explanation (worded in the document's language by the caller), the grant; the sums.
 *
 * @param collaboration the effective-collaboration judgement, worded
 * @param rounding the rounding rule, worded
 */
@PublicApi
public record GrantLines(List<Partner> partners, String collaboration, BigDecimal eligibleCost, BigDecimal grant,
        BigDecimal fullGrant, boolean partial, String rounding) {

    public GrantLines {
        partners = List.copyOf(partners);
    }

    /** @param role LEAD or PARTNER; @param kind the size class or "research organisation", worded */
    @PublicApi
    public record Partner(String name, String vatNumber, String role, String kind, List<Category> categories,
            BigDecimal eligibleCost, BigDecimal grant) {

        public Partner {
            categories = List.copyOf(categories);
        }
    }

    /** @param category worded; @param intensity percent; @param explanation e.g. "50 + 20 + 15 = 85, capped at 80" */
    @PublicApi
    public record Category(String category, BigDecimal eligibleCost, BigDecimal intensity, String explanation,
            BigDecimal grant) {
    }
}
