package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbando.call.CallRules;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.DraftChecks;
import org.openbando.proposal.DraftFacts;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Problem.FieldViolation;

/**
 * On the same facts, what a draft is told and what the eligibility checks find agree: every rule judged on the draft
 * that fails puts its findings in the list of what blocks the submission, every rule judged on the register's facts
 * that fails puts them in the warnings, and a draft whose list is empty passes every rule judged on the draft. One fact
 * is broken at a time, from a complete Line A draft of members.
 */
@QuarkusTest
class DraftListAgreesWithEligibilityTest {

    static final long LEAD = DraftChecksTest.LEAD;
    static final long PARTNER = DraftChecksTest.PARTNER;

    static Stream<Arguments> drafts() {
        ProposalContent c = DraftChecksTest.complete();
        Map<Long, OrganizationFacts> members = DraftChecksTest.ORGS;
        Map<Long, OrganizationFacts> newcomers = DraftChecksTest.NEWCOMERS;
        Map<Long, OrganizationFacts> largePartner = Map.of(LEAD, members.get(LEAD), PARTNER, DraftChecksTest.facts(
                PARTNER, "Partner", "02", OrganizationType.ENTERPRISE, SizeClass.LARGE, true, true),
                DraftChecksTest.LAB, members.get(DraftChecksTest.LAB));
        return Stream.of(
                Arguments.of("complete", Line.A, c, members, Set.of()),
                Arguments.of("newcomers on Line A", Line.A, c, newcomers, Set.of()),
                Arguments.of("members on Line B", Line.B, c, members, Set.of(AttachmentKind.CLUSTER_ATTESTATION)),
                Arguments.of("no attestation on Line B", Line.B, c, newcomers, Set.of()),
                Arguments.of("a large partner", Line.A, c, largePartner, Set.of()),
                Arguments.of("started already", Line.A, with(c, DraftChecksTest.TODAY, c.budget(), c.trl()), members,
                        Set.of()),
                Arguments.of("development prevails", Line.A, with(c, c.plannedStart(), List.of(
                        DraftChecksTest.item(ResearchCategory.INDUSTRIAL_RESEARCH, "200000"),
                        DraftChecksTest.item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "250000")), c.trl()), members,
                        Set.of()),
                Arguments.of("too small", Line.A, with(c, c.plannedStart(), List.of(
                        DraftChecksTest.item(ResearchCategory.INDUSTRIAL_RESEARCH, "100000"),
                        DraftChecksTest.item(ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000")), c.trl()), members,
                        Set.of()),
                Arguments.of("target TRL too high", Line.A, with(c, c.plannedStart(), c.budget(),
                        new ProposalContent.Trl(4, 9, "production")), members, Set.of()),
                Arguments.of("only the lab as partner", Line.A, new ProposalContent(c.title(), c.acronym(), c.summary(),
                        c.thematicAreaCode(), c.plannedStart(), c.durationMonths(),
                        List.of(new ProposalContent.Partner(DraftChecksTest.LAB)), c.contracts(), c.budget(),
                        c.workPackages(), c.trl()), members, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void theDraftsListsAndTheEligibilityResultsAgree(String name, Line line, ProposalContent content,
            Map<Long, OrganizationFacts> organisations, Set<AttachmentKind> attached) {
        DraftFacts facts = new DraftFacts(line, content, DraftChecksTest.RULES, LEAD, organisations, attached,
                DraftChecksTest.TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), DraftChecksTest.TODAY,
                DraftChecksTest.confirmedPartners(content));
        List<EligibilityRules.Result> results = DraftEligibility.results(facts);
        List<FieldViolation> blocking = DraftChecks.blockingIssues(facts, DraftChecksTest.ELIGIBILITY, Locale.ENGLISH);
        List<FieldViolation> warnings = DraftChecksTest.ELIGIBILITY.warnings(facts, Locale.ENGLISH);
        for (EligibilityRules.Result r : results) {
            List<String> fields = r.findings().stream().map(EligibilityRules.Finding::field).toList();
            List<FieldViolation> list = r.rule().judged() == EligibilityRule.Judged.ON_THE_DRAFT ? blocking : warnings;
            if (r.outcome() == EligibilityRule.Outcome.FAIL) {
                assertThat(fields).as("%s: %s fails and says where", name, r.rule()).isNotEmpty();
                assertThat(list).extracting(FieldViolation::field).as("%s: %s", name, r.rule()).containsAll(fields);
            } else {
                assertThat(fields).as("%s: %s passes", name, r.rule()).isEmpty();
            }
        }
        if (blocking.isEmpty()) {
            assertThat(results).as("%s: a draft with nothing blocking passes every rule judged on the draft", name)
                    .filteredOn(r -> r.rule().judged() == EligibilityRule.Judged.ON_THE_DRAFT)
                    .allMatch(r -> r.outcome() != EligibilityRule.Outcome.FAIL);
        }
        assertThat(warnings.isEmpty()).as("%s: no warning exactly when every rule on the register passes", name)
                .isEqualTo(results.stream().filter(r -> r.rule().judged() == EligibilityRule.Judged.ON_THE_REGISTER)
                        .noneMatch(r -> r.outcome() == EligibilityRule.Outcome.FAIL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void eachCaseBreaksWhatItSays(String name, Line line, ProposalContent content,
            Map<Long, OrganizationFacts> organisations, Set<AttachmentKind> attached) {
        DraftFacts facts = new DraftFacts(line, content, DraftChecksTest.RULES, LEAD, organisations, attached,
                DraftChecksTest.TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), DraftChecksTest.TODAY,
                DraftChecksTest.confirmedPartners(content));
        long failing = DraftEligibility.results(facts).stream()
                .filter(r -> r.outcome() == EligibilityRule.Outcome.FAIL).count();
        assertThat(failing).as(name).isEqualTo(name.equals("complete") ? 0 : 1);
    }

    static ProposalContent with(ProposalContent c, java.time.LocalDate start, List<ProposalContent.BudgetItem> budget,
            ProposalContent.Trl trl) {
        return new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(), start, c.durationMonths(),
                c.partners(), c.contracts(), budget, c.workPackages(), trl);
    }
}
