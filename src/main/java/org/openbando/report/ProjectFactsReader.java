package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.GrantComputation;
import org.openbando.call.ResearchCategory;
import org.openbando.evaluation.Outcomes;
import org.openbando.funding.AwardFacts;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationPlaces;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalService;
import org.openbando.ranking.RankingList;
import org.openbando.ranking.RankingLists;
import org.openbando.submission.FrozenSubmissions;
import org.openbando.submission.Snapshot;

/**
 * Reads the {@link ProjectFacts} of a call in a few bulk reads through the features' facades (submissions, the
 * frozen snapshots, admissibility, ranking, funding, organisations), never their tables.
 *
 * <p>The reads of a call, whatever its size: the call's funding rules (404 when unknown); the proposals' statuses
 * ({@link ProposalService#statusesInCall}); the approved ranking's lists ({@link RankingLists#approved}); the
 * evaluations' outcomes ({@link Outcomes#ofCall}, only when some submission is not in an approved ranking); the awards
 * with their partners' grants ({@link AwardFacts#ofCall}); the snapshots, streamed ({@link FrozenSubmissions#ofCall});
 * the organisations named ({@link OrganizationPlaces#of}, one query with an array of ids); the thematic areas' clusters
 * (one lookup per distinct area).
 */
@ApplicationScoped
public class ProjectFactsReader {

    /** The facts of a call's projects (withdrawn submissions left out), in protocol order, and when they were read. */
    public record Read(Instant readAt, List<ProjectFacts> projects) {
    }

    private final CallService calls;
    private final ClusterDirectory clusters;
    private final ProposalService proposals;
    private final RankingLists rankings;
    private final Outcomes outcomes;
    private final AwardFacts awards;
    private final FrozenSubmissions submissions;
    private final OrganizationPlaces organizations;
    private final Clock clock;

