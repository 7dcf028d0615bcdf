package org.openbando.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbando.shared.PublicApi;

/**
 * The one rule of who may sit on a proposal's panel and who is proposed first: a pure function of the candidates (their
 * profiles, their load in the call, their assignments in recent calls) and of the proposal (its thematic area and
 * cluster, the VAT numbers of its consortium and of its providers of contracted research, the experts already on or
 * previously on its panel). {@link Assignments} proposes with it and checks every assignment with
 * {@link #exclusion}: what is never proposed is never assignable either.
 *
 * <p>Excluded, in this order: {@link Exclusion#INACTIVE} (profile switched off), {@link Exclusion#AFFILIATION_IN_CONSORTIUM}
 * (the expert's affiliation is the lead, a partner or a provider of contracted research), {@link
 * Exclusion#DECLARED_CONFLICT} (the expert declined this proposal for a conflict, or was removed from it for one),
 * {@link Exclusion#ALREADY_ON_PANEL} (on the panel now, or earlier: a seat that ended for another reason goes to
 * someone new), {@link Exclusion#FULL} (as many proposals of the call as the expert takes). Proposed, best first: the
 * expertise match (the proposal's thematic area, else its cluster, else none), then the lower load in the call, then
 * fewer assignments in recent calls (rotation), then the username.
 */
@PublicApi
public final class PanelProposer {

    private PanelProposer() {
    }

    /** Why an expert may not sit on the panel. */
    @PublicApi
    public enum Exclusion {
        INACTIVE, AFFILIATION_IN_CONSORTIUM, DECLARED_CONFLICT, ALREADY_ON_PANEL, FULL
    }

    /** How the expert's fields of expertise match the proposal's, best first. */
    @PublicApi
    public enum Match {
        AREA, CLUSTER, NONE
    }

    /**
     * An expert who might sit on the panel.
     *
     * @param loadInCall        the expert's assignments in force (not ended) in the proposal's call
     * @param recentAssignments the expert's assignments in other calls recently (rotation across calls)
     */
    public record Candidate(String username, boolean active, String affiliationVat, Set<String> clusterCodes,
            Set<String> areaCodes, int maxPerCall, int loadInCall, int recentAssignments) {
    }

    /**
     * The proposal under evaluation as the rule sees it.
     *
     * @param partyVats        the VAT numbers of the lead, the partners and the providers of contracted research
     * @param onPanel          the experts on the panel now or earlier (any assignment, ended or not)
     * @param declaredConflict the experts who declined it for a conflict or were removed from it for one
     */
    public record Subject(String thematicAreaCode, String clusterCode, Set<String> partyVats, Set<String> onPanel,
            Set<String> declaredConflict) {
    }

    public record Proposed(String username, Match match, int loadInCall, int recentAssignments) {
    }

    public record Excluded(String username, Exclusion reason) {
    }

    /** Who may sit, best first, and who may not with the reason. */
    public record Proposal(List<Proposed> proposed, List<Excluded> excluded) {
    }

    static final Comparator<Proposed> BEST_FIRST = Comparator.comparing(Proposed::match)
            .thenComparingInt(Proposed::loadInCall).thenComparingInt(Proposed::recentAssignments)
            .thenComparing(Proposed::username);

    public static Proposal propose(Subject subject, Collection<Candidate> candidates) {
        List<Proposed> proposed = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            Optional<Exclusion> exclusion = exclusion(subject, c);
            if (exclusion.isPresent()) {
                excluded.add(new Excluded(c.username(), exclusion.get()));
            } else {
                proposed.add(new Proposed(c.username(), match(subject, c), c.loadInCall(), c.recentAssignments()));
            }
        }
        proposed.sort(BEST_FIRST);
        excluded.sort(Comparator.comparing(Excluded::username));
        return new Proposal(List.copyOf(proposed), List.copyOf(excluded));
    }

    /** Why the candidate may not sit on the panel, if it may not. */
    public static Optional<Exclusion> exclusion(Subject subject, Candidate c) {
        if (!c.active()) {
            return Optional.of(Exclusion.INACTIVE);
        }
        if (c.affiliationVat() != null && subject.partyVats().contains(c.affiliationVat())) {
            return Optional.of(Exclusion.AFFILIATION_IN_CONSORTIUM);
        }
        if (subject.declaredConflict().contains(c.username())) {
            return Optional.of(Exclusion.DECLARED_CONFLICT);
        }
        if (subject.onPanel().contains(c.username())) {
            return Optional.of(Exclusion.ALREADY_ON_PANEL);
        }
        if (c.loadInCall() >= c.maxPerCall()) {
            return Optional.of(Exclusion.FULL);
        }
        return Optional.empty();
    }

    public static Match match(Subject subject, Candidate c) {
        if (subject.thematicAreaCode() != null && c.areaCodes().contains(subject.thematicAreaCode())) {
            return Match.AREA;
        }
        if (subject.clusterCode() != null && c.clusterCodes().contains(subject.clusterCode())) {
            return Match.CLUSTER;
        }
        return Match.NONE;
    }
}
