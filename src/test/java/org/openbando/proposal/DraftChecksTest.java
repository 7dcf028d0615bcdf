package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.proposal.ProposalContent.BudgetItem;
import org.openbando.proposal.ProposalContent.CostCategory;
import org.openbando.shared.Problem.FieldViolation;

class DraftChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Locale EN = Locale.ENGLISH;
    static final long LEAD = 1;
    static final long PARTNER = 2;
    static final long LAB = 3;
    static final Map<Long, DraftChecks.Organisation> ORGS = Map.of(PARTNER, new DraftChecks.Organisation(PARTNER, true),
            LAB, new DraftChecks.Organisation(LAB, false));
    static final DraftChecks.CallRules RULES = rules(Line.A, true);
    static final Set<AttachmentKind> NONE = Set.of();

    @Test
    void aCompleteDraftHasNothingBlockingIt() {
        assertThat(DraftChecks.blockingIssues(complete(), RULES, LEAD, ORGS, NONE, TODAY, EN)).isEmpty();
    }

    @Test
    void researchMustExceedDevelopmentOnlyWhenTheCallSaysSo() {
        ProposalContent balanced = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "200000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "200000"));
        assertThat(fields(DraftChecks.blockingIssues(balanced, RULES, LEAD, ORGS, NONE, TODAY, EN))).containsExactly("budget");
        assertThat(DraftChecks.blockingIssues(balanced, rules(Line.A, false), LEAD, ORGS, NONE, TODAY, EN)).isEmpty();
    }

    @Test
    void theTotalCostMustBeWithinTheCallsRange() {
        ProposalContent small = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "100000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000"));
        assertThat(DraftChecks.blockingIssues(small, RULES, LEAD, ORGS, NONE, TODAY, EN))
                .extracting(FieldViolation::message).anyMatch(m -> m.contains("between EUR 150000.00"));
    }

    @Test
    void feasibilityStudiesAreNotFundedByTheseCalls() {
        ProposalContent study = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "300000"),
                item(ResearchCategory.FEASIBILITY_STUDY, "10000"));
        assertThat(fields(DraftChecks.blockingIssues(study, RULES, LEAD, ORGS, NONE, TODAY, EN)))
                .containsExactly("budget[1].researchCategory");
    }

    @Test
    void workPackagesAreCheckedOneByOne() {
        ProposalContent c = complete();
        ProposalContent bad = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), c.partners(), c.contracts(), c.budget(), List.of(
                        new ProposalContent.WorkPackage("WP1", "One", 4, 7, "ok", List.of()),
                        new ProposalContent.WorkPackage("WP1", "Two", 3, 9, null, List.of())), c.trl());
        assertThat(fields(DraftChecks.blockingIssues(bad, RULES, LEAD, ORGS, NONE, TODAY, EN))).containsExactlyInAnyOrder(
                "workPackages[1].code", "workPackages[1].startTrl", "workPackages[1].targetTrl",
                "workPackages[1].trlJustification");
    }

    @Test
    void theConsortiumNeedsEnoughEnterprisesAndResearchOrganisationsAsProviders() {
        ProposalContent c = complete();
        ProposalContent labOnly = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), List.of(new ProposalContent.Partner(LAB),
                new ProposalContent.Partner(LAB)), List.of(new ProposalContent.Contract(PARTNER, "x",
                new BigDecimal("1000"))), List.of(new BudgetItem(LAB, CostCategory.PERSONNEL,
                ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal("300000"))), c.workPackages(), c.trl());
        assertThat(fields(DraftChecks.blockingIssues(labOnly, RULES, LEAD, ORGS, NONE, TODAY, EN))).containsExactlyInAnyOrder(
                "partners[1].organizationId", "partners", "contracts[0].providerOrganizationId");
    }

    @Test
    void aProjectThatStartedAlreadyHasNoIncentiveEffect() {
        ProposalContent c = complete();
        ProposalContent started = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                TODAY, c.durationMonths(), c.partners(), c.contracts(), c.budget(), c.workPackages(), c.trl());
        assertThat(fields(DraftChecks.blockingIssues(started, RULES, LEAD, ORGS, NONE, TODAY, EN))).containsExactly("plannedStart");
    }

    @Test
    void lineBNeedsTheClusterAttestation() {
        assertThat(fields(DraftChecks.blockingIssues(complete(), rules(Line.B, true), LEAD, ORGS, NONE, TODAY, EN)))
                .containsExactly("attachments.attestation");
        assertThat(fields(DraftChecks.blockingIssues(complete(), rules(Line.B, true), LEAD, ORGS,
                Set.of(AttachmentKind.OTHER), TODAY, EN))).containsExactly("attachments.attestation");
        assertThat(DraftChecks.blockingIssues(complete(), rules(Line.B, true), LEAD, ORGS,
                Set.of(AttachmentKind.CLUSTER_ATTESTATION, AttachmentKind.OTHER), TODAY, EN)).isEmpty();
    }

    @Test
    void theSentencesAreItalianForTheItalianPagesWithIdsAndAmountsAsWritten() {
        ProposalContent c = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "100000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000"));
        ProposalContent stranger = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), List.of(new ProposalContent.Partner(12345L)), c.contracts(),
                c.budget(), c.workPackages(), c.trl());
        assertThat(DraftChecks.blockingIssues(stranger, RULES, LEAD, ORGS, NONE, TODAY, Locale.ITALIAN))
                .extracting(FieldViolation::message)
                .contains("non esiste l'organizzazione 12345",
                        "il costo totale di EUR 140000 deve essere compreso tra EUR 150000.00 e EUR 1500000.00");
        assertThat(DraftChecks.blockingIssues(complete(), rules(Line.B, true), LEAD, ORGS, NONE, TODAY,
                Locale.ITALIAN)).extracting(FieldViolation::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("la Linea B richiede l'attestazione"));
        assertThat(DraftChecks.blockingIssues(stranger, RULES, LEAD, ORGS, NONE, TODAY, EN))
                .extracting(FieldViolation::message).contains("there is no organisation 12345");
    }

    @Test
    void everySentenceExistsInBothLanguages() {
        assertThat(Texts.checks(Locale.ITALIAN).bundle().keySet()).isNotEmpty()
                .isEqualTo(Texts.checks(EN).bundle().keySet());
        assertThat(Texts.eligibility(Locale.ITALIAN).bundle().keySet()).isNotEmpty()
                .isEqualTo(Texts.eligibility(EN).bundle().keySet());
        assertThat(Texts.checks(Locale.ITALIAN).bundle().getLocale()).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void lineANeedsNoAttachment() {
        assertThat(DraftChecks.blockingIssues(complete(), RULES, LEAD, ORGS, NONE, TODAY, EN)).isEmpty();
    }

    static DraftChecks.CallRules rules(Line line, boolean researchMustPrevail) {
        return new DraftChecks.CallRules(line, Set.of("MECH-ROBOTICS"), 4, 7, 8, researchMustPrevail,
                new BigDecimal("150000.00"), new BigDecimal("1500000.00"), 2);
    }

    static ProposalContent complete() {
        return new ProposalContent("Cobots", "COBOT", "Summary", "MECH-ROBOTICS", TODAY.plusMonths(2), 24,
                List.of(new ProposalContent.Partner(PARTNER)),
                List.of(new ProposalContent.Contract(LAB, "tests", new BigDecimal("50000"))),
                List.of(item(ResearchCategory.INDUSTRIAL_RESEARCH, "300000"),
                        item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "100000")),
                List.of(new ProposalContent.WorkPackage("WP1", "One", 4, 7, "lab validated", List.of())),
                new ProposalContent.Trl(4, 7, "prototype"));
    }

    static ProposalContent withBudget(BudgetItem... items) {
        ProposalContent c = complete();
        return new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(), c.plannedStart(),
                c.durationMonths(), c.partners(), c.contracts(), List.of(items), c.workPackages(), c.trl());
    }

    static BudgetItem item(ResearchCategory category, String amount) {
        return new BudgetItem(LEAD, CostCategory.PERSONNEL, category, new BigDecimal(amount));
    }

    static List<String> fields(List<FieldViolation> issues) {
        return issues.stream().map(FieldViolation::field).toList();
    }
}
