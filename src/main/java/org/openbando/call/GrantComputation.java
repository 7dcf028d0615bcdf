package org.openbando.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.shared.PublicApi;

/**
 * The one computation of a project's grant (GBER, Regulation (EU) No 651/2014, Art. 25), below both the drafting
 * (estimate) and the funding (decision): for each partner and research category, eligible cost times the aid
 * intensity of {@link AidIntensityMatrix} (base + size bonus + effective-collaboration bonus, capped at 80% and at the
 * call's cap); effective collaboration judged from the budget as submitted (or drafted). Money in EUR as BigDecimal;
 * rounding stated once: each partner's grant per category is rounded DOWN to the cent (never above the intensity);
 * a partner's grant is the sum of its categories, the project's grant the sum of its partners'.
 *
 * <p>Pure: no database, no clock. Every figure carries its explanation (the points added, the caps applied), for the
 * applicant's estimate, the officer's pages and the funding decision.
 */
@PublicApi
public final class GrantComputation {

    private GrantComputation() {
    }

    /**
     * A member of the consortium as the computation sees it (the frozen facts of the submission, or today's facts for
     * a draft's estimate).
     *
     * @param sizeClass the enterprise's size class; null for a research organisation (no size bonus)
     * @param rightToPublish for a research organisation: it has the right to publish its own results (effective
     *                       collaboration, Art. 25(6)(b)(ii)); ignored for enterprises
     * @param eligibleCosts the partner's eligible costs per research category (absent categories are zero)
     */
    @PublicApi
    public record Participant(long organizationId, String name, String vatNumber, OrganizationType type,
            SizeClass sizeClass, boolean rightToPublish, Map<ResearchCategory, BigDecimal> eligibleCosts) {

        public Participant {
            Objects.requireNonNull(type, "type");
            eligibleCosts = Map.copyOf(eligibleCosts);
        }

        /** The eligible cost of one category, zero when absent. */
        public BigDecimal cost(ResearchCategory category) {
            return eligibleCosts.getOrDefault(category, BigDecimal.ZERO);
        }

        /** The sum of its eligible costs. */
        public BigDecimal totalCost() {
            return eligibleCosts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** An undertaking (enterprise) in the sense of Art. 25(6)(b)(i); research organisations are not. */
        public boolean undertaking() {
            return type.isEnterprise();
        }

        /**
         * The size class the intensity applies: none for a research organisation; an enterprise whose size is
         * unknown gets no size bonus (as a large one).
         */
        public SizeClass effectiveSize() {
            if (!undertaking()) {
                return null;
            }
            return sizeClass == null ? SizeClass.LARGE : sizeClass;
        }
    }

    /** On what ground collaboration is effective, or NONE. */
    @PublicApi
    public enum CollaborationBasis {
        /** Among undertakings: at least one SME, none bearing more than 70% of the eligible costs. */
        UNDERTAKINGS,
        /** A research organisation bearing at least 10% of the eligible costs, with the right to publish. */
        RESEARCH_ORGANISATION,
        NONE
    }

    /**
     * The judgement of effective collaboration with the figures it rests on.
     *
     * @param largestShare the largest share (percent, scale 2) of the eligible costs borne by one undertaking
     * @param researchShare the share (percent, scale 2) borne by research organisations with the right to publish
     */
    @PublicApi
    public record Collaboration(boolean effective, CollaborationBasis basis, boolean smePresent, int undertakings,
            BigDecimal largestShare, Long largestOrganizationId, BigDecimal researchShare) {

        /**
         * The sentence that explains the judgement in the language given ({@code it} or {@code en}), e.g. "effective
         * collaboration among undertakings: 2 undertakings bear costs, at least one an SME, none more than 70% of the
         * eligible costs (the largest share is 60.00%)".
         */
        public String explain(String language) {
            boolean it = "it".equals(language);
            String largest = share(largestShare, it);
            String research = share(researchShare, it);
            if (basis == CollaborationBasis.UNDERTAKINGS) {
                return it ? "collaborazione effettiva tra imprese: " + undertakings + " imprese sostengono costi, "
                        + "almeno una è una PMI, nessuna sostiene più del 70% dei costi ammissibili (la quota maggiore è "
                        + largest + ")"
                        : "effective collaboration among undertakings: " + undertakings + " undertakings bear costs, "
                        + "at least one an SME, none more than 70% of the eligible costs (the largest share is "
                        + largest + ")";
            }
            if (basis == CollaborationBasis.RESEARCH_ORGANISATION) {
                return it ? "collaborazione effettiva con organismi di ricerca: quelli con diritto di pubblicare i "
                        + "risultati sostengono il " + research + " dei costi ammissibili (almeno il 10%)"
                        : "effective collaboration with research organisations: those with the right to publish their "
                        + "results bear " + research + " of the eligible costs (at least 10%)";
            }
            List<String> why = new ArrayList<>();
            if (undertakings < 2) {
                why.add(it ? "meno di due imprese sostengono costi" : "fewer than two undertakings bear costs");
            } else {
                if (!smePresent) {
                    why.add(it ? "nessuna PMI sostiene costi" : "no SME bears costs");
                }
                if (largestShare.compareTo(MAX_UNDERTAKING_SHARE) > 0) {
                    why.add(it ? "un'impresa sostiene il " + largest + " dei costi ammissibili (più del 70%)"
                            : "one undertaking bears " + largest + " of the eligible costs (more than 70%)");
                }
            }
            why.add(it ? "gli organismi di ricerca con diritto di pubblicare sostengono il " + research
                    + " (meno del 10%)"
                    : "research organisations with the right to publish bear " + research + " (less than 10%)");
            return (it ? "nessuna collaborazione effettiva: " : "no effective collaboration: ") + String.join("; ", why);
        }

        private static String share(BigDecimal value, boolean it) {
            String s = value.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%";
            return it ? s.replace('.', ',') : s;
        }
    }

    /**
     * How an intensity was reached: points of base, size bonus and collaboration bonus, their sum, the GBER cap (80)
     * and the call's cap (null when none), and the intensity applied (percent, scale 2).
     */
    @PublicApi
    public record Intensity(ResearchCategory category, int basePoints, int sizeBonus, int collaborationBonus,
            int sum, boolean gberCapApplied, BigDecimal callCap, boolean callCapApplied, BigDecimal applied) {

        /**
         * The sentence that explains it, e.g. "small enterprise, industrial research, effective collaboration: 50 +
         * 20 + 15 = 85, capped at 80; the call caps at 60: 60%" in the language given ({@code it} or {@code en}).
         */
        public String explain(SizeClass size, String language) {
            boolean it = "it".equals(language);
            StringBuilder b = new StringBuilder();
            b.append(sizeName(size, it)).append(", ").append(categoryName(category, it));
            if (collaborationBonus > 0) {
                b.append(it ? ", collaborazione effettiva" : ", effective collaboration");
            }
            b.append(": ");
            List<Integer> terms = new ArrayList<>();
            terms.add(basePoints);
            if (sizeBonus > 0) {
                terms.add(sizeBonus);
            }
            if (collaborationBonus > 0) {
                terms.add(collaborationBonus);
            }
            boolean capped = gberCapApplied || callCapApplied;
            if (terms.size() > 1) {
                b.append(String.join(" + ", terms.stream().map(String::valueOf).toList())).append(" = ").append(sum);
                if (!capped) {
                    return b.append('%').toString();
                }
            } else if (!capped) {
                return b.append(percent(applied, it)).append('%').toString();
            } else {
                b.append(sum);
            }
            if (gberCapApplied) {
                b.append(it ? ", ridotto a " : ", capped at ").append(GBER_CAP);
            }
            if (callCapApplied) {
                b.append(it ? "; il bando limita al " : "; the call caps at ").append(percent(callCap, it));
            }
            return b.append(": ").append(percent(applied, it)).append('%').toString();
        }
    }

    /** One category of one partner: eligible cost, intensity, grant (rounded down to the cent). */
    @PublicApi
    public record CategoryGrant(ResearchCategory category, BigDecimal eligibleCost, Intensity intensity,
            BigDecimal grant) {
    }

    /** A partner's grant: its categories, its eligible cost and grant (the sums of its categories). */
    @PublicApi
    public record PartnerGrant(Participant participant, List<CategoryGrant> categories, BigDecimal eligibleCost,
            BigDecimal grant) {

        public PartnerGrant {
            categories = List.copyOf(categories);
        }
    }

    /**
     * The computation of a project: the collaboration judgement, each partner's grant, the project's eligible cost
     * and grant (the sum of its partners' grants).
     *
     * @param scale 1 for the full grant; below 1 when reduced by partial funding ({@link #scaledTo})
     */
    @PublicApi
    public record Result(Collaboration collaboration, List<PartnerGrant> partners, BigDecimal eligibleCost,
            BigDecimal grant, BigDecimal fullGrant, BigDecimal scale) {

        public Result {
            partners = List.copyOf(partners);
        }

        public boolean partial() {
            return grant.compareTo(fullGrant) < 0;
        }

        /**
         * The same computation with the project's grant reduced to {@code amount} (partial funding): each partner's
         * grant reduced in proportion, rounded down to the cent, the cents left over given one by one to the partners
         * in the order of their grants' largest remainders, so that the partners' grants sum exactly to
         * {@code amount}.
         *
         * @throws IllegalArgumentException when {@code amount} is negative or above the full grant
         */
        public Result scaledTo(BigDecimal amount) {
            if (amount == null) {
                throw new IllegalArgumentException("amount is required");
            }
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("amount must not be negative, was " + amount);
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("amount has more than two decimals: " + amount);
            }
            if (amount.compareTo(fullGrant) > 0) {
                throw new IllegalArgumentException("amount " + amount + " is above the full grant " + fullGrant);
            }
            BigDecimal target = amount.setScale(2, RoundingMode.UNNECESSARY);
            // the full figures are recomputed from each category's cost and intensity, so that a scaled result
            // scales again from the full grant
            List<List<BigDecimal>> fullByPartner = new ArrayList<>();
            List<BigDecimal> fullPartners = new ArrayList<>();
            for (PartnerGrant p : partners) {
                List<BigDecimal> cats = p.categories().stream()
                        .map(c -> grantOf(c.eligibleCost(), c.intensity().applied())).toList();
                fullByPartner.add(cats);
                fullPartners.add(sum(cats));
            }
            List<BigDecimal> partnerShares = apportion(fullPartners, target);
            List<PartnerGrant> scaled = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                PartnerGrant p = partners.get(i);
                List<BigDecimal> catShares = apportion(fullByPartner.get(i), partnerShares.get(i));
                List<CategoryGrant> cats = new ArrayList<>();
                for (int j = 0; j < p.categories().size(); j++) {
                    CategoryGrant c = p.categories().get(j);
                    cats.add(new CategoryGrant(c.category(), c.eligibleCost(), c.intensity(), catShares.get(j)));
                }
                scaled.add(new PartnerGrant(p.participant(), cats, p.eligibleCost(), partnerShares.get(i)));
            }
            BigDecimal scale = fullGrant.signum() == 0 ? BigDecimal.ONE
                    : target.divide(fullGrant, 10, RoundingMode.DOWN).stripTrailingZeros();
            if (scale.scale() < 0) {
                scale = scale.setScale(0);
            }
            return new Result(collaboration, scaled, eligibleCost, target, fullGrant, scale);
        }
    }

    /** The project's grant from its participants (the lead first) under the call's intensities. */
    public static Result compute(AidIntensityMatrix intensities, List<Participant> participants) {
        Objects.requireNonNull(intensities, "intensities");
        Collaboration collaboration = collaboration(participants);
        List<PartnerGrant> partners = new ArrayList<>();
        for (Participant p : participants) {
            List<CategoryGrant> categories = new ArrayList<>();
            for (ResearchCategory category : ResearchCategory.values()) {
                BigDecimal given = p.eligibleCosts().get(category);
                if (given == null) {
                    continue;
                }
                BigDecimal cost = money(given);
                Intensity intensity = intensities.intensity(category, p.effectiveSize(), collaboration.effective());
                categories.add(new CategoryGrant(category, cost, intensity, grantOf(cost, intensity.applied())));
            }
            partners.add(new PartnerGrant(p, categories,
                    sum(categories.stream().map(CategoryGrant::eligibleCost).toList()),
                    sum(categories.stream().map(CategoryGrant::grant).toList())));
        }
        BigDecimal eligibleCost = sum(partners.stream().map(PartnerGrant::eligibleCost).toList());
        BigDecimal grant = sum(partners.stream().map(PartnerGrant::grant).toList());
        return new Result(collaboration, partners, eligibleCost, grant, grant, BigDecimal.ONE);
    }

    /**
     * Whether collaboration is effective, and why, from the participants' eligible costs (Art. 25(6)(b)): (i) at least
     * two undertakings bearing costs, at least one of them an SME, none bearing more than 70% of the project's eligible
     * costs (70.00% is fine, anything above is not); or (ii) at least one undertaking and research organisations with
     * the right to publish bearing together at least 10% of them. The judgement compares the exact figures; the
     * shares are shown with two decimals, the largest rounded up and the research organisations' rounded down, so
     * that what is shown never contradicts the judgement.
     */
    public static Collaboration collaboration(List<Participant> participants) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal research = BigDecimal.ZERO;
        BigDecimal largest = BigDecimal.ZERO;
        Long largestId = null;
        int undertakings = 0;
        boolean sme = false;
        for (Participant p : participants) {
            BigDecimal cost = p.totalCost();
            if (cost.signum() < 0) {
                throw new IllegalArgumentException("negative eligible costs of organisation " + p.organizationId());
            }
            total = total.add(cost);
            if (p.undertaking()) {
                if (cost.signum() > 0) {
                    undertakings++;
                    sme |= p.effectiveSize().isSme();
                }
                if (largestId == null || cost.compareTo(largest) > 0) {
                    largest = cost;
                    largestId = p.organizationId();
                }
            } else if (p.rightToPublish()) {
                research = research.add(cost);
            }
        }
        if (total.signum() == 0) {
            return new Collaboration(false, CollaborationBasis.NONE, sme, undertakings, ZERO_SHARE, largestId,
                    ZERO_SHARE);
        }
        // exact: largest / total <= 70%  <=>  largest * 100 <= total * 70
        boolean withinLimit = largest.multiply(HUNDRED).compareTo(total.multiply(MAX_UNDERTAKING_SHARE)) <= 0;
        boolean amongUndertakings = undertakings >= 2 && sme && withinLimit;
        boolean withResearch = undertakings >= 1
                && research.multiply(HUNDRED).compareTo(total.multiply(MIN_RESEARCH_SHARE)) >= 0;
        CollaborationBasis basis = amongUndertakings ? CollaborationBasis.UNDERTAKINGS
                : withResearch ? CollaborationBasis.RESEARCH_ORGANISATION : CollaborationBasis.NONE;
        return new Collaboration(basis != CollaborationBasis.NONE, basis, sme, undertakings,
                share(largest, total, RoundingMode.UP), largestId, share(research, total, RoundingMode.DOWN));
    }

    /** The GBER ceiling of every intensity (Art. 25(6)). */
    public static final int GBER_CAP = 80;
    /** No undertaking may bear more than this percent of the eligible costs (Art. 25(6)(b)(i)). */
    public static final BigDecimal MAX_UNDERTAKING_SHARE = new BigDecimal("70");
    /** Research organisations with the right to publish bear at least this percent (Art. 25(6)(b)(ii)). */
    public static final BigDecimal MIN_RESEARCH_SHARE = new BigDecimal("10");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO_SHARE = new BigDecimal("0.00");
    private static final BigDecimal ZERO_MONEY = new BigDecimal("0.00");

    /** cost x intensity / 100, rounded down to the cent: the one rounding of a grant. */
    static BigDecimal grantOf(BigDecimal cost, BigDecimal intensityPercent) {
        return cost.multiply(intensityPercent).divide(HUNDRED).setScale(2, RoundingMode.DOWN);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total, RoundingMode mode) {
        return part.multiply(HUNDRED).divide(total, 2, mode);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO_MONEY, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Splits {@code total} (cents) in proportion to {@code weights} (cents): each share rounded down, the cents left
     * over given one by one in the order of the largest remainders (the earlier entry first on equal remainders).
     * With {@code total} at most the sum of the weights, no share exceeds its weight.
     */
    static List<BigDecimal> apportion(List<BigDecimal> weights, BigDecimal total) {
        BigDecimal whole = sum(weights);
        int n = weights.size();
        List<BigDecimal> shares = new ArrayList<>(n);
        if (whole.signum() == 0) {
            if (total.signum() != 0) {
                throw new IllegalArgumentException("nothing to share " + total + " over");
            }
            weights.forEach(w -> shares.add(ZERO_MONEY));
            return shares;
        }
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = weights.get(i).multiply(total);
            BigDecimal[] qr = exact.movePointRight(2).divideAndRemainder(whole);
            BigDecimal share = qr[0].movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
            shares.add(share);
            remainders[i] = qr[1];
            given = given.add(share);
        }
        long leftCents = total.subtract(given).movePointRight(2).longValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < leftCents; k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i).add(CENT));
        }
        return shares;
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");

    static String sizeName(SizeClass size, boolean it) {
        if (size == null) {
            return it ? "organismo di ricerca" : "research organisation";
        }
        return switch (size) {
            case MICRO -> it ? "microimpresa" : "micro enterprise";
            case SMALL -> it ? "piccola impresa" : "small enterprise";
            case MEDIUM -> it ? "media impresa" : "medium enterprise";
            case LARGE -> it ? "grande impresa" : "large enterprise";
        };
    }

    static String categoryName(ResearchCategory category, boolean it) {
        return switch (category) {
            case INDUSTRIAL_RESEARCH -> it ? "ricerca industriale" : "industrial research";
            case EXPERIMENTAL_DEVELOPMENT -> it ? "sviluppo sperimentale" : "experimental development";
            case FEASIBILITY_STUDY -> it ? "studio di fattibilità" : "feasibility study";
        };
    }

    /** A percentage without trailing zeros, with the language's decimal separator (62.5 / 62,5). */
    static String percent(BigDecimal value, boolean it) {
        BigDecimal v = value.stripTrailingZeros();
        String s = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        return it ? s.replace('.', ',') : s;
    }
}
