package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openbando.call.CallRules;
import org.openbando.call.CallStatus;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.call.SubmissionWindow;
import org.openbando.eligibility.EligibilityRule.Outcome;
import org.openbando.eligibility.EligibilityRules.Facts;
import org.openbando.eligibility.EligibilityRules.Member;
import org.openbando.proposal.ProposalContent.BudgetItem;
import org.openbando.proposal.ProposalContent.CostCategory;
import org.openbando.proposal.ProposalContent;

/**
 * The twelve rules, one fact changed at a time from a proposal that passes them all. A Quarkus test: the reasons are
 * written with the eligibility feature's message bundle, which Quarkus builds.
 */
@QuarkusTest
class EligibilityRulesTest {

    static final Instant OPENS = Instant.parse("2027-01-10T08:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-03-31T10:00:00Z");
    static final Instant RECEIVED = Instant.parse("2027-03-31T09:59:59.999Z");
    static final CallRules CALL = new CallRules(1, "RD", "Call", new SubmissionWindow(CallStatus.OPEN, OPENS,
            DEADLINE), Map.of("MECH-ROBOTICS", "Robotics"), 4, 7, 7, true, new BigDecimal("100000"),
            new BigDecimal("2000000"), 2, 2, 10, true, 10);

    static final Member LEAD = new Member(1, "Lead Srl", "01", true, true, "SMALL", true, true, true, 1);
    static final Member PARTNER = new Member(2, "Partner Srl", "02", false, true, "MEDIUM", true, true, true, 2);
    static final Member LAB = new Member(3, "Lab", "03", false, false, "RESEARCH_CENTRE", false, false, false, 0);

    static ProposalContent content(LocalDate start, int startTrl, int targetTrl, String research, String development) {
        return new ProposalContent("t", "a", "s", "MECH-ROBOTICS", start, 24, List.of(), List.of(), List.of(
                new BudgetItem(1L, CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal(research)),
                new BudgetItem(2L, CostCategory.PERSONNEL, ResearchCategory.EXPERIMENTAL_DEVELOPMENT,
                        new BigDecimal(development))),
                List.of(new ProposalContent.WorkPackage("WP1", "w", startTrl, targetTrl, "j", List.of())),
                new ProposalContent.Trl(startTrl, targetTrl, "j"));
    }

    static Facts facts(Line line, Instant received, ProposalContent content, List<Member> members, boolean attestation) {
        return new Facts(line, received, LocalDate.parse("2027-03-31"), content, members, attestation, CALL);
    }

    static final ProposalContent GOOD = content(LocalDate.parse("2027-06-01"), 4, 7, "300000", "100000");

    static Map<EligibilityRule, EligibilityRules.Result> results(Facts facts) {
        return EligibilityRules.check(facts).stream().collect(Collectors.toMap(EligibilityRules.Result::rule,
                Function.identity()));
    }

    @Test
    void aGoodLineAProposalPassesEveryRuleThatAppliesToIt() {
        Map<EligibilityRule, EligibilityRules.Result> r = results(facts(Line.A, RECEIVED, GOOD,
                List.of(LEAD, PARTNER, LAB), false));
        assertThat(r).hasSize(12);
        assertThat(r.values()).allMatch(x -> x.outcome() != Outcome.FAIL);
        assertThat(r.get(EligibilityRule.LINE_B_NEVER_MEMBERS).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.get(EligibilityRule.LINE_B_ATTESTATION).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.get(EligibilityRule.MIN_ENTERPRISES).inputs()).containsEntry("enterprises", 2L);
        assertThat(r.get(EligibilityRule.ENTERPRISES_ARE_SMES).inputs()).containsEntry("Lead Srl (01)", "SMALL")
                .doesNotContainKey("Lab (03)");
    }

    @Test
    void reasonsAndWhatEachRuleChecksAreWrittenInItalianToo() {
        Map<EligibilityRule, EligibilityRules.Result> r = results(facts(Line.A, RECEIVED,
                content(LocalDate.parse("2027-03-31"), 3, 7, "300000", "100000"), List.of(LEAD, PARTNER), false));
        assertThat(r.get(EligibilityRule.TRL_PLAN).reason(java.util.Locale.ITALIAN))
                .isEqualTo("il progetto parte da TRL 3, sotto 4; il work package WP1 parte da TRL 3, sotto 4");
        assertThat(r.get(EligibilityRule.TRL_PLAN).reason())
                .isEqualTo("the project starts at TRL 3, below 4; work package WP1 starts at TRL 3, below 4");
        assertThat(r.get(EligibilityRule.INCENTIVE_EFFECT).reason(java.util.Locale.ITALIAN))
                .startsWith("il progetto inizia il 31 marzo 2027, non dopo la presentazione del");
        assertThat(r.get(EligibilityRule.LINE_B_ATTESTATION).reason(java.util.Locale.ITALIAN))
                .isEqualTo("la domanda è per la Linea A");
        assertThat(EligibilityRule.INCENTIVE_EFFECT.checks(java.util.Locale.ITALIAN))
                .isEqualTo("il progetto inizia dopo la presentazione (aiuto richiesto prima dell'avvio dei lavori)");
        for (EligibilityRule rule : EligibilityRule.values()) {
            assertThat(rule.checks(java.util.Locale.ENGLISH)).as(rule.name()).isNotBlank()
                    .isNotEqualTo(rule.checks(java.util.Locale.ITALIAN));
        }
    }

