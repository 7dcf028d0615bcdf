package org.openbando.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.proposal.EligibilityRule.Outcome;

/**
 * The twelve eligibility rules as pure functions of the facts at submission: each gives its outcome, a reason a
 * person understands (in Italian and in English: {@link Texts}, {@code eligibility_*.properties}) and the inputs it
 * used, so that an officer (and an auditor years later) can see why.
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

    /** A sentence of the checks, written in the language of the texts given. */
    @FunctionalInterface
    public interface Reason {

        String in(Texts texts);

        /** The sentence {@code key} of the eligibility texts; a value that is itself a Reason is written first. */
        static Reason of(String key, Object... values) {
            return texts -> {
                Object[] written = new Object[values.length];
                for (int i = 0; i < values.length; i++) {
                    written[i] = values[i] instanceof Reason reason ? reason.in(texts) : values[i];
                }
                return texts.format(key, written);
            };
        }
    }

    public record Result(EligibilityRule rule, Outcome outcome, Reason because, Map<String, Object> inputs) {

        /** The reason in Italian ("it") or English (anything else). */
        public String reason(Locale language) {
            return because.in(Texts.eligibility(language));
        }

        public String reason() {
            return reason(Locale.ENGLISH);
        }
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
            return fail(EligibilityRule.SUBMITTED_IN_TIME, Reason.of("time.beforeOpening"), inputs);
        }
        if (!f.receivedAt().isBefore(f.call().deadlineAt())) {
            return fail(EligibilityRule.SUBMITTED_IN_TIME, Reason.of("time.afterDeadline"), inputs);
        }
        return pass(EligibilityRule.SUBMITTED_IN_TIME, Reason.of("time.inTime"), inputs);
    }

    static Result smes(Facts f) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.sizeClass()));
        return all(EligibilityRule.ENTERPRISES_ARE_SMES, f.enterprises(), Member::sme, Reason.of("smes.pass"),
                failing -> Reason.of("smes.fail", failing), inputs);
    }

    static Result lineAMembers(Facts f) {
        if (f.line() != Line.A) {
            return notApplicable(EligibilityRule.LINE_A_CLUSTER_MEMBERS, Reason.of("forLineB"));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("submissionDay", f.receivedOn());
        f.enterprises().forEach(m -> inputs.put(m.label(), m.clusterMemberOnSubmissionDay() ? "member" : "not a member"));
        return all(EligibilityRule.LINE_A_CLUSTER_MEMBERS, f.enterprises(), Member::clusterMemberOnSubmissionDay,
                Reason.of("members.pass", f.receivedOn()), failing -> Reason.of("members.fail", f.receivedOn(),
                        failing), inputs);
    }

    static Result lineBNeverMembers(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_NEVER_MEMBERS, Reason.of("forLineA"));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.everClusterMember() ? "has been a member" : "never a member"));
        return all(EligibilityRule.LINE_B_NEVER_MEMBERS, f.enterprises(), m -> !m.everClusterMember(),
                Reason.of("neverMembers.pass"), failing -> Reason.of("neverMembers.fail", failing), inputs);
    }

    static Result lineBAttestation(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_ATTESTATION, Reason.of("forLineA"));
        }
        Map<String, Object> inputs = inputs("attestationAttached", f.attestationAttached());
        return f.attestationAttached()
                ? pass(EligibilityRule.LINE_B_ATTESTATION, Reason.of("attestation.pass"), inputs)
                : fail(EligibilityRule.LINE_B_ATTESTATION, Reason.of("attestation.fail"), inputs);
    }

    static Result trlPlan(Facts f) {
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("minStartTrl", call.minStartTrl(), "targetTrlRange",
                call.minTargetTrl() + ".." + call.maxTargetTrl());
        List<Reason> problems = new ArrayList<>();
        ProposalContent.Trl trl = f.content().trl();
        inputs.put("project", trl == null ? "missing" : trl.start() + " -> " + trl.target());
        trlProblems(problems, Reason.of("trl.project"), trl == null ? null : trl.start(),
                trl == null ? null : trl.target(), call);
        for (ProposalContent.WorkPackage wp : f.content().workPackagesOrEmpty()) {
            inputs.put("workPackage " + wp.code(), wp.startTrl() + " -> " + wp.targetTrl());
            trlProblems(problems, Reason.of("trl.workPackage", wp.code()), wp.startTrl(), wp.targetTrl(), call);
        }
        if (f.content().workPackagesOrEmpty().isEmpty()) {
            problems.add(Reason.of("trl.noWorkPackage"));
        }
        return problems.isEmpty()
                ? pass(EligibilityRule.TRL_PLAN, Reason.of("trl.pass", call.minStartTrl(), call.minTargetTrl(),
                        call.maxTargetTrl()), inputs)
                : fail(EligibilityRule.TRL_PLAN, texts -> problems.stream().map(p -> p.in(texts))
                        .collect(Collectors.joining("; ")), inputs);
    }

    private static void trlProblems(List<Reason> problems, Reason what, Integer start, Integer target,
            CallRules call) {
        if (start == null || target == null) {
            problems.add(Reason.of("trl.missing", what));
            return;
        }
        if (start < call.minStartTrl()) {
            problems.add(Reason.of("trl.lowStart", what, start, call.minStartTrl()));
        }
        if (target < call.minTargetTrl() || target > call.maxTargetTrl()) {
            problems.add(Reason.of("trl.target", what, target, call.minTargetTrl(), call.maxTargetTrl()));
        }
    }

    static Result researchPrevails(Facts f) {
        if (!f.call().researchMustPrevail()) {
            return notApplicable(EligibilityRule.RESEARCH_PREVAILS, Reason.of("research.notApplicable"));
        }
        BigDecimal research = f.content().costOf(ResearchCategory.INDUSTRIAL_RESEARCH);
        BigDecimal development = f.content().costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        Map<String, Object> inputs = inputs("industrialResearch", research, "experimentalDevelopment", development);
        return research.compareTo(development) > 0
                ? pass(EligibilityRule.RESEARCH_PREVAILS, Reason.of("research.pass", research, development), inputs)
                : fail(EligibilityRule.RESEARCH_PREVAILS, Reason.of("research.fail", research, development), inputs);
    }

    static Result totalCost(Facts f) {
        BigDecimal total = f.content().totalCost();
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("totalCost", total, "minProjectCost", call.minProjectCost(),
                "maxProjectCost", call.maxProjectCost());
        return total.compareTo(call.minProjectCost()) >= 0 && total.compareTo(call.maxProjectCost()) <= 0
                ? pass(EligibilityRule.TOTAL_COST_RANGE, Reason.of("cost.pass", total, call.minProjectCost(),
                        call.maxProjectCost()), inputs)
                : fail(EligibilityRule.TOTAL_COST_RANGE, Reason.of("cost.fail", total, call.minProjectCost(),
                        call.maxProjectCost()), inputs);
    }

    static Result thematicArea(Facts f) {
        String area = f.content().thematicAreaCode();
        Map<String, Object> inputs = inputs("thematicArea", area, "callAreas", new TreeSet<>(f.call().thematicAreaCodes()));
        return area != null && f.call().thematicAreaCodes().contains(area)
                ? pass(EligibilityRule.THEMATIC_AREA, Reason.of("area.pass", area), inputs)
                : fail(EligibilityRule.THEMATIC_AREA, Reason.of("area.fail", area), inputs);
    }

    static Result minEnterprises(Facts f) {
        long enterprises = f.enterprises().size();
        Map<String, Object> inputs = inputs("enterprises", enterprises, "minEnterprises", f.call().minEnterprises());
        return enterprises >= f.call().minEnterprises()
                ? pass(EligibilityRule.MIN_ENTERPRISES, Reason.of("enterprises.pass", enterprises,
                        f.call().minEnterprises()), inputs)
                : fail(EligibilityRule.MIN_ENTERPRISES, Reason.of("enterprises.fail", enterprises,
                        f.call().minEnterprises()), inputs);
    }

    static Result maxProposals(Facts f) {
        int max = f.call().maxProposalsPerEnterprise();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("maxProposalsPerEnterprise", max);
        f.enterprises().forEach(m -> inputs.put(m.label(), m.proposalsUpToThis()));
        return all(EligibilityRule.MAX_PROPOSALS_PER_ENTERPRISE, f.enterprises(), m -> m.proposalsUpToThis() <= max,
                Reason.of("maxProposals.pass", max), failing -> Reason.of("maxProposals.fail", max, failing), inputs);
    }

    static Result incentiveEffect(Facts f) {
        LocalDate start = f.content().plannedStart();
        Map<String, Object> inputs = inputs("plannedStart", start, "submissionDay", f.receivedOn());
        return start != null && start.isAfter(f.receivedOn())
                ? pass(EligibilityRule.INCENTIVE_EFFECT, Reason.of("incentive.pass", start, f.receivedOn()), inputs)
                : fail(EligibilityRule.INCENTIVE_EFFECT, Reason.of("incentive.fail", start, f.receivedOn()), inputs);
    }

    /** Passes when every member meets the test; otherwise fails naming those who do not. */
    private static Result all(EligibilityRule rule, List<Member> members, Predicate<Member> test, Reason passed,
            Function<String, Reason> failed, Map<String, Object> inputs) {
        String failing = members.stream().filter(test.negate()).map(Member::label).collect(Collectors.joining(", "));
        return failing.isEmpty() ? pass(rule, passed, inputs) : fail(rule, failed.apply(failing), inputs);
    }

    private static Map<String, Object> inputs(Object... keysAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return inputs;
    }

    private static Result pass(EligibilityRule rule, Reason reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.PASS, reason, inputs);
    }

    private static Result fail(EligibilityRule rule, Reason reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.FAIL, reason, inputs);
    }

    private static Result notApplicable(EligibilityRule rule, Reason reason) {
        return new Result(rule, Outcome.NOT_APPLICABLE, reason, Map.of());
    }
}
