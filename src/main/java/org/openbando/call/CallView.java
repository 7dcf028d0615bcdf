package org.openbando.call;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.PublicApi;

/** A call as the API and the pages show it; instants are shown in Europe/Rome. */
@PublicApi
public record CallView(
        long id,
        String code,
        String title,
        String description,
        String s3PriorityArea,
        CallStatus status,
        ZonedDateTime publicationAt,
        ZonedDateTime opensAt,
        ZonedDateTime deadlineAt,
        List<LineView> lines,
        BigDecimal totalBudget,
        List<ClusterRef> clusters,
        List<AreaRef> thematicAreas,
        RulesView rules,
        List<CriterionView> criteria,
        List<AidIntensityMatrix.Row> aidIntensities,
        long version) {

    public record LineView(Line line, BigDecimal budget) {
    }

    public record ClusterRef(String code, String name, String nameEn) {
    }

    public record AreaRef(String code, String name, String nameEn, String clusterCode) {
    }

    public record CriterionView(String code, String name, BigDecimal maxScore, BigDecimal weight, BigDecimal minScore) {
    }

    public record RulesView(int minStartTrl, int minTargetTrl, int maxTargetTrl, boolean researchMustPrevail,
            BigDecimal minProjectCost, BigDecimal maxProjectCost, int minEnterprises, int maxProposalsPerEnterprise,
            BigDecimal aidIntensityCap, int evaluatorsPerProposal, BigDecimal evaluationThreshold,
            int evaluationTermDays, int evaluationReminderDays, BigDecimal scoreStep,
            ScoreAggregation scoreAggregation, BigDecimal divergencePercent, String tieBreakCriterion, boolean partialFundingAllowed, int reserveListValidityMonths,
            int completionTermDays, boolean noticeBeforeRejection, int observationsTermDays,
            int clusterJoiningTermDays, BigDecimal partialFundingMinShare, boolean remainderToOtherLine,
            int grantAcceptanceTermDays, int revocationObservationsTermDays) {
    }

    /** The short form of a call for lists. */
    public record Summary(long id, String code, String title, CallStatus status, ZonedDateTime opensAt,
            ZonedDateTime deadlineAt, BigDecimal budgetLineA, BigDecimal budgetLineB) {
    }

    static CallView of(GrantCall c, Collection<ClusterDirectory.ClusterRef> clusters,
            Collection<ClusterDirectory.AreaRef> areas) {
        RuleSettings r = c.rules;
        return new CallView(c.id, c.code, c.title, c.description, c.s3PriorityArea, c.status,
                c.publicationAt.atZone(ClockProducer.ROME), c.opensAt.atZone(ClockProducer.ROME),
                c.deadlineAt.atZone(ClockProducer.ROME),
                c.lines.stream().map(l -> new LineView(l.line, l.budget)).toList(),
                c.lines.stream().map(l -> l.budget).reduce(BigDecimal.ZERO, BigDecimal::add),
                clusters.stream().map(k -> new ClusterRef(k.code(), k.name(), k.nameEn()))
                        .sorted(Comparator.comparing(ClusterRef::code)).toList(),
                areas.stream().map(a -> new AreaRef(a.code(), a.name(), a.nameEn(), a.clusterCode()))
                        .sorted(Comparator.comparing(AreaRef::code)).toList(),
                new RulesView(r.minStartTrl, r.minTargetTrl, r.maxTargetTrl, r.researchMustPrevail, r.minProjectCost,
                        r.maxProjectCost, r.minEnterprises, r.maxProposalsPerEnterprise, r.aidIntensityCap,
                        r.evaluatorsPerProposal, r.evaluationThreshold, r.evaluationTermDays,
                        r.evaluationReminderDays, r.scoreStep, r.scoreAggregation, r.divergencePercent,
                        r.tieBreakCriterion, r.partialFundingAllowed,
                        r.reserveListValidityMonths, r.completionTermDays, r.noticeBeforeRejection,
                        r.observationsTermDays, r.clusterJoiningTermDays, r.partialFundingMinShare,
                        r.remainderToOtherLine, r.grantAcceptanceTermDays, r.revocationObservationsTermDays),
                c.criteria.stream().map(k -> new CriterionView(k.code, k.name, k.maxScore, k.weight, k.minScore)).toList(),
                r.aidIntensities().rows(), c.version);
    }

    static Summary summary(GrantCall c) {
        return new Summary(c.id, c.code, c.title, c.status, c.opensAt.atZone(ClockProducer.ROME),
                c.deadlineAt.atZone(ClockProducer.ROME), budget(c, Line.A), budget(c, Line.B));
    }

    private static BigDecimal budget(GrantCall c, Line line) {
        return c.lines.stream().filter(l -> l.line == line).map(l -> l.budget).findFirst().orElse(BigDecimal.ZERO);
    }
}