    @Test
    void eachRuleFailsOnItsOwnFact() {
        assertFails(facts(Line.A, DEADLINE, GOOD, List.of(LEAD, PARTNER), false), EligibilityRule.SUBMITTED_IN_TIME,
                "at or after the deadline");
        assertFails(facts(Line.A, OPENS.minusMillis(1), GOOD, List.of(LEAD, PARTNER), false),
                EligibilityRule.SUBMITTED_IN_TIME, "before the call opened");
        Member large = new Member(2, "Big Spa", "09", false, true, "LARGE", false, true, true, 1);
        assertFails(facts(Line.A, RECEIVED, GOOD, List.of(LEAD, large), false), EligibilityRule.ENTERPRISES_ARE_SMES,
                "Big Spa (09)");
        Member outsider = new Member(2, "Outsider Srl", "08", false, true, "SMALL", true, false, false, 1);
        assertFails(facts(Line.A, RECEIVED, GOOD, List.of(LEAD, outsider), false),
                EligibilityRule.LINE_A_CLUSTER_MEMBERS, "Outsider Srl (08)");
        assertFails(facts(Line.B, RECEIVED, GOOD, List.of(LEAD, outsider), true), EligibilityRule.LINE_B_NEVER_MEMBERS,
                "Lead Srl (01)");
        Member newcomer = new Member(1, "New Srl", "05", true, true, "MICRO", true, false, false, 1);
        assertFails(facts(Line.B, RECEIVED, GOOD, List.of(newcomer, outsider), false), EligibilityRule.LINE_B_ATTESTATION,
                "missing");
        assertFails(facts(Line.A, RECEIVED, content(LocalDate.parse("2027-06-01"), 3, 7, "300000", "100000"),
                List.of(LEAD, PARTNER), false), EligibilityRule.TRL_PLAN, "starts at TRL 3, below 4");
        assertFails(facts(Line.A, RECEIVED, content(LocalDate.parse("2027-06-01"), 4, 8, "300000", "100000"),
                List.of(LEAD, PARTNER), false), EligibilityRule.TRL_PLAN, "targets TRL 8, outside 7..7");
        assertFails(facts(Line.A, RECEIVED, content(LocalDate.parse("2027-06-01"), 4, 7, "200000", "200000"),
                List.of(LEAD, PARTNER), false), EligibilityRule.RESEARCH_PREVAILS, "does not exceed");
        assertFails(facts(Line.A, RECEIVED, content(LocalDate.parse("2027-06-01"), 4, 7, "60000", "30000"),
                List.of(LEAD, PARTNER), false), EligibilityRule.TOTAL_COST_RANGE, "total cost EUR 90,000.00 outside");
        assertFails(facts(Line.A, RECEIVED, GOOD, List.of(LEAD, LAB), false), EligibilityRule.MIN_ENTERPRISES,
                "only 1 enterprise");
        Member busy = new Member(2, "Busy Srl", "07", false, true, "SMALL", true, true, true, 3);
        assertFails(facts(Line.A, RECEIVED, GOOD, List.of(LEAD, busy), false),
                EligibilityRule.MAX_PROPOSALS_PER_ENTERPRISE, "Busy Srl (07)");
        assertFails(facts(Line.A, RECEIVED, content(LocalDate.parse("2027-03-31"), 4, 7, "300000", "100000"),
                List.of(LEAD, PARTNER), false), EligibilityRule.INCENTIVE_EFFECT, "not after the submission");
        ProposalContent elsewhere = new ProposalContent("t", "a", "s", "AGRIFOOD-TRACE", GOOD.plannedStart(), 24,
                List.of(), List.of(), GOOD.budget(), GOOD.workPackages(), GOOD.trl());
        assertFails(facts(Line.A, RECEIVED, elsewhere, List.of(LEAD, PARTNER), false), EligibilityRule.THEMATIC_AREA,
                "AGRIFOOD-TRACE is not in the call's agenda");
    }

    @Test
    void aLineBProposalOfNewcomersWithTheAttestationPasses() {
        Member newcomer = new Member(1, "New Srl", "05", true, true, "MICRO", true, false, false, 1);
        Member other = new Member(2, "Newer Srl", "06", false, true, "SMALL", true, false, false, 1);
        Map<EligibilityRule, EligibilityRules.Result> r = results(facts(Line.B, RECEIVED, GOOD, List.of(newcomer, other),
                true));
        assertThat(r.values()).allMatch(x -> x.outcome() != Outcome.FAIL);
        assertThat(r.get(EligibilityRule.LINE_A_CLUSTER_MEMBERS).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(r.get(EligibilityRule.LINE_B_ATTESTATION).outcome()).isEqualTo(Outcome.PASS);
    }

    private static void assertFails(Facts facts, EligibilityRule rule, String reasonContains) {
        Map<EligibilityRule, EligibilityRules.Result> r = results(facts);
        assertThat(r.get(rule).outcome()).as(rule.name()).isEqualTo(Outcome.FAIL);
        assertThat(r.get(rule).reason()).as(rule.name()).contains(reasonContains);
        assertThat(r.values().stream().filter(x -> x.outcome() == Outcome.FAIL).map(EligibilityRules.Result::rule))
                .as("only the rule under test fails").containsOnly(rule);
    }
}
