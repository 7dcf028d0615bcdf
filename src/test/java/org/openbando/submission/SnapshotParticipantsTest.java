package org.openbando.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbando.call.ResearchCategory.EXPERIMENTAL_DEVELOPMENT;
import static org.openbando.call.ResearchCategory.INDUSTRIAL_RESEARCH;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.call.AidIntensityMatrix;
import org.openbando.call.GrantComputation;
import org.openbando.call.GrantComputation.Participant;
import org.openbando.call.Line;
import org.openbando.organization.EnterpriseFigures;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.organization.SizeComputation;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalContent.BudgetItem;
import org.openbando.proposal.ProposalContent.CostCategory;
import org.openbando.proposal.ProposalContent.Partner;

/** The participants of the grant computation from a frozen snapshot: plain JUnit, no database. */
class SnapshotParticipantsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static OrganizationFacts facts(long id, OrganizationType type, SizeClass size) {
        return new OrganizationFacts(id, "Org " + id, String.format("%011d", 100_000 + id), type, DAY,
                size == null ? null : new SizeComputation(EnterpriseFigures.ZERO, List.of(), EnterpriseFigures.ZERO,
                        size, "", ""), List.of(), false);
    }

    static BudgetItem item(long org, CostCategory cost, org.openbando.call.ResearchCategory category, String amount) {
        return new BudgetItem(org, cost, category, new BigDecimal(amount));
    }

    static Snapshot snapshot(List<Partner> partners, List<BudgetItem> budget, List<OrganizationFacts> members) {
        ProposalContent content = new ProposalContent("T", "A", null, null, null, 24, partners, List.of(), budget,
                List.of(), null);
        return new Snapshot(7, "CALL", Line.A, 3, Instant.parse("2026-11-30T10:00:00.123Z"), "lead",
                new Snapshot.Lead(1, "Org 1", "00000100001"), content, List.of(), members);
    }

    @Test
    void mapsTheFrozenFactsAndTheBudgetPerOrganisationAndCategory() {
        Snapshot s = snapshot(List.of(new Partner(2L), new Partner(3L, true), new Partner(4L, false)),
                List.of(item(3, CostCategory.PERSONNEL, INDUSTRIAL_RESEARCH, "10000.00"),
                        item(1, CostCategory.PERSONNEL, INDUSTRIAL_RESEARCH, "50000.00"),
                        item(1, CostCategory.OVERHEADS_AND_OPERATING_COSTS, INDUSTRIAL_RESEARCH, "5000.50"),
                        item(1, CostCategory.INSTRUMENTS_AND_EQUIPMENT, EXPERIMENTAL_DEVELOPMENT, "20000.00"),
                        item(2, CostCategory.PERSONNEL, EXPERIMENTAL_DEVELOPMENT, "30000.00")),
                List.of(facts(1, OrganizationType.ENTERPRISE, SizeClass.SMALL),
                        facts(2, OrganizationType.ENTERPRISE, SizeClass.LARGE),
                        facts(3, OrganizationType.UNIVERSITY, null),
                        facts(4, OrganizationType.RESEARCH_CENTRE, null)));

        List<Participant> ps = s.participants();

        assertThat(ps).extracting(Participant::organizationId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ps.get(0).type()).isEqualTo(OrganizationType.ENTERPRISE);
        assertThat(ps.get(0).sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(ps.get(0).name()).isEqualTo("Org 1");
        assertThat(ps.get(0).vatNumber()).isEqualTo("00000100001");
        assertThat(ps.get(0).eligibleCosts()).isEqualTo(Map.of(INDUSTRIAL_RESEARCH, new BigDecimal("55000.50"),
                EXPERIMENTAL_DEVELOPMENT, new BigDecimal("20000.00")));
        assertThat(ps.get(0).rightToPublish()).isFalse();
        assertThat(ps.get(1).sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(ps.get(1).eligibleCosts()).isEqualTo(Map.of(EXPERIMENTAL_DEVELOPMENT, new BigDecimal("30000.00")));
        assertThat(ps.get(2).sizeClass()).isNull();
        assertThat(ps.get(2).rightToPublish()).isTrue();
        assertThat(ps.get(3).rightToPublish()).isFalse();
        // a member without costs is still listed
        assertThat(ps.get(3).eligibleCosts()).isEmpty();
    }

    @Test
    void theComputationRunsOnThem() {
        Snapshot s = snapshot(List.of(new Partner(3L, true)),
                List.of(item(1, CostCategory.PERSONNEL, INDUSTRIAL_RESEARCH, "90000.00"),
                        item(3, CostCategory.PERSONNEL, INDUSTRIAL_RESEARCH, "10000.00")),
                List.of(facts(1, OrganizationType.ENTERPRISE, SizeClass.MEDIUM),
                        facts(3, OrganizationType.UNIVERSITY, null)));

        GrantComputation.Result r = GrantComputation.compute(AidIntensityMatrix.gber(), s.participants());

        assertThat(r.collaboration().basis()).isEqualTo(GrantComputation.CollaborationBasis.RESEARCH_ORGANISATION);
        // medium 50 + 10 + 15 = 75% of 90,000; research organisation 50 + 15 = 65% of 10,000
        assertThat(r.partners()).extracting(GrantComputation.PartnerGrant::grant)
                .containsExactly(new BigDecimal("67500.00"), new BigDecimal("6500.00"));
    }

    @Test
    void anEnterpriseMarkedAsPublishingGetsNoRightToPublish() {
        Snapshot s = snapshot(List.of(new Partner(2L, true)), List.of(),
                List.of(facts(1, OrganizationType.ENTERPRISE, SizeClass.SMALL),
                        facts(2, OrganizationType.ENTERPRISE, SizeClass.MICRO)));

        assertThat(s.participants()).extracting(Participant::rightToPublish).containsExactly(false, false);
        assertThat(s.participants()).allSatisfy(p -> assertThat(p.eligibleCosts()).isEmpty());
    }

    @Test
    void aSnapshotWithoutFrozenFactsCannotBeComputed() {
        Snapshot s = snapshot(List.of(), List.of(), null);

        assertThatThrownBy(s::participants).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRightToPublishIsLeftOutOfTheJsonWhenNotGivenSoOldSnapshotsHashTheSame() {
        Snapshot old = snapshot(List.of(new Partner(2L)), List.of(),
                List.of(facts(1, OrganizationType.ENTERPRISE, SizeClass.SMALL),
                        facts(2, OrganizationType.UNIVERSITY, null)));
        String text = old.canonical();

        assertThat(text).contains("\"partners\":[{\"organizationId\":2}]").doesNotContain("rightToPublish");
        assertThat(Snapshot.read(text, "test").canonical()).isEqualTo(text);

        Snapshot marked = snapshot(List.of(new Partner(2L, true)), List.of(), old.members());
        assertThat(marked.canonical()).contains("{\"organizationId\":2,\"rightToPublish\":true}");
        assertThat(Snapshot.read(marked.canonical(), "test").content().partners().get(0).rightToPublish()).isTrue();
    }
}
