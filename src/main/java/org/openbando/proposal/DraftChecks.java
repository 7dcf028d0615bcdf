package org.openbando.proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Languages;

/**
 * Everything that still blocks the submission of a draft, each with the field (a JSON path in the content) and a
 * sentence a person understands, in Italian or English (the {@code checks_*} texts of {@link ProposalTexts}): first
 * what the draft lacks to be a complete application (titles, dates, known partners that have confirmed their
 * participation, a budget, TRLs and their
 * justification), then every eligibility rule that can be judged before submission ({@link DraftRules}), which are
 * the very functions that check the submission afterwards. A field that lacks something is not also reported by a
 * rule.
 */
@PublicApi
public final class DraftChecks {

    private DraftChecks() {
    }

    /** The issues found, each sentence in the language asked for (the texts are looked up at the first issue). */
    private static final class Issues {

        private final List<FieldViolation> found = new ArrayList<>();
        private final Locale language;
        private ProposalTexts texts;

        Issues(Locale language) {
            this.language = language;
        }

        void add(String field, Function<ProposalTexts, String> sentence) {
            if (texts == null) {
                texts = Languages.texts(ProposalTexts.class, language);
            }
            found.add(new FieldViolation(field, sentence.apply(texts)));
        }

        void required(String value, String field, Function<ProposalTexts, String> sentence) {
            if (value == null || value.isBlank()) {
                add(field, sentence);
            }
        }
    }

    /**
     * @param rules    the eligibility rules that can be judged before submission
     * @param language of the sentences: Italian for the Italian pages, English for the API and the English pages
     */
    public static List<FieldViolation> blockingIssues(DraftFacts facts, DraftRules rules, Locale language) {
        ProposalContent c = facts.content();
        Issues issues = new Issues(language);
        issues.required(c.title(), "title", ProposalTexts::checks_title);
        issues.required(c.acronym(), "acronym", ProposalTexts::checks_acronym);
        issues.required(c.summary(), "summary", ProposalTexts::checks_summary);
        if (c.thematicAreaCode() == null) {
            issues.add("thematicAreaCode", ProposalTexts::checks_area);
        }
        if (c.plannedStart() == null) {
            issues.add("plannedStart", ProposalTexts::checks_start);
        }
        if (c.durationMonths() == null) {
            issues.add("durationMonths", ProposalTexts::checks_duration);
        }
        consortium(issues, c, facts);
        budget(issues, c, facts.leadOrganizationId());
        trl(issues, c);
        Set<String> lacking = new HashSet<>();
        issues.found.forEach(issue -> lacking.add(issue.field()));
        List<FieldViolation> all = new ArrayList<>(issues.found);
        new LinkedHashSet<>(rules.blockingIssues(facts, language)).stream()
                .filter(issue -> !lacking.contains(issue.field())).forEach(all::add);
        return all;
    }

    private static void consortium(Issues issues, ProposalContent c, DraftFacts facts) {
        Set<Long> seen = new HashSet<>(Set.of(facts.leadOrganizationId()));
        List<ProposalContent.Partner> partners = c.partnersOrEmpty();
        for (int i = 0; i < partners.size(); i++) {
            Long id = partners.get(i).organizationId();
            if (!facts.organisations().containsKey(id)) {
                issues.add("partners[" + i + "].organizationId", t -> t.checks_partner_unknown(String.valueOf(id)));
            } else if (!seen.add(id)) {
                issues.add("partners[" + i + "].organizationId", t -> t.checks_partner_twice(String.valueOf(id)));
            } else if (!facts.confirmedPartners().contains(id)) {
                // every submitted partner has confirmed: only confirmed partnerships count towards the call's
                // maximum of proposals per enterprise (see PartnerConsents)
                String name = facts.organisations().get(id).name();
                issues.add("partners[" + i + "].organizationId", t -> t.checks_partner_unconfirmed(name));
            }
        }
        List<ProposalContent.Contract> contracts = c.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            OrganizationFacts provider = facts.organisations().get(contracts.get(i).providerOrganizationId());
            if (provider == null || provider.enterprise()) {
                issues.add("contracts[" + i + "].providerOrganizationId", ProposalTexts::checks_contract_provider);
            }
        }
    }

    private static void budget(Issues issues, ProposalContent c, long lead) {
        Set<Long> members = new HashSet<>(Set.of(lead));
        c.partnersOrEmpty().forEach(p -> members.add(p.organizationId()));
        List<ProposalContent.BudgetItem> budget = c.budgetOrEmpty();
        if (budget.isEmpty()) {
            issues.add("budget", ProposalTexts::checks_budget);
        }
        for (int i = 0; i < budget.size(); i++) {
            ProposalContent.BudgetItem item = budget.get(i);
            if (!members.contains(item.organizationId())) {
                issues.add("budget[" + i + "].organizationId",
                        t -> t.checks_budget_not_member(String.valueOf(item.organizationId())));
            }
            if (item.researchCategory() == ResearchCategory.FEASIBILITY_STUDY) {
                issues.add("budget[" + i + "].researchCategory", ProposalTexts::checks_budget_feasibility);
            }
        }
    }

    private static void trl(Issues issues, ProposalContent c) {
        if (c.trl() == null || c.trl().start() == null || c.trl().target() == null) {
            issues.add("trl", ProposalTexts::checks_trl);
        } else {
            issues.required(c.trl().justification(), "trl.justification", ProposalTexts::checks_trl_justification);
        }
        List<ProposalContent.WorkPackage> packages = c.workPackagesOrEmpty();
        if (packages.isEmpty()) {
            issues.add("workPackages", ProposalTexts::checks_wp);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < packages.size(); i++) {
            ProposalContent.WorkPackage wp = packages.get(i);
            String at = "workPackages[" + i + "]";
            issues.required(wp.code(), at + ".code", ProposalTexts::checks_wp_code);
            if (wp.code() != null && !codes.add(wp.code())) {
                issues.add(at + ".code", t -> t.checks_wp_code_twice(wp.code()));
            }
            issues.required(wp.title(), at + ".title", ProposalTexts::checks_wp_title);
            if (wp.startTrl() == null || wp.targetTrl() == null) {
                issues.add(at, ProposalTexts::checks_wp_trl);
            }
            issues.required(wp.trlJustification(), at + ".trlJustification",
                    ProposalTexts::checks_wp_justification);
        }
    }
}
