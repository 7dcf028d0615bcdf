package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationType;
import org.openbando.proposal.DraftForm.Section;

/**
 * The guided form without HTTP: sections, reading a posted section, merging, naming the input of a field. A Quarkus
 * test: the errors are written with the proposal feature's message bundle, which Quarkus builds.
 */
@QuarkusTest
class DraftFormTest {

    static final OrganizationDirectory.Entry LAB = new OrganizationDirectory.Entry(7, "Lab", "11111111111",
            OrganizationType.ACCREDITED_LAB);
    static final OrganizationDirectory.Entry PARTNER = new OrganizationDirectory.Entry(8, "Partner", "22222222222",
            OrganizationType.ENTERPRISE);
    static final Function<String, Optional<OrganizationDirectory.Entry>> LOOKUP = vat ->
            vat.replace("IT", "").replace(" ", "").equals(LAB.vatNumber()) ? Optional.of(LAB)
                    : vat.equals(PARTNER.vatNumber()) ? Optional.of(PARTNER) : Optional.empty();

    @Test
    void everyFieldOfTheValidationListBelongsToTheSectionThatShowsIt() {
        assertThat(Section.holding("title")).contains(Section.GENERAL);
        assertThat(Section.holding("durationMonths")).contains(Section.GENERAL);
        assertThat(Section.holding("partners[1].organizationId")).contains(Section.CONSORTIUM);
        assertThat(Section.holding("contracts[0].providerOrganizationId")).contains(Section.CONSORTIUM);
        assertThat(Section.holding("budget")).contains(Section.BUDGET);
        assertThat(Section.holding("content.budget[3].amount")).contains(Section.BUDGET);
        assertThat(Section.holding("workPackages[0].milestones[1].month")).contains(Section.WORK_PACKAGES);
        assertThat(Section.holding("trl.target")).contains(Section.TRL);
        assertThat(Section.holding("attachments.attestation")).isEmpty();
        assertThat(Section.GENERAL.previous()).isEmpty();
        assertThat(Section.GENERAL.next()).contains(Section.CONSORTIUM);
        assertThat(Section.TRL.next()).isEmpty();
    }

