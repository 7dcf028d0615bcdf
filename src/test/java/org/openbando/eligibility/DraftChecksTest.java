package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.call.CallRules;
import org.openbando.call.CallStatus;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.call.SubmissionWindow;
import org.openbando.organization.EnterpriseFigures;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.organization.SizeComputation;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.DraftChecks;
import org.openbando.proposal.DraftFacts;
import org.openbando.proposal.DraftRules;
import org.openbando.proposal.ProposalContent.BudgetItem;
import org.openbando.proposal.ProposalContent.CostCategory;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Problem.FieldViolation;

/** The sentences come from the features' message bundles, which Quarkus builds: hence a Quarkus test. */
@QuarkusTest
class DraftChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Locale EN = Locale.ENGLISH;
    static final long LEAD = 1;
    static final long PARTNER = 2;
    static final long LAB = 3;
    /** The lead and its partner: small enterprises, cluster members (Line A); the lab: a research organisation. */
    static final Map<Long, OrganizationFacts> ORGS = Map.of(
            LEAD, facts(LEAD, "Lead", "01", OrganizationType.ENTERPRISE, SizeClass.SMALL, true, true),
            PARTNER, facts(PARTNER, "Partner", "02", OrganizationType.ENTERPRISE, SizeClass.SMALL, true,
                    true),
            LAB, facts(LAB, "Lab", "03", OrganizationType.RESEARCH_CENTRE, null, false, false));
    /** Never a member of a cluster: Line B. */
    static final Map<Long, OrganizationFacts> NEWCOMERS = Map.of(
            LEAD, facts(LEAD, "Lead", "01", OrganizationType.ENTERPRISE, SizeClass.SMALL, false, false),
            PARTNER, facts(PARTNER, "Partner", "02", OrganizationType.ENTERPRISE, SizeClass.SMALL,
                    false, false),
            LAB, ORGS.get(LAB));
    static final CallRules RULES = rules(true);
    static final Set<AttachmentKind> NONE = Set.of();
    static final DraftRules ELIGIBILITY = new DraftEligibility();

    @Test
    void aCompleteDraftHasNothingBlockingIt() {
        assertThat(check(complete(), Line.A, RULES, ORGS, NONE, EN)).isEmpty();
    }

    @Test
    void aPartnerThatHasNotConfirmedBlocksTheSubmissionByName() {
        List<FieldViolation> issues = DraftChecks.blockingIssues(new DraftFacts(Line.A, complete(), RULES, LEAD, ORGS,
                NONE, TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), TODAY, Set.of()), ELIGIBILITY, EN);
        assertThat(issues).extracting(FieldViolation::field).containsExactly("partners[0].organizationId");
        assertThat(issues.get(0).message()).isEqualTo("partner Partner has not confirmed its participation yet");
    }

    @Test
    void researchMustExceedDevelopmentOnlyWhenTheCallSaysSo() {
        ProposalContent balanced = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "200000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "200000"));
        assertThat(fields(check(balanced, Line.A, RULES, ORGS, NONE, EN))).containsExactly("budget");
        assertThat(check(balanced, Line.A, rules(false), ORGS, NONE, EN)).isEmpty();
    }

    @Test
    void theTotalCostMustBeWithinTheCallsRange() {
        ProposalContent small = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "100000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000"));
        assertThat(check(small, Line.A, RULES, ORGS, NONE, EN))
                .extracting(FieldViolation::message).anyMatch(m -> m.contains("between EUR 150,000.00"));
    }

    @Test
    void feasibilityStudiesAreNotFundedByTheseCalls() {
        ProposalContent study = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "300000"),
                item(ResearchCategory.FEASIBILITY_STUDY, "10000"));
        assertThat(fields(check(study, Line.A, RULES, ORGS, NONE, EN)))
                .containsExactly("budget[1].researchCategory");
    }

    @Test
    void workPackagesAreCheckedOneByOne() {
        ProposalContent c = complete();
        ProposalContent bad = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), c.partners(), c.contracts(), c.budget(), List.of(
                        new ProposalContent.WorkPackage("WP1", "One", 4, 7, "ok", List.of()),
                        new ProposalContent.WorkPackage("WP1", "Two", 3, 9, null, List.of())), c.trl());
        assertThat(fields(check(bad, Line.A, RULES, ORGS, NONE, EN))).containsExactlyInAnyOrder(
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
        assertThat(fields(check(labOnly, Line.A, RULES, ORGS, NONE, EN))).containsExactlyInAnyOrder(
                "partners[1].organizationId", "partners", "contracts[0].providerOrganizationId");
    }

    @Test
    void aProjectThatStartedAlreadyHasNoIncentiveEffect() {
        ProposalContent c = complete();
        ProposalContent started = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                TODAY, c.durationMonths(), c.partners(), c.contracts(), c.budget(), c.workPackages(), c.trl());
        assertThat(fields(check(started, Line.A, RULES, ORGS, NONE, EN))).containsExactly("plannedStart");
    }

    @Test
    void lineBNeedsTheClusterAttestation() {
        assertThat(fields(check(complete(), Line.B, RULES, NEWCOMERS, NONE, EN)))
                .containsExactly("attachments.attestation");
        assertThat(fields(check(complete(), Line.B, RULES, NEWCOMERS, Set.of(AttachmentKind.OTHER), EN))).containsExactly("attachments.attestation");
        assertThat(check(complete(), Line.B, RULES, NEWCOMERS, Set.of(AttachmentKind.CLUSTER_ATTESTATION, AttachmentKind.OTHER), EN)).isEmpty();
    }

    @Test
    void theSentencesAreItalianForTheItalianPagesWithIdsAsWrittenAndAmountsAsMoney() {
        ProposalContent c = withBudget(item(ResearchCategory.INDUSTRIAL_RESEARCH, "100000"),
                item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000"));
        ProposalContent stranger = new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), List.of(new ProposalContent.Partner(12345L)), c.contracts(),
                c.budget(), c.workPackages(), c.trl());
        assertThat(check(stranger, Line.A, RULES, ORGS, NONE, Locale.ITALIAN))
                .extracting(FieldViolation::message)
                .contains("non esiste l'organizzazione 12345",
                        "il costo totale di EUR 140.000,00 deve essere compreso tra EUR 150.000,00 e EUR 1.500.000,00");
        assertThat(check(complete(), Line.B, RULES, NEWCOMERS, NONE, Locale.ITALIAN)).extracting(FieldViolation::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("la Linea B richiede l'attestazione"));
        assertThat(check(stranger, Line.A, RULES, ORGS, NONE, EN))
                .extracting(FieldViolation::message).contains("there is no organisation 12345");
    }

    @Test
    void everySentenceExistsInBothLanguages() {
        assertThat(checks(Locale.ITALIAN).keySet()).isNotEmpty()
                .isEqualTo(checks(EN).keySet());
        assertThat(bundle("eligibility", Locale.ITALIAN).keySet()).isNotEmpty()
                .isEqualTo(bundle("eligibility", EN).keySet());
        assertThat(checks(Locale.ITALIAN).getLocale()).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void lineANeedsNoAttachment() {
        assertThat(check(complete(), Line.A, RULES, ORGS, NONE, EN)).isEmpty();
    }

    static CallRules rules(boolean researchMustPrevail) {
        return new CallRules(1, "RD", "Call", new SubmissionWindow(CallStatus.OPEN, TODAY.atStartOfDay(ZoneOffset.UTC)
                .toInstant(), TODAY.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant()),
                Map.of("MECH-ROBOTICS", "Robotics"), 4, 7, 8, researchMustPrevail, new BigDecimal("150000.00"),
                new BigDecimal("1500000.00"), 2, 2, 10, true, 10);
    }

    static List<FieldViolation> check(ProposalContent content, Line line, CallRules rules,
            Map<Long, OrganizationFacts> organisations, Set<AttachmentKind> attached, Locale language) {
        return DraftChecks.blockingIssues(new DraftFacts(line, content, rules, LEAD, organisations, attached,
                TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), TODAY, confirmedPartners(content)), ELIGIBILITY,
                language);
    }

    /** Every partner the content names, as having confirmed its participation (tested apart, with the API). */
    static Set<Long> confirmedPartners(ProposalContent content) {
        return content.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The texts of the proposal feature (its message bundle's file) in a language. */
    static ResourceBundle checks(Locale language) {
        return bundle("proposal", language);
    }

    static ResourceBundle bundle(String name, Locale language) {
        return ResourceBundle.getBundle("messages." + name, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    /** The facts of an organisation on {@link #TODAY}: of an enterprise of the size given, or of a research one. */
    static OrganizationFacts facts(long id, String name, String vat, OrganizationType type, SizeClass size,
            boolean memberToday, boolean everMember) {
        return new OrganizationFacts(id, name, vat, type, TODAY, size == null ? null : new SizeComputation(
                EnterpriseFigures.ZERO, List.of(), EnterpriseFigures.ZERO, size, "", ""),
                memberToday ? List.of("MECH") : List.of(), everMember);
    }
}
