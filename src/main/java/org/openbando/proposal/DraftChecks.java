package org.openbando.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.shared.Problem.FieldViolation;

/**
 * Everything that still blocks the submission of a draft, each with the field (a JSON path in the content) and a
 * sentence a person understands. Pure: the caller gives the call's rules and the facts about the organisations.
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

    /**
     * @param attached the kinds of the attachments the draft has now (a fact the caller looks up)
     */
    public static List<FieldViolation> blockingIssues(ProposalContent c, CallRules call, long leadOrganizationId,
            Map<Long, Organisation> organisations, Set<AttachmentKind> attached, LocalDate today) {
        List<FieldViolation> issues = new ArrayList<>();
        required(issues, c.title(), "title", "give the project a title");
        required(issues, c.acronym(), "acronym", "give the project an acronym");
        required(issues, c.summary(), "summary", "write the summary of the project");
        if (c.thematicAreaCode() == null) {
            issues.add(new FieldViolation("thematicAreaCode", "choose the thematic area of the cluster's agenda"));
        } else if (!call.thematicAreaCodes().contains(c.thematicAreaCode())) {
            issues.add(new FieldViolation("thematicAreaCode", "the call does not admit thematic area "
                    + c.thematicAreaCode() + "; choose one of " + new java.util.TreeSet<>(call.thematicAreaCodes())));
        }
        if (c.plannedStart() == null) {
            issues.add(new FieldViolation("plannedStart", "give the planned start date"));
        } else if (!c.plannedStart().isAfter(today)) {
            issues.add(new FieldViolation("plannedStart", "the project must start after the submission: aid must "
                    + "be applied for before work starts (incentive effect)"));
        }
        if (c.durationMonths() == null) {
            issues.add(new FieldViolation("durationMonths", "give the duration in months"));
        }
        consortium(issues, c, call, leadOrganizationId, organisations);
        budget(issues, c, call, leadOrganizationId);
        trl(issues, c, call);
        if (call.line() == Line.B && !attached.contains(AttachmentKind.CLUSTER_ATTESTATION)) {
            issues.add(new FieldViolation("attachments.attestation", "Line B needs the attestation of the cluster's "
                    + "managing body that the project fits the cluster's Strategic Research Agenda: upload it as a "
                    + "PDF attachment of kind CLUSTER_ATTESTATION"));
        }
        return issues;
    }

    private static void consortium(List<FieldViolation> issues, ProposalContent c, CallRules call, long lead,
            Map<Long, Organisation> organisations) {
        Set<Long> seen = new HashSet<>(Set.of(lead));
        int enterprises = 1;
        List<ProposalContent.Partner> partners = c.partnersOrEmpty();
        for (int i = 0; i < partners.size(); i++) {
            Long id = partners.get(i).organizationId();
            Organisation organisation = organisations.get(id);
            if (organisation == null) {
                issues.add(new FieldViolation("partners[" + i + "].organizationId", "there is no organisation " + id));
            } else if (!seen.add(id)) {
                issues.add(new FieldViolation("partners[" + i + "].organizationId",
                        "organisation " + id + " is already in the consortium"));
            } else if (organisation.enterprise()) {
                enterprises++;
            }
        }
        if (enterprises < call.minEnterprises()) {
            issues.add(new FieldViolation("partners", "the call needs at least " + call.minEnterprises()
                    + " enterprises in the consortium (the lead included); there are " + enterprises));
        }
        List<ProposalContent.Contract> contracts = c.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            Organisation provider = organisations.get(contracts.get(i).providerOrganizationId());
            if (provider == null || provider.enterprise()) {
                issues.add(new FieldViolation("contracts[" + i + "].providerOrganizationId",
                        "qualified research services are bought from a research organisation"));
            }
        }
    }

    private static void budget(List<FieldViolation> issues, ProposalContent c, CallRules call, long lead) {
        Set<Long> members = new HashSet<>(Set.of(lead));
        c.partnersOrEmpty().forEach(p -> members.add(p.organizationId()));
        List<ProposalContent.BudgetItem> budget = c.budgetOrEmpty();
        for (int i = 0; i < budget.size(); i++) {
            ProposalContent.BudgetItem item = budget.get(i);
            if (!members.contains(item.organizationId())) {
                issues.add(new FieldViolation("budget[" + i + "].organizationId",
                        "organisation " + item.organizationId() + " is not in the consortium"));
            }
            if (item.researchCategory() == ResearchCategory.FEASIBILITY_STUDY) {
                issues.add(new FieldViolation("budget[" + i + "].researchCategory",
                        "the call funds industrial research and experimental development only"));
            }
        }
        BigDecimal research = c.costOf(ResearchCategory.INDUSTRIAL_RESEARCH);
        BigDecimal development = c.costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        BigDecimal total = research.add(development);
        if (budget.isEmpty()) {
            issues.add(new FieldViolation("budget", "give the costs of each partner by cost and research category"));
            return;
        }
        if (total.compareTo(call.minProjectCost()) < 0 || total.compareTo(call.maxProjectCost()) > 0) {
            issues.add(new FieldViolation("budget", "the total cost EUR " + total.toPlainString()
                    + " must be between EUR " + call.minProjectCost().toPlainString() + " and EUR "
                    + call.maxProjectCost().toPlainString()));
        }
        if (call.researchMustPrevail() && research.compareTo(development) <= 0) {
            issues.add(new FieldViolation("budget", "industrial research (EUR " + research.toPlainString()
                    + ") must exceed experimental development (EUR " + development.toPlainString() + ")"));
        }
    }

    private static void trl(List<FieldViolation> issues, ProposalContent c, CallRules call) {
        if (c.trl() == null || c.trl().start() == null || c.trl().target() == null) {
            issues.add(new FieldViolation("trl", "give the TRL of the project at start and at the end"));
        } else {
            trlRange(issues, "trl.start", "trl.target", c.trl().start(), c.trl().target(), call);
            required(issues, c.trl().justification(), "trl.justification", "justify the TRL with evidence");
        }
        List<ProposalContent.WorkPackage> packages = c.workPackagesOrEmpty();
        if (packages.isEmpty()) {
            issues.add(new FieldViolation("workPackages", "describe at least one work package"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < packages.size(); i++) {
            ProposalContent.WorkPackage wp = packages.get(i);
            String at = "workPackages[" + i + "]";
            required(issues, wp.code(), at + ".code", "give the work package a code");
            if (wp.code() != null && !codes.add(wp.code())) {
                issues.add(new FieldViolation(at + ".code", "code " + wp.code() + " is used twice"));
            }
            required(issues, wp.title(), at + ".title", "give the work package a title");
            if (wp.startTrl() == null || wp.targetTrl() == null) {
                issues.add(new FieldViolation(at, "give the work package's TRL at start and at the end"));
            } else {
                trlRange(issues, at + ".startTrl", at + ".targetTrl", wp.startTrl(), wp.targetTrl(), call);
            }
            required(issues, wp.trlJustification(), at + ".trlJustification", "justify the work package's TRL");
        }
    }

    private static void trlRange(List<FieldViolation> issues, String startField, String targetField, int start,
            int target, CallRules call) {
        if (start < call.minStartTrl()) {
            issues.add(new FieldViolation(startField, "the TRL at start must be at least " + call.minStartTrl()));
        }
        if (target < call.minTargetTrl() || target > call.maxTargetTrl()) {
            issues.add(new FieldViolation(targetField, "the TRL at the end must be between "
                    + call.minTargetTrl() + " and " + call.maxTargetTrl() + " (production is not fundable)"));
        }
    }

    private static void required(List<FieldViolation> issues, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            issues.add(new FieldViolation(field, message));
        }
    }
}
