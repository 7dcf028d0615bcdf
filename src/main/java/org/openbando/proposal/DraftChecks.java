package org.openbando.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.shared.Problem.FieldViolation;

/**
 * Everything that still blocks the submission of a draft, each with the field (a JSON path in the content) and a
 * sentence a person understands, in Italian or English ({@link Texts}, {@code checks_*.properties}). Pure: the
 * caller gives the call's rules and the facts about the organisations.
 */
public final class DraftChecks {

    private DraftChecks() {
    }

    /** The rules of the call that a draft must meet. */
    public record CallRules(Line line, Set<String> thematicAreaCodes, int minStartTrl, int minTargetTrl,
            int maxTargetTrl, boolean researchMustPrevail, BigDecimal minProjectCost, BigDecimal maxProjectCost,
            int minEnterprises) {
    }

    /** What the checks need to know of an organisation named in the draft. */
    public record Organisation(long id, boolean enterprise) {
    }

    /** The issues found, each sentence in the language asked for. */
    private static final class Issues {

        private final List<FieldViolation> found = new ArrayList<>();
        private final Texts texts;

        Issues(Locale language) {
            texts = Texts.checks(language);
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
     * @param attached the kinds of the attachments the draft has now (a fact the caller looks up)
     * @param language of the sentences: Italian for the Italian pages, English for the API and the English pages
     */
    public static List<FieldViolation> blockingIssues(ProposalContent c, CallRules call, long leadOrganizationId,
            Map<Long, Organisation> organisations, Set<AttachmentKind> attached, LocalDate today, Locale language) {
        Issues issues = new Issues(language);
        issues.required(c.title(), "title", "title.required");
        issues.required(c.acronym(), "acronym", "acronym.required");
        issues.required(c.summary(), "summary", "summary.required");
        if (c.thematicAreaCode() == null) {
            issues.add("thematicAreaCode", "area.required");
        } else if (!call.thematicAreaCodes().contains(c.thematicAreaCode())) {
            issues.add("thematicAreaCode", "area.notAdmitted", c.thematicAreaCode(),
                    new java.util.TreeSet<>(call.thematicAreaCodes()));
        }
        if (c.plannedStart() == null) {
            issues.add("plannedStart", "start.required");
        } else if (!c.plannedStart().isAfter(today)) {
            issues.add("plannedStart", "start.incentive");
        }
        if (c.durationMonths() == null) {
            issues.add("durationMonths", "duration.required");
        }
        consortium(issues, c, call, leadOrganizationId, organisations);
        budget(issues, c, call, leadOrganizationId);
        trl(issues, c, call);
        if (call.line() == Line.B && !attached.contains(AttachmentKind.CLUSTER_ATTESTATION)) {
            issues.add("attachments.attestation", "attestation.missing");
        }
        return issues.found;
    }

    private static void consortium(Issues issues, ProposalContent c, CallRules call, long lead,
            Map<Long, Organisation> organisations) {
        Set<Long> seen = new HashSet<>(Set.of(lead));
        int enterprises = 1;
        List<ProposalContent.Partner> partners = c.partnersOrEmpty();
        for (int i = 0; i < partners.size(); i++) {
            Long id = partners.get(i).organizationId();
            Organisation organisation = organisations.get(id);
            if (organisation == null) {
                issues.add("partners[" + i + "].organizationId", "partner.unknown", id);
            } else if (!seen.add(id)) {
                issues.add("partners[" + i + "].organizationId", "partner.twice", id);
            } else if (organisation.enterprise()) {
                enterprises++;
            }
        }
        if (enterprises < call.minEnterprises()) {
            issues.add("partners", "enterprises.min", call.minEnterprises(), enterprises);
        }
        List<ProposalContent.Contract> contracts = c.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            Organisation provider = organisations.get(contracts.get(i).providerOrganizationId());
            if (provider == null || provider.enterprise()) {
                issues.add("contracts[" + i + "].providerOrganizationId", "contract.provider");
            }
        }
    }

    private static void budget(Issues issues, ProposalContent c, CallRules call, long lead) {
        Set<Long> members = new HashSet<>(Set.of(lead));
        c.partnersOrEmpty().forEach(p -> members.add(p.organizationId()));
        List<ProposalContent.BudgetItem> budget = c.budgetOrEmpty();
        for (int i = 0; i < budget.size(); i++) {
            ProposalContent.BudgetItem item = budget.get(i);
            if (!members.contains(item.organizationId())) {
                issues.add("budget[" + i + "].organizationId", "budget.notMember", item.organizationId());
            }
            if (item.researchCategory() == ResearchCategory.FEASIBILITY_STUDY) {
                issues.add("budget[" + i + "].researchCategory", "budget.feasibility");
            }
        }
        BigDecimal research = c.costOf(ResearchCategory.INDUSTRIAL_RESEARCH);
        BigDecimal development = c.costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        BigDecimal total = research.add(development);
        if (budget.isEmpty()) {
            issues.add("budget", "budget.required");
            return;
        }
        if (total.compareTo(call.minProjectCost()) < 0 || total.compareTo(call.maxProjectCost()) > 0) {
            issues.add("budget", "budget.total", total, call.minProjectCost(), call.maxProjectCost());
        }
        if (call.researchMustPrevail() && research.compareTo(development) <= 0) {
            issues.add("budget", "budget.research", research, development);
        }
    }

    private static void trl(Issues issues, ProposalContent c, CallRules call) {
        if (c.trl() == null || c.trl().start() == null || c.trl().target() == null) {
            issues.add("trl", "trl.required");
        } else {
            trlRange(issues, "trl.start", "trl.target", c.trl().start(), c.trl().target(), call);
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
            } else {
                trlRange(issues, at + ".startTrl", at + ".targetTrl", wp.startTrl(), wp.targetTrl(), call);
            }
            issues.required(wp.trlJustification(), at + ".trlJustification", "wp.justification");
        }
    }

    private static void trlRange(Issues issues, String startField, String targetField, int start,
            int target, CallRules call) {
        if (start < call.minStartTrl()) {
            issues.add(startField, "trl.minStart", call.minStartTrl());
        }
        if (target < call.minTargetTrl() || target > call.maxTargetTrl()) {
            issues.add(targetField, "trl.target", call.minTargetTrl(), call.maxTargetTrl());
        }
    }
}
