package org.openbando.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;

/**
 * The automatic eligibility checks, each a named function of the facts ({@link EligibilityRules}) with what it
 * verifies ({@link EligibilityTexts#rule_checks}). They run on the frozen snapshot with the facts at submission
 * (membership on the day of receipt, the consortium as submitted), after the acknowledgement; those that can be
 * judged before submission also run on every draft ({@link DraftEligibility}), so that the applicant learns what would
 * make the proposal ineligible while it can still be changed ({@link Judged} says which block it). One function,
 * asked in both places.
 */
@PublicApi
public enum EligibilityRule {
    SUBMITTED_IN_TIME(EligibilityRules::submittedInTime, Judged.AT_RECEIPT),
    ENTERPRISES_ARE_SMES(EligibilityRules::smes, Judged.ON_THE_REGISTER),
    LINE_A_CLUSTER_MEMBERS(EligibilityRules::lineAMembers, Judged.ON_THE_REGISTER),
    LINE_B_NEVER_MEMBERS(EligibilityRules::lineBNeverMembers, Judged.ON_THE_REGISTER),
    LINE_B_ATTESTATION(EligibilityRules::lineBAttestation, Judged.ON_THE_DRAFT),
    TRL_PLAN(EligibilityRules::trlPlan, Judged.ON_THE_DRAFT),
    RESEARCH_PREVAILS(EligibilityRules::researchPrevails, Judged.ON_THE_DRAFT),
    TOTAL_COST_RANGE(EligibilityRules::totalCost, Judged.ON_THE_DRAFT),
    THEMATIC_AREA(EligibilityRules::thematicArea, Judged.ON_THE_DRAFT),
    MIN_ENTERPRISES(EligibilityRules::minEnterprises, Judged.ON_THE_DRAFT),
    /** The count is of the submissions in force, in protocol order (the register refuses the lead's at once). */
    MAX_PROPOSALS_PER_ENTERPRISE(EligibilityRules::maxProposals, Judged.AT_RECEIPT),
    INCENTIVE_EFFECT(EligibilityRules::incentiveEffect, Judged.ON_THE_DRAFT);

    /** When a rule can first be judged, and what its failure does to a draft. */
    public enum Judged {
        /**
         * On what the applicant writes and attaches: a failure blocks the submission, since the applicant can fix
         * it and the office could only reject it.
         */
        ON_THE_DRAFT,
        /**
         * On the organisations' facts in the register (size, cluster membership), which the office verifies with due
         * process (a notice before rejection lets the applicant prove the register wrong): a failure is shown on the
         * draft as a warning, and does not block the submission.
         */
        ON_THE_REGISTER,
        /** Only at receipt (the window, the count of submissions in force): the submission's own checks refuse. */
        AT_RECEIPT
    }

    private final Function<EligibilityRules.Facts, EligibilityRules.Result> check;
    private final Judged judged;

    EligibilityRule(Function<EligibilityRules.Facts, EligibilityRules.Result> check, Judged judged) {
        this.check = check;
        this.judged = judged;
    }

    public Judged judged() {
        return judged;
    }

    /** The rule applied to the facts. */
    public EligibilityRules.Result check(EligibilityRules.Facts facts) {
        return check.apply(facts);
    }

    /** The rules whose facts are known before submission: a draft is judged by them as it stands. */
    public static List<EligibilityRule> beforeSubmission() {
        return Arrays.stream(values()).filter(r -> r.judged != Judged.AT_RECEIPT).toList();
    }

    /** What the rule verifies, as a sentence in Italian ("it") or English. */
    public String checks(Locale language) {
        return Languages.texts(EligibilityTexts.class, language).rule_checks(name());
    }

    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE
    }
}
