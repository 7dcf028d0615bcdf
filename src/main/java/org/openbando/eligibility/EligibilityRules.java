package org.openbando.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openbando.call.CallRules;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.eligibility.EligibilityRule.Outcome;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Languages;
import org.openbando.shared.Money;

/**
 * The eligibility rules as pure functions of the facts: each gives its outcome, a reason a person understands (in
 * Italian and in English, from {@link EligibilityTexts}) and the inputs it used, so that an officer (and an auditor
 * years later) can see why; and, when it fails, what to change where ({@link Finding}: a field of the draft and a
 * sentence for the applicant), which is what a draft's list of what blocks it shows. {@link EligibilityRule} names
 * each function.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /**
     * A member of the consortium, with the facts the rules need.
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

    /**
     * Everything the rules look at: at submission, the receipt and its day in Rome; on a draft, now and today.
     */
    public record Facts(Line line, Instant receivedAt, LocalDate receivedOn, ProposalContent content,
            List<Member> members, boolean attestationAttached, CallRules call) {

        List<Member> enterprises() {
            return members.stream().filter(Member::enterprise).toList();
        }
    }

    /**
     * The eligibility texts in one language (Italian for "it", English otherwise), with that language's way of writing
     * the values of a sentence: amounts as money ({@link Money}), days as "30 aprile 2026", anything else as text.
     */
    public record Words(EligibilityTexts texts, Locale language) {

        static Words of(Locale language) {
            return new Words(Languages.texts(EligibilityTexts.class, language), Languages.of(language));
        }

        String money(BigDecimal amount) {
            return amount == null ? "null" : Money.format(amount, language);
        }

        String day(LocalDate day) {
            return day == null ? "null" : day.format(DAY.withLocale(language));
        }
    }

    /** A sentence of the checks, written when someone reads it, in their language; a sentence may compose others. */
    @FunctionalInterface
    public interface Reason {

        String in(Words words);

        /** The sentence in Italian ("it") or English (anything else). */
        default String in(Locale language) {
            return in(Words.of(language));
        }

        /** A sentence of the eligibility texts that needs no value written in the reader's language. */
        static Reason of(Function<EligibilityTexts, String> sentence) {
            return words -> sentence.apply(words.texts());
        }
    }

    /** What a failing rule asks the applicant to change: the field of the draft (a JSON path) and why. */
    public record Finding(String field, Reason reason) {
    }

    public record Result(EligibilityRule rule, Outcome outcome, Reason because, Map<String, Object> inputs,
            List<Finding> findings) {

        /** The reason in Italian ("it") or English (anything else). */
        public String reason(Locale language) {
            return because.in(language);
        }

        public String reason() {
            return reason(Locale.ENGLISH);
        }
    }

    /** Every rule, in the order of {@link EligibilityRule}. */
    public static List<Result> check(Facts facts) {
        return check(facts, Arrays.asList(EligibilityRule.values()));
    }

    public static List<Result> check(Facts facts, List<EligibilityRule> rules) {
        return rules.stream().map(rule -> rule.check(facts)).toList();
    }

    static Result submittedInTime(Facts f) {
        Instant opens = f.call().window().opensAt();
        Instant deadline = f.call().window().deadlineAt();
        Map<String, Object> inputs = inputs("receivedAt", f.receivedAt(), "opensAt", opens, "deadlineAt", deadline);
        if (f.receivedAt().isBefore(opens)) {
            return fail(EligibilityRule.SUBMITTED_IN_TIME, Reason.of(EligibilityTexts::time_before_opening), inputs);
        }
        if (!f.receivedAt().isBefore(deadline)) {
            return fail(EligibilityRule.SUBMITTED_IN_TIME, Reason.of(EligibilityTexts::time_after_deadline), inputs);
        }
        return pass(EligibilityRule.SUBMITTED_IN_TIME, Reason.of(EligibilityTexts::time_in_time), inputs);
    }

    static Result smes(Facts f) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.sizeClass()));
        return all(EligibilityRule.ENTERPRISES_ARE_SMES, f.enterprises(), Member::sme,
                Reason.of(EligibilityTexts::smes_pass), failing -> Reason.of(t -> t.smes_fail(failing)), inputs,
                m -> new Finding(m.lead() ? "lead" : "partners",
                        Reason.of(t -> t.draft_sme(m.label(), m.sizeClass()))));
    }

    static Result lineAMembers(Facts f) {
        if (f.line() != Line.A) {
            return notApplicable(EligibilityRule.LINE_A_CLUSTER_MEMBERS, Reason.of(EligibilityTexts::for_line_b));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("submissionDay", f.receivedOn());
        f.enterprises().forEach(m -> inputs.put(m.label(), m.clusterMemberOnSubmissionDay() ? "member" : "not a member"));
        return all(EligibilityRule.LINE_A_CLUSTER_MEMBERS, f.enterprises(), Member::clusterMemberOnSubmissionDay,
                w -> w.texts().members_pass(w.day(f.receivedOn())),
                failing -> w -> w.texts().members_fail(w.day(f.receivedOn()), failing), inputs,
                m -> new Finding(m.lead() ? "line" : "partners", Reason.of(t -> m.everClusterMember()
                        ? t.draft_line_a_not_now(m.label()) : t.draft_line_a_never(m.label()))));
    }

    static Result lineBNeverMembers(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_NEVER_MEMBERS, Reason.of(EligibilityTexts::for_line_a));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.enterprises().forEach(m -> inputs.put(m.label(), m.everClusterMember() ? "has been a member" : "never a member"));
        return all(EligibilityRule.LINE_B_NEVER_MEMBERS, f.enterprises(), m -> !m.everClusterMember(),
                Reason.of(EligibilityTexts::never_members_pass),
                failing -> Reason.of(t -> t.never_members_fail(failing)), inputs,
                m -> new Finding(m.lead() ? "line" : "partners", Reason.of(t -> t.draft_line_b(m.label()))));
    }

    static Result lineBAttestation(Facts f) {
        if (f.line() != Line.B) {
            return notApplicable(EligibilityRule.LINE_B_ATTESTATION, Reason.of(EligibilityTexts::for_line_a));
        }
        Map<String, Object> inputs = inputs("attestationAttached", f.attestationAttached());
        return f.attestationAttached()
                ? pass(EligibilityRule.LINE_B_ATTESTATION, Reason.of(EligibilityTexts::attestation_pass), inputs)
                : fail(EligibilityRule.LINE_B_ATTESTATION, Reason.of(EligibilityTexts::attestation_fail), inputs,
                        new Finding("attachments.attestation", Reason.of(EligibilityTexts::draft_attestation)));
    }

    static Result trlPlan(Facts f) {
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("minStartTrl", call.minStartTrl(), "targetTrlRange",
                call.minTargetTrl() + ".." + call.maxTargetTrl());
        List<Reason> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        ProposalContent.Trl trl = f.content().trl();
        inputs.put("project", trl == null ? "missing" : trl.start() + " -> " + trl.target());
        trlProblems(problems, findings, Reason.of(EligibilityTexts::trl_project), "trl", "trl.start", "trl.target",
                trl == null ? null : trl.start(), trl == null ? null : trl.target(), call);
        List<ProposalContent.WorkPackage> packages = f.content().workPackagesOrEmpty();
        for (int i = 0; i < packages.size(); i++) {
            ProposalContent.WorkPackage wp = packages.get(i);
            String at = "workPackages[" + i + "]";
            inputs.put("workPackage " + wp.code(), wp.startTrl() + " -> " + wp.targetTrl());
            trlProblems(problems, findings, Reason.of(t -> t.trl_work_package(text(wp.code()))), at,
                    at + ".startTrl", at + ".targetTrl", wp.startTrl(), wp.targetTrl(), call);
        }
        if (packages.isEmpty()) {
            problems.add(Reason.of(EligibilityTexts::trl_no_work_package));
            findings.add(new Finding("workPackages", Reason.of(EligibilityTexts::draft_wp_required)));
        }
        return problems.isEmpty()
                ? pass(EligibilityRule.TRL_PLAN, Reason.of(t -> t.trl_pass(text(call.minStartTrl()),
                        text(call.minTargetTrl()), text(call.maxTargetTrl()))), inputs)
                : new Result(EligibilityRule.TRL_PLAN, Outcome.FAIL, words -> problems.stream().map(p -> p.in(words))
                        .collect(Collectors.joining("; ")), inputs, findings);
    }

    private static void trlProblems(List<Reason> problems, List<Finding> findings, Reason what, String field,
            String startField, String targetField, Integer start, Integer target, CallRules call) {
        if (start == null || target == null) {
            problems.add(w -> w.texts().trl_missing(what.in(w)));
            findings.add(new Finding(field, Reason.of(EligibilityTexts::draft_trl_missing)));
            return;
        }
        if (start < call.minStartTrl()) {
            problems.add(w -> w.texts().trl_low_start(what.in(w), text(start), text(call.minStartTrl())));
            findings.add(new Finding(startField, Reason.of(t -> t.draft_trl_min_start(text(call.minStartTrl())))));
        }
        if (target < call.minTargetTrl() || target > call.maxTargetTrl()) {
            problems.add(w -> w.texts().trl_target(what.in(w), text(target), text(call.minTargetTrl()),
                    text(call.maxTargetTrl())));
            findings.add(new Finding(targetField, Reason.of(t -> t.draft_trl_target(text(call.minTargetTrl()),
                    text(call.maxTargetTrl())))));
        }
    }

    static Result researchPrevails(Facts f) {
        if (!f.call().researchMustPrevail()) {
            return notApplicable(EligibilityRule.RESEARCH_PREVAILS,
                    Reason.of(EligibilityTexts::research_not_applicable));
        }
        BigDecimal research = f.content().costOf(ResearchCategory.INDUSTRIAL_RESEARCH);
        BigDecimal development = f.content().costOf(ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        Map<String, Object> inputs = inputs("industrialResearch", research, "experimentalDevelopment", development);
        return research.compareTo(development) > 0
                ? pass(EligibilityRule.RESEARCH_PREVAILS, w -> w.texts().research_pass(w.money(research),
                        w.money(development)), inputs)
                : fail(EligibilityRule.RESEARCH_PREVAILS, w -> w.texts().research_fail(w.money(research),
                        w.money(development)), inputs, new Finding("budget", w -> w.texts().draft_research(
                                w.money(research), w.money(development))));
    }

    /** The total eligible cost, every research category included, within the call's range. */
    static Result totalCost(Facts f) {
        BigDecimal total = f.content().totalCost();
        CallRules call = f.call();
        Map<String, Object> inputs = inputs("totalCost", total, "minProjectCost", call.minProjectCost(),
                "maxProjectCost", call.maxProjectCost());
        return total.compareTo(call.minProjectCost()) >= 0 && total.compareTo(call.maxProjectCost()) <= 0
                ? pass(EligibilityRule.TOTAL_COST_RANGE, w -> w.texts().cost_pass(w.money(total),
                        w.money(call.minProjectCost()), w.money(call.maxProjectCost())), inputs)
                : fail(EligibilityRule.TOTAL_COST_RANGE, w -> w.texts().cost_fail(w.money(total),
                        w.money(call.minProjectCost()), w.money(call.maxProjectCost())), inputs,
                        new Finding("budget", w -> w.texts().draft_cost(w.money(total), w.money(call.minProjectCost()),
                                w.money(call.maxProjectCost()))));
    }

    static Result thematicArea(Facts f) {
        String area = f.content().thematicAreaCode();
        TreeSet<String> admitted = new TreeSet<>(f.call().thematicAreaCodes());
        Map<String, Object> inputs = inputs("thematicArea", area, "callAreas", admitted);
        return area != null && admitted.contains(area)
                ? pass(EligibilityRule.THEMATIC_AREA, Reason.of(t -> t.area_pass(text(area))), inputs)
                : fail(EligibilityRule.THEMATIC_AREA, Reason.of(t -> t.area_fail(text(area))), inputs,
                        new Finding("thematicAreaCode", Reason.of(t -> t.draft_area(text(area), text(admitted)))));
    }

    /** The enterprises of the consortium (the lead included), each counted once. */
    static Result minEnterprises(Facts f) {
        long enterprises = f.enterprises().size();
        Map<String, Object> inputs = inputs("enterprises", enterprises, "minEnterprises", f.call().minEnterprises());
        return enterprises >= f.call().minEnterprises()
                ? pass(EligibilityRule.MIN_ENTERPRISES, Reason.of(t -> t.enterprises_pass(text(enterprises),
                        text(f.call().minEnterprises()))), inputs)
                : fail(EligibilityRule.MIN_ENTERPRISES, Reason.of(t -> t.enterprises_fail(text(enterprises),
                        text(f.call().minEnterprises()))), inputs, new Finding("partners", Reason.of(t ->
                                t.draft_enterprises(text(f.call().minEnterprises()), text(enterprises)))));
    }

    static Result maxProposals(Facts f) {
        int max = f.call().maxProposalsPerEnterprise();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("maxProposalsPerEnterprise", max);
        f.enterprises().forEach(m -> inputs.put(m.label(), m.proposalsUpToThis()));
        return all(EligibilityRule.MAX_PROPOSALS_PER_ENTERPRISE, f.enterprises(), m -> m.proposalsUpToThis() <= max,
                Reason.of(t -> t.max_proposals_pass(text(max))),
                failing -> Reason.of(t -> t.max_proposals_fail(text(max), failing)), inputs,
                m -> new Finding(m.lead() ? "lead" : "partners", Reason.of(t -> t.max_proposals_fail(text(max),
                        m.label()))));
    }

    static Result incentiveEffect(Facts f) {
        LocalDate start = f.content().plannedStart();
        Map<String, Object> inputs = inputs("plannedStart", start, "submissionDay", f.receivedOn());
        return start != null && start.isAfter(f.receivedOn())
                ? pass(EligibilityRule.INCENTIVE_EFFECT, w -> w.texts().incentive_pass(w.day(start),
                        w.day(f.receivedOn())), inputs)
                : fail(EligibilityRule.INCENTIVE_EFFECT, w -> w.texts().incentive_fail(w.day(start),
                        w.day(f.receivedOn())), inputs, new Finding("plannedStart",
                                Reason.of(EligibilityTexts::draft_incentive)));
    }

    /** Passes when every member meets the test; otherwise fails naming those who do not, one finding each. */
    private static Result all(EligibilityRule rule, List<Member> members, Predicate<Member> test, Reason passed,
            Function<String, Reason> failed, Map<String, Object> inputs, Function<Member, Finding> finding) {
        List<Member> failing = members.stream().filter(test.negate()).toList();
        return failing.isEmpty() ? pass(rule, passed, inputs)
                : new Result(rule, Outcome.FAIL, failed.apply(failing.stream().map(Member::label)
                        .collect(Collectors.joining(", "))), inputs, failing.stream().map(finding).toList());
    }

    /** A value of a sentence as text, as it always was written: ids and counts without grouping, null as "null". */
    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static Map<String, Object> inputs(Object... keysAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return inputs;
    }

    private static Result pass(EligibilityRule rule, Reason reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.PASS, reason, inputs, List.of());
    }

    private static Result fail(EligibilityRule rule, Reason reason, Map<String, Object> inputs, Finding finding) {
        return new Result(rule, Outcome.FAIL, reason, inputs, List.of(finding));
    }

    private static Result fail(EligibilityRule rule, Reason reason, Map<String, Object> inputs) {
        return new Result(rule, Outcome.FAIL, reason, inputs, List.of());
    }

    private static Result notApplicable(EligibilityRule rule, Reason reason) {
        return new Result(rule, Outcome.NOT_APPLICABLE, reason, Map.of(), List.of());
    }
}