    ProjectFactsReader(CallService calls, ClusterDirectory clusters, ProposalService proposals, RankingLists rankings,
            Outcomes outcomes, AwardFacts awards, FrozenSubmissions submissions, OrganizationPlaces organizations,
            Clock clock) {
        this.calls = calls;
        this.clusters = clusters;
        this.proposals = proposals;
        this.rankings = rankings;
        this.outcomes = outcomes;
        this.awards = awards;
        this.submissions = submissions;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** 404 when the call is unknown. */
    @Transactional
    public Read ofCall(long callId) {
        Instant readAt = clock.instant();
        FundingRules rules = calls.fundingRules(callId); // 404 for an unknown call
        List<Derived> derived = new ArrayList<>();
        submissions.ofCall(callId, f -> derived.add(derive(f)));
        return new Read(readAt, assemble(rules, derived));
    }

    /** A submission in force (empty when unknown or withdrawn), read as its call's projects are. */
    @Transactional
    public Optional<ProjectFacts> ofSubmission(long submissionId) {
        List<Derived> derived = new ArrayList<>();
        submissions.of(List.of(submissionId), f -> derived.add(derive(f)));
        if (derived.isEmpty()) {
            return Optional.empty();
        }
        FundingRules rules = calls.fundingRules(derived.get(0).frozen().callId());
        return assemble(rules, derived).stream().findFirst();
    }

    /** What a snapshot froze, derived once (the costs per member and category, the members in order). */
    record Derived(FrozenSubmissions.Frozen frozen, ProposalContent content, List<Member> members,
            Map<ResearchCategory, BigDecimal> costByCategory, BigDecimal eligibleCost) {
    }

    record Member(OrganizationFacts facts, BigDecimal eligibleCost) {
    }

    static Derived derive(FrozenSubmissions.Frozen f) {
        Snapshot s = f.snapshot();
        ProposalContent content = s.content() == null ? ProposalContent.empty() : s.content();
        List<Member> members = new ArrayList<>();
        Map<ResearchCategory, BigDecimal> byCategory = new EnumMap<>(ResearchCategory.class);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        if (s.members() != null) {
            // the members' costs as the grant computation counts them (GrantParticipants: the one mapping)
            Map<Long, OrganizationFacts> facts = s.memberFacts();
            for (GrantComputation.Participant p : s.participants()) {
                BigDecimal cost = p.totalCost().setScale(2);
                members.add(new Member(facts.get(p.organizationId()), cost));
                p.eligibleCosts().forEach((category, amount) -> byCategory.merge(category, amount, BigDecimal::add));
                total = total.add(cost);
            }
        } else { // a snapshot stored before the members' facts were frozen (none in production): costs as budgeted
            for (ProposalContent.BudgetItem item : content.budgetOrEmpty()) {
                if (item.researchCategory() != null && item.amount() != null) {
                    byCategory.merge(item.researchCategory(), item.amount(), BigDecimal::add);
                }
            }
            total = content.totalCost().setScale(2);
        }
        byCategory.replaceAll((k, v) -> v.setScale(2));
        return new Derived(f, content, members, byCategory, total);
    }

    private List<ProjectFacts> assemble(FundingRules rules, List<Derived> derived) {
        long callId = rules.callId();
        Map<Long, RankingList> lists = rankings.approved(callId);
        Map<Long, Boolean> evaluated = new HashMap<>();
        if (!derived.stream().allMatch(d -> lists.containsKey(d.frozen().submissionId()))) {
            outcomes.ofCall(callId).forEach(o -> evaluated.put(o.submissionId(), o.fundable()));
        }
        Map<Long, ProposalStatus> statuses = proposals.statusesInCall(callId);
        Map<Long, AwardFacts.Fact> awarded = awards.ofCall(callId);
        Set<Long> named = new HashSet<>();
        Set<String> areas = new HashSet<>();
        for (Derived d : derived) {
            d.members().forEach(m -> named.add(m.facts().id()));
            d.content().contractsOrEmpty().forEach(c -> {
                if (c.providerOrganizationId() != null) {
                    named.add(c.providerOrganizationId());
                }
            });
            if (d.content().thematicAreaCode() != null) {
                areas.add(d.content().thematicAreaCode());
            }
        }
        Map<Long, OrganizationPlaces.Place> places = organizations.of(named);
        Map<String, String> clusterOfArea = new HashMap<>();
        areas.forEach(code -> clusters.areaByCode(code).ifPresent(a -> clusterOfArea.put(code, a.clusterCode())));

        List<ProjectFacts> facts = new ArrayList<>(derived.size());
        for (Derived d : derived) {
            FrozenSubmissions.Frozen f = d.frozen();
            AwardFacts.Fact award = awarded.get(f.submissionId());
            ProjectFacts.Stage stage = stage(statuses.get(f.proposalId()), evaluated.get(f.submissionId()),
                    lists.get(f.submissionId()), award);
            facts.add(facts(f, d, stage, fundable(stage, evaluated.get(f.submissionId()), award), award,
                    rules.code(), places, clusterOfArea));
        }
        facts.sort(java.util.Comparator.comparingLong(ProjectFacts::protocolNumber));
        return facts;
    }

    /**
     * Where a project stands: its award's status once it has one; else its list in the approved ranking; else, before
     * the ranking, its admissibility and evaluation (the proposal's status, the consensus' outcome).
     *
     * @param fundable the evaluation's outcome (null when not evaluated, or not read since the ranking lists it)
     */
    static ProjectFacts.Stage stage(ProposalStatus status, Boolean fundable, RankingList list,
            AwardFacts.Fact award) {
        if (award != null) {
            return switch (award.status()) {
                case RENOUNCED -> ProjectFacts.Stage.RENOUNCED;
                case FORFEITED -> ProjectFacts.Stage.FORFEITED;
                case REVOKED -> ProjectFacts.Stage.REVOKED;
                default -> ProjectFacts.Stage.FUNDED;
            };
        }
        if (list != null) {
            return switch (list) {
                case FUNDED -> ProjectFacts.Stage.FUNDED;
                case RESERVE -> ProjectFacts.Stage.RESERVE;
                case NOT_FUNDABLE -> ProjectFacts.Stage.NOT_FUNDABLE;
                case INADMISSIBLE -> ProjectFacts.Stage.INADMISSIBLE;
                case EXCLUDED -> ProjectFacts.Stage.EXCLUDED;
            };
        }
        if (status == null || status == ProposalStatus.DRAFT || ProposalStatus.IN_REVIEW.contains(status)) {
            return ProjectFacts.Stage.SUBMITTED;
        }
        if (status == ProposalStatus.INADMISSIBLE) {
            return ProjectFacts.Stage.INADMISSIBLE;
        }
        if (status == ProposalStatus.EVALUATED && Boolean.FALSE.equals(fundable)) {
            return ProjectFacts.Stage.NOT_FUNDABLE;
        }
        return ProjectFacts.Stage.ADMITTED;
    }

    /** Admitted to evaluation: the admissibility decided and not inadmissible. */
    static boolean admitted(ProjectFacts.Stage stage) {
        return stage != ProjectFacts.Stage.SUBMITTED && stage != ProjectFacts.Stage.INADMISSIBLE;
    }

    /**
     * Evaluated fundable: in the funded or reserve list of the approved ranking (or funded since, moving up); before
     * the ranking, the consensus' outcome. Excluded from the ranking is not fundable.
     */
    static boolean fundable(ProjectFacts.Stage stage, Boolean evaluatedFundable, AwardFacts.Fact award) {
        return award != null || switch (stage) {
            case FUNDED, RESERVE -> true;
            case ADMITTED -> Boolean.TRUE.equals(evaluatedFundable);
            default -> false;
        };
    }

    private static ProjectFacts facts(FrozenSubmissions.Frozen f, Derived d, ProjectFacts.Stage stage,
            boolean fundable, AwardFacts.Fact award, String callCode, Map<Long, OrganizationPlaces.Place> places,
            Map<String, String> clusterOfArea) {
        Snapshot s = f.snapshot();
        ProposalContent c = d.content();
        List<ProjectFacts.Participant> participants = new ArrayList<>(d.members().size());
        boolean lead = true;
        for (Member m : d.members()) {
            OrganizationFacts o = m.facts();
            OrganizationPlaces.Place place = places.get(o.id());
            participants.add(new ProjectFacts.Participant(o.id(), o.name(), o.vatNumber(), o.type(), o.sizeClass(),
                    lead, m.eligibleCost(), award == null ? null : award.partnerGrants().get(o.id()),
                    place == null ? null : place.city()));
            lead = false;
        }
        List<ProjectFacts.ContractFact> contracts = new ArrayList<>();
        for (ProposalContent.Contract k : c.contractsOrEmpty()) {
            if (k.providerOrganizationId() == null || k.amount() == null) {
                continue;
            }
            OrganizationPlaces.Place place = places.get(k.providerOrganizationId());
            contracts.add(new ProjectFacts.ContractFact(k.providerOrganizationId(), place == null ? null
                    : place.name(), place == null ? null : place.vatNumber(), k.amount().setScale(2)));
        }
        boolean financed = award != null && !award.ended();
        return new ProjectFacts(f.submissionId(), f.proposalId(), f.callId(), s.callCode() == null ? callCode
                : s.callCode(), s.line(), f.protocolNumber(), f.receivedAt(), c.acronym(), c.title(), c.summary(),
                c.thematicAreaCode() == null ? null : clusterOfArea.get(c.thematicAreaCode()), c.thematicAreaCode(),
                c.plannedStart(), c.durationMonths(), stage, admitted(stage), fundable, financed, award == null ? null : award.status().name(), d.eligibleCost(),
                award == null ? null : award.grant(), award != null && award.ended() ? award.grant() : null,
                award != null && award.movedUp(), award == null ? null : award.cup(),
                award == null ? null : award.cor(), award == null ? null : award.decidedAt(),
                award == null ? null : award.endedAt(), Map.copyOf(d.costByCategory()), List.copyOf(participants),
                List.copyOf(contracts));
    }
}
