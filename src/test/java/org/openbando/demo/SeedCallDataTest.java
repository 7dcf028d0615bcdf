package org.openbando.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.call.AidIntensityMatrix;
import org.openbando.call.GrantComputation;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.demo.SeedCallData.Outcome;
import org.openbando.demo.SeedCallData.Project;
import org.openbando.organization.OrganizationType;

/**
 * The seed call's data set alone (no server): its financed projects add up to the published figures, with the grants
 * computed by the call's one {@link GrantComputation}, and every project meets the call's rules.
 */
class SeedCallDataTest {

    private static final AidIntensityMatrix INTENSITIES = AidIntensityMatrix.cappedAt(SeedCallData.AID_INTENSITY_CAP);

    @Test
    void financedProjectsAddUpToThePublishedFiguresOfEachLine() {
        for (Line line : Line.values()) {
            SeedCallData.Published expected = SeedCallData.published(line);
            List<Project> ofLine = SeedCallData.projects().stream().filter(p -> p.line() == line).toList();
            List<Project> financed = ofLine.stream().filter(p -> p.outcome() == Outcome.FUNDED).toList();
            Set<String> enterprises = new HashSet<>();
            financed.forEach(p -> p.members().forEach(e -> enterprises.add(e.vatNumber())));
            BigDecimal investment = sum(financed.stream().map(Project::eligibleCost).toList());
            BigDecimal grants = sum(financed.stream().map(p -> grant(p).grant()).toList());
            int contracts = financed.stream().mapToInt(p -> p.contracts().size()).sum();
            BigDecimal contractAmount = sum(financed.stream().flatMap(p -> p.contracts().stream())
                    .map(SeedCallData.Contract::amount).toList());
            SeedCallData.Published actual = new SeedCallData.Published(line, expected.budget(), ofLine.size(),
                    financed.size(), enterprises.size(), investment, grants, contracts, contractAmount);
            assertEquals(expected, actual, "line " + line);
            assertTrue(grants.compareTo(expected.budget()) <= 0, "the budget funds every fundable project in full");
        }
    }

    @Test
    void collaborationIsNeverEffectiveSoTheIntensitiesAreTheDesignedOnes() {
        for (Project p : SeedCallData.projects()) {
            GrantComputation.Result r = grant(p);
            assertFalse(r.collaboration().effective(), p.acronym() + ": " + r.collaboration().explain("en"));
            r.partners().forEach(partner -> partner.categories().forEach(c -> {
                BigDecimal applied = c.intensity().applied();
                if (c.category() == ResearchCategory.INDUSTRIAL_RESEARCH) {
                    assertEquals(0, applied.compareTo(new BigDecimal("50")), p.acronym());
                } else {
                    assertTrue(applied.compareTo(new BigDecimal("35")) == 0
                            || applied.compareTo(new BigDecimal("45")) == 0, p.acronym() + " " + applied);
                }
            }));
        }
    }

    @Test
    void everyProjectMeetsTheCallsRules() {
        Map<String, Integer> proposalsPerEnterprise = new HashMap<>();
        Set<String> acronyms = new HashSet<>();
        for (Project p : SeedCallData.projects()) {
            assertTrue(acronyms.add(p.acronym()), "acronym used twice: " + p.acronym());
            assertTrue(p.acronym().length() <= 30 && p.title().length() <= 300, p.acronym());
            assertTrue(p.members().size() >= 2 && p.members().size() <= 31, p.acronym());
            assertEquals(p.members().size(), new HashSet<>(p.members()).size(), p.acronym() + " repeats a member");
            p.members().forEach(e -> proposalsPerEnterprise.merge(e.vatNumber(), 1, Integer::sum));
            Map<ResearchCategory, BigDecimal> byCategory = new HashMap<>();
            p.budget().forEach(c -> byCategory.merge(c.researchCategory(), c.amount(), BigDecimal::add));
            assertTrue(byCategory.get(ResearchCategory.INDUSTRIAL_RESEARCH)
                    .compareTo(byCategory.getOrDefault(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, BigDecimal.ZERO))
                    > 0, p.acronym() + ": research prevails");
            assertTrue(p.eligibleCost().compareTo(new BigDecimal("150000")) >= 0
                    && p.eligibleCost().compareTo(new BigDecimal("1500000")) <= 0, p.acronym() + " cost");
            p.members().forEach(e -> assertEquals(p.line() == Line.A ? p.cluster() : null, e.cluster(),
                    p.acronym() + ": Line A members of the project's cluster, Line B never members"));
            p.budget().forEach(c -> assertTrue(c.member() >= 0 && c.member() < p.members().size()
                    && c.amount().signum() > 0, p.acronym()));
            assertTrue(!p.contracts().isEmpty(), p.acronym() + " has a contract");
            assertEquals(p.outcome() == Outcome.INADMISSIBLE, p.total() == null, p.acronym());
            if (p.total() != null) {
                assertEquals(p.outcome() == Outcome.FUNDED, p.total().compareTo(SeedCallData.THRESHOLD) >= 0,
                        p.acronym() + " " + p.total());
            }
        }
        proposalsPerEnterprise.forEach((vat, n) -> assertTrue(n <= SeedCallData.MAX_PROPOSALS_PER_ENTERPRISE, vat));
        Set<String> vats = new HashSet<>();
        SeedCallData.enterprises().forEach(e -> assertTrue(vats.add(e.vatNumber()), "VAT twice " + e.vatNumber()));
        SeedCallData.LABS.forEach(l -> assertTrue(vats.add(l.vatNumber()) && l.type() != OrganizationType.ENTERPRISE,
                l.name()));
        assertEquals(166, SeedCallData.projects().size());
    }

    static GrantComputation.Result grant(Project p) {
        List<GrantComputation.Participant> participants = new ArrayList<>();
        for (int m = 0; m < p.members().size(); m++) {
            SeedCallData.Enterprise e = p.members().get(m);
            participants.add(new GrantComputation.Participant(e.seed(), e.name(), e.vatNumber(),
                    OrganizationType.ENTERPRISE, e.size(), false, p.costsOf(m)));
        }
        return GrantComputation.compute(INTENSITIES, participants);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