    @Test
    void emptyRowsAreNotSavedAndErrorsFindTheRowTheUserTyped() {
        Map<String, String> form = new HashMap<>();
        row(form, 0, "8", "PERSONNEL", "INDUSTRIAL_RESEARCH", "1.234,56");
        row(form, 1, null, null, null, null);
        row(form, 2, "8", "PERSONNEL", "EXPERIMENTAL_DEVELOPMENT", "0");
        DraftForm.Read read = DraftForm.read(Section.BUDGET, form, null, 1, LOOKUP);

        assertThat(read.errors()).isEmpty();
        assertThat(read.part().budget()).hasSize(2);
        assertThat(read.part().budget().get(0).amount()).isEqualByComparingTo("1234.56");
        assertThat(read.part().budget().get(1).researchCategory()).isEqualTo(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        // the service reports the second saved row; the user typed it in the third row of the form
        assertThat(read.input("content.budget[1].amount")).isEqualTo("budget[2].amount");
        assertThat(read.input("budget[0].organizationId")).isEqualTo("budget[0].organizationId");
    }

    @Test
    void aRowWithSomethingMissingOrUnreadableIsReportedByItsInputs() {
        Map<String, String> form = new HashMap<>();
        row(form, 0, "8", null, "INDUSTRIAL_RESEARCH", "12,345.6.7");
        row(form, 1, "x", "NOT_A_CATEGORY", "INDUSTRIAL_RESEARCH", "10");
        DraftForm.Read read = DraftForm.read(Section.BUDGET, form, null, 1, LOOKUP);
        assertThat(read.errors()).containsOnlyKeys("budget[0].costCategory", "budget[0].amount",
                "budget[1].organizationId", "budget[1].costCategory");
    }

    @Test
    void removingARowDropsItAndKeepsTheOthersInOrder() {
        Map<String, String> form = new HashMap<>();
        row(form, 0, "8", "PERSONNEL", "INDUSTRIAL_RESEARCH", "100");
        row(form, 1, "8", "PERSONNEL", "INDUSTRIAL_RESEARCH", "200");
        row(form, 2, "8", "PERSONNEL", "INDUSTRIAL_RESEARCH", "300");
        DraftForm.Read read = DraftForm.read(Section.BUDGET, form, "budget[1]", 1, LOOKUP);
        assertThat(read.part().budget()).extracting(ProposalContent.BudgetItem::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("300"));
        assertThat(read.input("budget[1].amount")).isEqualTo("budget[2].amount");
    }

    @Test
    void partnersAreAddedByVatNumberAndContractsNameTheirProviderByIt() {
        Map<String, String> form = new HashMap<>();
        form.put("partners[0].organizationId", "8");
        form.put("partnerVat", "IT 11111111111");
        form.put("contracts[0].providerVat", "11111111111");
        form.put("contracts[0].subject", "Tests");
        form.put("contracts[0].amount", "60.000");
        form.put("contracts[1].providerVat", null);
        form.put("contracts[1].subject", null);
        form.put("contracts[1].amount", null);
        DraftForm.Read read = DraftForm.read(Section.CONSORTIUM, form, null, 1, LOOKUP);
        assertThat(read.errors()).isEmpty();
        assertThat(read.part().partners()).extracting(ProposalContent.Partner::organizationId).containsExactly(8L, 7L);
        assertThat(read.part().contracts()).singleElement().satisfies(c -> {
            assertThat(c.providerOrganizationId()).isEqualTo(7L);
            assertThat(c.amount()).isEqualByComparingTo("60000");
        });
        assertThat(read.input("contracts[0].providerOrganizationId")).isEqualTo("contracts[0].providerVat");
        assertThat(read.input("partners[1].organizationId")).isEqualTo("partnerVat");

        form.put("partnerVat", "22222222222");
        assertThat(DraftForm.read(Section.CONSORTIUM, form, null, 1, LOOKUP).errors())
                .containsEntry("partnerVat", "Partner is already in the consortium");
        form.put("partnerVat", "33333333333");
        assertThat(DraftForm.read(Section.CONSORTIUM, form, null, 1, LOOKUP).errors()).containsKey("partnerVat");
        form.put("partnerVat", null);
        assertThat(DraftForm.read(Section.CONSORTIUM, form, "partners[0]", 1, LOOKUP).part().partners()).isEmpty();
    }

    @Test
    void workPackagesKeepTheirMilestonesAndEmptyOnesAreDropped() {
        Map<String, String> form = new HashMap<>();
        form.put("workPackages[0].code", "WP1");
        form.put("workPackages[0].startTrl", "4");
        form.put("workPackages[0].milestones[0].title", null);
        form.put("workPackages[0].milestones[0].month", null);
        form.put("workPackages[0].milestones[1].title", "Pilot");
        form.put("workPackages[0].milestones[1].month", "18");
        form.put("workPackages[1].code", null);
        form.put("workPackages[1].milestones[0].title", null);
        DraftForm.Read read = DraftForm.read(Section.WORK_PACKAGES, form, null, 1, LOOKUP);
        assertThat(read.part().workPackages()).singleElement().satisfies(wp -> {
            assertThat(wp.startTrl()).isEqualTo(4);
            assertThat(wp.milestones()).containsExactly(new ProposalContent.Milestone("Pilot", 18));
        });
        assertThat(read.input("content.workPackages[0].milestones[0].month"))
                .isEqualTo("workPackages[0].milestones[1].month");
    }

    @Test
    void aSectionReplacesOnlyWhatItHolds() {
        ProposalContent current = new ProposalContent("Old", "OLD", "Summary", "MECH-ROBOTICS", LocalDate.of(2030, 1, 1),
                12, List.of(new ProposalContent.Partner(8L)), List.of(), List.of(), List.of(),
                new ProposalContent.Trl(4, 7, "lab"));
        Map<String, String> form = new HashMap<>(DraftForm.values(Section.GENERAL, current, Map.of(), Locale.ITALIAN));
        form.put("title", "New");
        form.put("durationMonths", "24");
        ProposalContent merged = DraftForm.merge(current, Section.GENERAL,
                DraftForm.read(Section.GENERAL, form, null, 1, LOOKUP).part());
        assertThat(merged.title()).isEqualTo("New");
        assertThat(merged.durationMonths()).isEqualTo(24);
        assertThat(merged.acronym()).isEqualTo("OLD");
        assertThat(merged.partners()).isEqualTo(current.partners());
        assertThat(merged.trl()).isEqualTo(current.trl());
    }

    @Test
    void amountsAreShownAsTheFormReadsThemBack() {
        assertThat(DraftForm.amount(new BigDecimal("250000"), Locale.ITALIAN)).isEqualTo("250000,00");
        assertThat(DraftForm.amount(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1234.50");
        ProposalContent c = new ProposalContent(null, null, null, null, null, null, List.of(), List.of(),
                List.of(new ProposalContent.BudgetItem(8L, ProposalContent.CostCategory.PERSONNEL,
                        ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal("1234567.89"))), List.of(), null);
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            Map<String, String> form = DraftForm.values(Section.BUDGET, c, Map.of(), locale);
            assertThat(DraftForm.rows(form, "budget")).isEqualTo(2);
            assertThat(DraftForm.read(Section.BUDGET, form, null, 1, LOOKUP).part().budget()).isEqualTo(c.budget());
        }
    }

    @Test
    void aCraftedFormCannotAskForMoreRowsThanAProposalHolds() {
        Map<String, String> form = new HashMap<>();
        form.put("budget[500].amount", "1");
        form.put("workPackages[0].milestones[30].title", "x");
        form.put("workPackages[0].milestones[31].title", "y");
        form.put("partners[9999].organizationId", "8");
        assertThat(DraftForm.rows(form, "budget")).isEqualTo(501);
        assertThat(DraftForm.rows(form, "workPackages[0].milestones")).isEqualTo(31);
        assertThat(DraftForm.rows(form, "partners")).isZero();
    }

    private static void row(Map<String, String> form, int i, String org, String cost, String research, String amount) {
        form.put("budget[" + i + "].organizationId", org);
        form.put("budget[" + i + "].costCategory", cost);
        form.put("budget[" + i + "].researchCategory", research);
        form.put("budget[" + i + "].amount", amount);
    }
}
