package org.openbando.call;

import java.math.BigDecimal;
import java.util.List;

/**
 * The defaults of a call's rules (shared/domain.md): TRL 4 -> 7 (at most 8), research prevailing, 5 criteria summing
 * to 100 with a 60/100 threshold, 3 evaluators, 10-day terms, notice before rejection on, 60 days to join the cluster;
 * ties broken by innovativeness, partial funding allowed down to 50% of the grant, the reserve list valid 12 months,
 * 30 days to accept the grant, 10 days for observations before a revocation, no remainder moved between lines.
 */
final class CallDefaults {

    private CallDefaults() {
    }

    static RuleSettings rules(CallRequest.Rules r) {
        CallRequest.Rules in = r == null ? new CallRequest.Rules(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null) : r;
        RuleSettings rules = new RuleSettings();
        rules.minStartTrl = or(in.minStartTrl(), 4);
        rules.minTargetTrl = or(in.minTargetTrl(), 7);
        rules.maxTargetTrl = or(in.maxTargetTrl(), 8);
        rules.researchMustPrevail = or(in.researchMustPrevail(), true);
        rules.minProjectCost = or(in.minProjectCost(), new BigDecimal("150000.00"));
        rules.maxProjectCost = or(in.maxProjectCost(), new BigDecimal("1500000.00"));
        rules.minEnterprises = or(in.minEnterprises(), 2);
        rules.maxProposalsPerEnterprise = or(in.maxProposalsPerEnterprise(), 2);
        rules.aidIntensityCap = in.aidIntensityCap();
        rules.evaluatorsPerProposal = or(in.evaluatorsPerProposal(), 3);
        rules.evaluationThreshold = or(in.evaluationThreshold(), new BigDecimal("60"));
        rules.evaluationTermDays = or(in.evaluationTermDays(), 15);
        rules.evaluationReminderDays = or(in.evaluationReminderDays(), 3);
        rules.scoreStep = or(in.scoreStep(), new BigDecimal("0.5"));
        rules.scoreAggregation = or(in.scoreAggregation(), ScoreAggregation.MEAN);
        rules.divergencePercent = or(in.divergencePercent(), new BigDecimal("30"));
        rules.tieBreakCriterion = or(in.tieBreakCriterion(), "INNOVATIVENESS");
        rules.partialFundingAllowed = or(in.partialFundingAllowed(), true);
        rules.reserveListValidityMonths = or(in.reserveListValidityMonths(), 12);
        rules.completionTermDays = or(in.completionTermDays(), 10);
        rules.noticeBeforeRejection = or(in.noticeBeforeRejection(), true);
        rules.observationsTermDays = or(in.observationsTermDays(), 10);
        rules.clusterJoiningTermDays = or(in.clusterJoiningTermDays(), 60);
        rules.partialFundingMinShare = or(in.partialFundingMinShare(), new BigDecimal("50"));
        rules.remainderToOtherLine = or(in.remainderToOtherLine(), false);
        rules.grantAcceptanceTermDays = or(in.grantAcceptanceTermDays(), 30);
        rules.revocationObservationsTermDays = or(in.revocationObservationsTermDays(), 10);
        return rules;
    }

    static List<CallRequest.Criterion> criteria(List<CallRequest.Criterion> given) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return List.of(
                criterion("INNOVATIVENESS", "Innovatività della proposta", "30"),
                criterion("TECHNICAL_QUALITY", "Qualità tecnico-scientifica del progetto", "25"),
                criterion("TEAM", "Adeguatezza del gruppo di lavoro", "15"),
                criterion("IMPACT", "Impatto sul sistema produttivo e sulla S3", "15"),
                criterion("COOPERATION", "Cooperazione tra imprese e con organismi di ricerca", "15"));
    }

    private static CallRequest.Criterion criterion(String code, String name, String max) {
        return new CallRequest.Criterion(code, name, new BigDecimal(max), BigDecimal.ONE, null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
