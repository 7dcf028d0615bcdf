package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.evaluation.PanelProposer.Candidate;
import org.openbando.evaluation.PanelProposer.Exclusion;
import org.openbando.evaluation.PanelProposer.Match;
import org.openbando.evaluation.PanelProposer.Subject;

/** The rule of who may sit on a panel and who comes first, without Quarkus. */
class PanelProposerTest {

    static final String LEAD_VAT = "01234567897";
    static final String LAB_VAT = "11111111115";
    static final Subject SUBJECT = new Subject("MECH-ROBOTICS", "MECH", Set.of(LEAD_VAT, LAB_VAT), Set.of("old"),
            Set.of("conflicted"));

    static Candidate expert(String name, String vat, Set<String> clusters, Set<String> areas, int load,
            int recent) {
        return new Candidate(name, true, vat, clusters, areas, 10, load, recent);
    }

    @Test
    void ranksByExpertiseThenLoadThenRotationThenName() {
        List<Candidate> candidates = List.of(
                expert("none", null, Set.of("AGRIFOOD"), Set.of(), 0, 0),
                expert("cluster", null, Set.of("MECH"), Set.of(), 0, 0),
                expert("area-busy", null, Set.of(), Set.of("MECH-ROBOTICS"), 3, 0),
                expert("area-b", null, Set.of(), Set.of("MECH-ROBOTICS"), 1, 2),
                expert("area-a", null, Set.of(), Set.of("MECH-ROBOTICS"), 1, 2),
                expert("area-rested", null, Set.of(), Set.of("MECH-ROBOTICS"), 1, 0));

        PanelProposer.Proposal p = PanelProposer.propose(SUBJECT, candidates);

        assertThat(p.proposed()).extracting(PanelProposer.Proposed::username).containsExactly("area-rested",
                "area-a", "area-b", "area-busy", "cluster", "none");
        assertThat(p.proposed()).extracting(PanelProposer.Proposed::match).containsExactly(Match.AREA, Match.AREA,
                Match.AREA, Match.AREA, Match.CLUSTER, Match.NONE);
        assertThat(p.excluded()).isEmpty();
    }

    @Test
    void neverProposesAnExpertAffiliatedToTheConsortiumOrItsProviders() {
        PanelProposer.Proposal p = PanelProposer.propose(SUBJECT, List.of(
                expert("lead-employee", LEAD_VAT, Set.of("MECH"), Set.of("MECH-ROBOTICS"), 0, 0),
                expert("lab-researcher", LAB_VAT, Set.of("MECH"), Set.of(), 0, 0),
                expert("freelancer", null, Set.of(), Set.of(), 0, 0)));

        assertThat(p.proposed()).extracting(PanelProposer.Proposed::username).containsExactly("freelancer");
        assertThat(p.excluded()).containsExactly(
                new PanelProposer.Excluded("lab-researcher", Exclusion.AFFILIATION_IN_CONSORTIUM),
                new PanelProposer.Excluded("lead-employee", Exclusion.AFFILIATION_IN_CONSORTIUM));
    }

    @Test
    void excludesDeclaredConflictsPanelMembersFullAndInactiveExperts() {
        Candidate full = new Candidate("full", true, null, Set.of(), Set.of(), 2, 2, 0);
        Candidate inactive = new Candidate("inactive", false, null, Set.of(), Set.of(), 10, 0, 0);
        PanelProposer.Proposal p = PanelProposer.propose(SUBJECT, List.of(full, inactive,
                expert("conflicted", null, Set.of(), Set.of("MECH-ROBOTICS"), 0, 0),
                expert("old", null, Set.of(), Set.of("MECH-ROBOTICS"), 0, 0)));

        assertThat(p.proposed()).isEmpty();
        assertThat(p.excluded()).containsExactly(
                new PanelProposer.Excluded("conflicted", Exclusion.DECLARED_CONFLICT),
                new PanelProposer.Excluded("full", Exclusion.FULL),
                new PanelProposer.Excluded("inactive", Exclusion.INACTIVE),
                new PanelProposer.Excluded("old", Exclusion.ALREADY_ON_PANEL));
    }

    @Test
    void theAffiliationOutweighsEveryOtherReason() {
        Candidate both = new Candidate("conflicted", true, LEAD_VAT, Set.of(), Set.of(), 1, 1, 0);
        assertThat(PanelProposer.exclusion(SUBJECT, both)).contains(Exclusion.AFFILIATION_IN_CONSORTIUM);
    }

    @Test
    void aProposalWithoutAreaMatchesNobodyButStillProposes() {
        Subject noArea = new Subject(null, null, Set.of(), Set.of(), Set.of());
        PanelProposer.Proposal p = PanelProposer.propose(noArea, List.of(
                expert("b", null, Set.of("MECH"), Set.of("MECH-ROBOTICS"), 0, 0),
                expert("a", null, Set.of(), Set.of(), 0, 0)));
        assertThat(p.proposed()).extracting(PanelProposer.Proposed::username).containsExactly("a", "b");
        assertThat(p.proposed()).extracting(PanelProposer.Proposed::match).containsOnly(Match.NONE);
    }

    @Test
    void twoHundredExpertsForTwoThousandProposalsIsLinearWork() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            candidates.add(expert("e" + i, String.format("%011d", i), Set.of(i % 2 == 0 ? "MECH" : "GREENTECH"),
                    Set.of(i % 3 == 0 ? "MECH-ROBOTICS" : "GREENTECH-STORAGE"), i % 7, i % 5));
        }
        int proposedTotal = 0;
        for (int p = 0; p < 2000; p++) {
            proposedTotal += PanelProposer.propose(SUBJECT, candidates).proposed().size();
        }
        assertThat(proposedTotal).isEqualTo(2000 * 200);
    }
}
