package org.openbando.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.proposal.EligibilityRule.Outcome;

/**
 * The twelve eligibility rules as pure functions of the facts at submission: each gives its outcome, a reason a
 * person understands and the inputs it used, so that an officer (and an auditor years later) can see why.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /** The rules of the call the checks apply. */
    public record CallRules(Instant opensAt, Instant deadlineAt, Set<String> thematicAreaCodes, int minStartTrl,
            int minTargetTrl, int maxTargetTrl, boolean researchMustPrevail, BigDecimal minProjectCost,
            BigDecimal maxProjectCost, int minEnterprises, int maxProposalsPerEnterprise) {
    }

    /**
     * A member of the consortium as submitted, with the facts the rules need.
     *
     * @param proposalsUpToThis active submissions of the call this organisation is in, with a protocol number up to
     *                          this submission's (this one included)
     */
    public record Member(long organizationId, String name, String vatNumber, boolean lead, boolean enterprise,
            String sizeClass, boolean sme, boolean clusterMemberOnSubmissionDay, boolean everClusterMember,
            long proposalsUpToThis) {

        String label() {
            return name + " (" + vatNumber + ")";
        }
    }

    /** Everything the rules look at. */
    public record Facts(Line line, Instant receivedAt, LocalDate receivedOn, ProposalContent content,
            List<Member> members, boolean attestationAttached, CallRules call) {

        List<Member> enterprises() {
            return members.stream().filter(Member::enterprise).toList();
        }
    }

    public record Result(EligibilityRule rule, Outcome outcome, String reason, Map<String, Object> inputs) {
    }

    public static List<Result> check(Facts facts) {
        return List.of(submittedInTime(facts), smes(facts), lineAMembers(facts), lineBNeverMembers(facts),
                lineBAttestation(facts), trlPlan(facts), researchPrevails(facts), totalCost(facts),
                thematicArea(facts), minEnterprises(facts), maxProposals(facts), incentiveEffect(facts));
    }

    static Result submittedInTime(Facts f) {
        Map<String, Object> inputs = inputs("receivedAt", f.receivedAt(), "opensAt", f.call().opensAt(),
                "deadlineAt", f.call().deadlineAt());
        if (f.receivedAt().isBefore(f.call().opensAt())) {
            return fail(EligibilityRule.SUBMITTED_IN_TIME, "received before the call opened", inputs);
        }
        if (!f.receivedAt().isBefore(f.call().deadlineAt())) {
            return fail(EligibilityRule.SUBMITTED_IN_TIME, "received at or after the deadline instant", inputs);
        }
        return pass(EligibilityRule.SUBMITTED_IN_TIME, "received while the call was open", inputs);
    }

    static Result smes(Facts f) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.sizeClass()));
        return all(EligibilityRule.ENTERPRISES_ARE_SMES, f.enterprises(), Member::sme,
                "every enterprise is an SME", "not SMEs: ", inputs);
    }

    static Result lineAMembers(Facts f) {
        if (f.line() != Line.A) {
            return notApplicable(EligibilityRule.LINE_A_CLUSTER_MEMBERS, "the proposal is for Line B");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("submissionDay", f.receivedOn());
        f.enterprises().forEach(m -> inputs.put(m.label(), m.clusterMemberOnSubmissionDay() ? "member" : "not a member"));
        return all(EligibilityRule.LINE_A_CLUSTER_MEMBERS, f.enterprises(), Member::clusterMemberOnSubmissionDay,
                "every enterprise was a cluster member on " + f.receivedOn(),
                "not cluster members on " + f.receivedOn() + ": ", inputs);
    }

    static Result lineBNeverMembers(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_NEVER_MEMBERS, "the proposal is for Line A");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.everClusterMember() ? "has been a member" : "never a member"));
        return all(EligibilityRule.LINE_B_NEVER_MEMBERS, f.enterprises(), m -> !m.everClusterMember(),
                "no enterprise has ever been a cluster member", "already cluster members (Line A applies): ", inputs);
    }

    static Result lineBAttestation(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_ATTESTATION, "the proposal is for Line A");
        }
        Map<String, Object> inputs = inputs("attestationAttached", f.attestationAttached());
        return f.attestationAttached()
                ? pass(EligibilityRule.LINE_B_ATTESTATION, "the attestation of the cluster's managing body is attached", inputs)
                : fail(EligibilityRule.LINE_B_ATTESTATION, "the attestation of the cluster's managing body is missing", inputs);
    }

    static Result trlPlan(Facts f) {
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("minStartTrl", call.minStartTrl(), "targetTrlRange",
                call.minTargetTrl() + ".." + call.maxTargetTrl());
        List<String> problems = new ArrayList<>();
        ProposalContent.Trl trl = f.content().trl();
        inputs.put("project", trl == null ? "missing" : trl.start() + " -> " + trl.target());
        trlProblems(problems, "the project", trl == null ? null : trl.start(), trl == null ? null : trl.target(), call);
        for (ProposalContent.WorkPackage wp : f.content().workPackagesOrEmpty()) {
            inputs.put("workPackage " + wp.code(), wp.startTrl() + " -> " + wp.targetTrl());
            trlProblems(problems, "work package " + wp.code(), wp.startTrl(), wp.targetTrl(), call);
        }
        if (f.content().workPackagesOrEmpty().isEmpty()) {
            problems.add("there is no work package");
        }
        return problems.isEmpty()
                ? pass(EligibilityRule.TRL_PLAN, "TRL at start at least " + call.minStartTrl() + " and target between "
                        + call.minTargetTrl() + " and " + call.maxTargetTrl() + ", overall and per work package", inputs)
                : fail(EligibilityRule.TRL_PLAN, String.join("; ", problems), inputs);
    }

    private static void trlProblems(List<String> problems, String what, Integer start, Integer target, CallRules call) {
        if (start == null || target == null) {
            problems.add(what + " has no TRL at start or target");
            return;
        }
        if (start < call.minStartTrl()) {
            problems.add(what + " starts at TRL " + start + ", below " + call.minStartTrl());
        }
        if (target < call.minTargetTrl() || target > call.maxTargetTrl()) {
            problems.add(what + " targets TRL " + target + ", outside " + call.minTargetTrl() + ".." + call.maxTargetTrl());
        }
    }

    static Result researchPrevails(Facts f) {
        if (!f.call().researchMustPrevail()) {
            return notApplicable(EligibilityRule.RESEARCH_PREVAILS, "the call does not require research to prevail");
        }
        BigDecimal research = f.content().costOf(ResearchCategory.INDUSTRIAL_RESEARCH);
        BigDecimal development = f.content().costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        Map<String, Object> inputs = inputs("industrialResearch", research, "experimentalDevelopment", development);
        return research.compareTo(development) > 0
                ? pass(EligibilityRule.RESEARCH_PREVAILS, "industrial research EUR " + research.toPlainString()
                        + " exceeds experimental development EUR " + development.toPlainString(), inputs)
                : fail(EligibilityRule.RESEARCH_PREVAILS, "industrial research EUR " + research.toPlainString()
                        + " does not exceed experimental development EUR " + development.toPlainString(), inputs);
    }

    static Result totalCost(Facts f) {
        BigDecimal total = f.content().totalCost();
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("totalCost", total, "minProjectCost", call.minProjectCost(),
                "maxProjectCost", call.maxProjectCost());
        String range = "EUR " + call.minProjectCost().toPlainString() + " .. " + call.maxProjectCost().toPlainString();
        return total.compareTo(call.minProjectCost()) >= 0 && total.compareTo(call.maxProjectCost()) <= 0
                ? pass(EligibilityRule.TOTAL_COST_RANGE, "total cost EUR " + total.toPlainString() + " within " + range, inputs)
                : fail(EligibilityRule.TOTAL_COST_RANGE, "total cost EUR " + total.toPlainString() + " outside " + range, inputs);
    }

    static Result thematicArea(Facts f) {
        String area = f.content().thematicAreaCode();
        Map<String, Object> inputs = inputs("thematicArea", area, "callAreas", new TreeSet<>(f.call().thematicAreaCodes()));
        return area != null && f.call().thematicAreaCodes().contains(area)
                ? pass(EligibilityRule.THEMATIC_AREA, "thematic area " + area + " is in the call's agenda", inputs)
                : fail(EligibilityRule.THEMATIC_AREA, "thematic area " + area + " is not in the call's agenda", inputs);
    }

    static Result minEnterprises(Facts f) {
        long enterprises = f.enterprises().size();
        Map<String, Object> inputs = inputs("enterprises", enterprises, "minEnterprises", f.call().minEnterprises());
        return enterprises >= f.call().minEnterprises()
                ? pass(EligibilityRule.MIN_ENTERPRISES, enterprises + " enterprise(s), at least "
                        + f.call().minEnterprises() + " required", inputs)
                : fail(EligibilityRule.MIN_ENTERPRISES, "only " + enterprises + " enterprise(s), at least "
                        + f.call().minEnterprises() + " required", inputs);
    }

    static Result maxProposals(Facts f) {
        int max = f.call().maxProposalsPerEnterprise();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("maxProposalsPerEnterprise", max);
        f.enterprises().forEach(m -> inputs.put(m.label(), m.proposalsUpToThis()));
        return all(EligibilityRule.MAX_PROPOSALS_PER_ENTERPRISE, f.enterprises(), m -> m.proposalsUpToThis() <= max,
                "no enterprise is in more than " + max + " active proposal(s) up to this one",
                "in more than " + max + " active proposals of the call up to this one: ", inputs);
    }

    static Result incentiveEffect(Facts f) {
        LocalDate start = f.content().plannedStart();
        Map<String, Object> inputs = inputs("plannedStart", start, "submissionDay", f.receivedOn());
        return start != null && start.isAfter(f.receivedOn())
                ? pass(EligibilityRule.INCENTIVE_EFFECT, "the project starts on " + start + ", after the submission on "
                        + f.receivedOn(), inputs)
                : fail(EligibilityRule.INCENTIVE_EFFECT, "the project starts on " + start + ", not after the submission on "
                        + f.receivedOn() + ": work must not start before aid is applied for", inputs);
    }

    private static Result all(EligibilityRule rule, List<Member> members, Predicate<Member> test, String passed,
            String failedPrefix, Map<String, Object> inputs) {
        String failing = members.stream().filter(test.negate()).map(Member::label).collect(Collectors.joining(", "));
        return failing.isEmpty() ? pass(rule, passed, inputs) : fail(rule, failedPrefix + failing, inputs);
    }

    private static Map<String, Object> inputs(Object... keysAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return inputs;
    }

    private static Result pass(EligibilityRule rule, String reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.PASS, reason, inputs);
    }

    private static Result fail(EligibilityRule rule, String reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.FAIL, reason, inputs);
    }

    private static Result notApplicable(EligibilityRule rule, String reason) {
        return new Result(rule, Outcome.NOT_APPLICABLE, reason, Map.of());
    }
}
