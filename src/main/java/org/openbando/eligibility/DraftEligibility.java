package org.openbando.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.DraftFacts;
import org.openbando.proposal.DraftRules;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Problem.FieldViolation;

/**
 * The eligibility rules that can be judged before submission, asked of a draft (the port {@link DraftRules} of the
 * proposal feature): the same functions as after submission, on the facts of today and the consortium as drafted.
 */
@ApplicationScoped
class DraftEligibility implements DraftRules {

    @Override
    public List<FieldViolation> blockingIssues(DraftFacts draft, Locale language) {
        return findings(facts(draft), EligibilityRule.Judged.ON_THE_DRAFT, language);
    }

    @Override
    public List<FieldViolation> warnings(DraftFacts draft, Locale language) {
        return findings(facts(draft), EligibilityRule.Judged.ON_THE_REGISTER, language);
    }

    @Override
    public Optional<String> whyNotLine(Line line, OrganizationFacts lead, LocalDate today, Locale language) {
        EligibilityRule rule = line == Line.A ? EligibilityRule.LINE_A_CLUSTER_MEMBERS
                : EligibilityRule.LINE_B_NEVER_MEMBERS;
        EligibilityRules.Result result = rule.check(new EligibilityRules.Facts(line,
                today.atStartOfDay(ZoneOffset.UTC).toInstant(), today, ProposalContent.empty(),
                List.of(EligibilityChecks.member(lead, true, 0)), false, null));
        return result.findings().stream().findFirst().map(f -> f.reason().in(language));
    }

    /** The facts of a draft as the rules read them: submitted now, the lead and each known partner once. */
    static EligibilityRules.Facts facts(DraftFacts draft) {
        List<EligibilityRules.Member> members = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(draft.leadOrganizationId());
        draft.content().partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).forEach(ids::add);
        for (Long id : ids) {
            OrganizationFacts o = draft.organisations().get(id);
            if (o != null) {
                members.add(EligibilityChecks.member(o, id == draft.leadOrganizationId(), 0));
            }
        }
        return new EligibilityRules.Facts(draft.line(), draft.now(), draft.today(), draft.content(), members,
                draft.attached().contains(AttachmentKind.CLUSTER_ATTESTATION), draft.call());
    }

    /** The results of the rules that can be judged on a draft. */
    static List<EligibilityRules.Result> results(DraftFacts draft) {
        return EligibilityRules.check(facts(draft), EligibilityRule.beforeSubmission());
    }

    private static List<FieldViolation> findings(EligibilityRules.Facts facts, EligibilityRule.Judged judged,
            Locale language) {
        return EligibilityRules.check(facts, EligibilityRule.beforeSubmission().stream()
                .filter(rule -> rule.judged() == judged).toList()).stream().flatMap(r -> r.findings().stream())
                .map(f -> new FieldViolation(f.field(), f.reason().in(language))).toList();
    }
}
