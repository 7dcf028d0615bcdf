package org.openbando.proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Texts;

/**
 * Everything that still blocks the submission of a draft, each with the field (a JSON path in the content) and a
 * sentence a person understands, in Italian or English ({@code checks_*.properties}): first what the draft lacks to be
 * a complete application (titles, dates, known partners, a budget, TRLs and their justification), then every
 * eligibility rule that can be judged before submission ({@link DraftRules}), which are the very functions that check
 * the submission afterwards. A field that lacks something is not also reported by a rule.
 */
@PublicApi
public final class DraftChecks {

    private DraftChecks() {
    }

    /** The issues found, each sentence in the language asked for. */
    private static final class Issues {

        private final List<FieldViolation> found = new ArrayList<>();
        private final Texts texts;

        Issues(Locale language) {
            texts = Texts.of("org.openbando.proposal.checks", language);
        }

        void add(String field, String key, Object... values) {
            found.add(new FieldViolation(field, texts.format(key, values)));
        }

        void required(String value, String field, String key) {
            if (value == null || value.isBlank()) {
                add(field, key);
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
        issues.required(c.title(), "title", "title.required");
        issues.required(c.acronym(), "acronym", "acronym.required");
        issues.required(c.summary(), "summary", "summary.required");
        if (c.thematicAreaCode() == null) {
            issues.add("thematicAreaCode", "area.required");
        }
        if (c.plannedStart() == null) {
            issues.add("plannedStart", "start.required");
        }
        if (c.durationMonths() == null) {
            issues.add("durationMonths", "duration.required");
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
                issues.add("partners[" + i + "].organizationId", "partner.unknown", id);
            } else if (!seen.add(id)) {
                issues.add("partners[" + i + "].organizationId", "partner.twice", id);
            }
        }
        List<ProposalContent.Contract> contracts = c.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            OrganizationFacts provider = facts.organisations().get(contracts.get(i).providerOrganizationId());
            if (provider == null || provider.enterprise()) {
                issues.add("contracts[" + i + "].providerOrganizationId", "contract.provider");
            }
        }
    }

    private static void budget(Issues issues, ProposalContent c, long lead) {
        Set<Long> members = new HashSet<>(Set.of(lead));
        c.partnersOrEmpty().forEach(p -> members.add(p.organizationId()));
        List<ProposalContent.BudgetItem> budget = c.budgetOrEmpty();
        if (budget.isEmpty()) {
            issues.add("budget", "budget.required");
        }
        for (int i = 0; i < budget.size(); i++) {
            ProposalContent.BudgetItem item = budget.get(i);
            if (!members.contains(item.organizationId())) {
                issues.add("budget[" + i + "].organizationId", "budget.notMember", item.organizationId());
            }
            if (item.researchCategory() == ResearchCategory.FEASIBILITY_STUDY) {
                issues.add("budget[" + i + "].researchCategory", "budget.feasibility");
            }
        }
    }

    private static void trl(Issues issues, ProposalContent c) {
        if (c.trl() == null || c.trl().start() == null || c.trl().target() == null) {
            issues.add("trl", "trl.required");
        } else {
            issues.required(c.trl().justification(), "trl.justification", "trl.justification");
        }
        List<ProposalContent.WorkPackage> packages = c.workPackagesOrEmpty();
        if (packages.isEmpty()) {
            issues.add("workPackages", "wp.required");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < packages.size(); i++) {
            ProposalContent.WorkPackage wp = packages.get(i);
            String at = "workPackages[" + i + "]";
            issues.required(wp.code(), at + ".code", "wp.code");
            if (wp.code() != null && !codes.add(wp.code())) {
                issues.add(at + ".code", "wp.codeTwice", wp.code());
            }
            issues.required(wp.title(), at + ".title", "wp.title");
            if (wp.startTrl() == null || wp.targetTrl() == null) {
                issues.add(at, "wp.trl");
            }
            issues.required(wp.trlJustification(), at + ".trlJustification", "wp.justification");
        }
    }
}
