package org.openbando.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.Line;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.evaluation.Fundability;
import org.openbando.evaluation.Outcomes;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalView;
import org.openbando.submission.Submissions;

/**
 * Computes and stores the draft ranking of a call's two lines from the concluded evaluations: the reads are bulk (the
 * outcomes with their final scores and headings in one query, the arrivals in one, the cached full grants in one),
 * the order and the money are {@link Ranker} and {@link Allocator}, the entries are written in batches.
 */
@ApplicationScoped
class RankingDrafts {

    static final String INADMISSIBLE = "INADMISSIBLE";

    private final CallService calls;
    private final Outcomes outcomes;
    private final Submissions submissions;
    private final ProposalService proposals;
    private final FullGrants grants;
    private final AdmissibilityReview admissibility;
    private final RankingStore store;
    private final Clock clock;

    RankingDrafts(CallService calls, Outcomes outcomes, Submissions submissions, ProposalService proposals,
            FullGrants grants, RankingStore store, Clock clock, AdmissibilityReview admissibility) {
        this.admissibility = admissibility;
        this.calls = calls;
        this.outcomes = outcomes;
        this.submissions = submissions;
        this.proposals = proposals;
        this.grants = grants;
        this.store = store;
        this.clock = clock;
    }

    /** Computes the call's draft and stores it with this version (both lines). Requires a transaction. */
    void compute(long callId, long version) {
        FundingRules rules = calls.fundingRules(callId);
        List<Outcomes.Ranked> evaluated = outcomes.ofCall(callId);
        Map<Long, Submissions.Arrival> arrivals = submissions.arrivals(callId);
        Map<Long, RankingStore.Exclusion> exclusions = store.exclusions(callId);
        List<Long> fundableIds = evaluated.stream().filter(o -> o.fundable() && !exclusions.containsKey(
                o.submissionId()) && arrivals.containsKey(o.submissionId())).map(Outcomes.Ranked::submissionId)
                .toList();
        Map<Long, BigDecimal> fullGrants = grants.of(callId, rules, fundableIds);
        String criterion = rules.tieBreakCriterion();
        Set<Long> fundable = Set.copyOf(fundableIds);

        Map<Line, List<Ranker.Ranked>> ranked = new EnumMap<>(Line.class);
        Map<Line, List<Allocator.Item>> items = new EnumMap<>(Line.class);
        for (Line line : Line.values()) {
            List<Ranker.Candidate> candidates = evaluated.stream().filter(o -> fundable.contains(o.submissionId())
                    && line.name().equals(o.line())).map(o -> {
                        Submissions.Arrival a = arrivals.get(o.submissionId());
                        return new Ranker.Candidate(o.submissionId(), o.total(), criterion == null ? null
                                : o.finalScores().get(criterion), a.arrivedAt(), a.protocolNumber(),
                                o.acronym() == null ? "protocol " + a.protocolNumber() : o.acronym());
                    }).toList();
            List<Ranker.Ranked> order = Ranker.rank(candidates, criterion);
            ranked.put(line, order);
            items.put(line, order.stream().map(r -> new Allocator.Item(r.candidate().submissionId(),
                    fullGrants.get(r.candidate().submissionId()))).toList());
        }
        Allocator.Terms terms = new Allocator.Terms(rules.partialFundingAllowed(), rules.partialFundingMinShare());
        Allocator.Both money = Allocator.allocate(items.get(Line.A), rules.budget(Line.A), items.get(Line.B),
                rules.budget(Line.B), terms, rules.remainderToOtherLine());

        Map<Long, Outcomes.Ranked> byId = new HashMap<>();
        evaluated.forEach(o -> byId.put(o.submissionId(), o));
        List<Inadmissible> inadmissible = inadmissible(callId);
        Instant now = clock.instant();
        for (Line line : Line.values()) {
            Allocator.Result result = line == Line.A ? money.a() : money.b();
            List<RankingStore.Row> rows = new ArrayList<>();
            int ord = 0;
            List<Ranker.Ranked> order = ranked.get(line);
            for (int i = 0; i < order.size(); i++) {
                Ranker.Ranked r = order.get(i);
                Allocator.Decision d = result.decisions().get(i);
                Outcomes.Ranked o = byId.get(r.candidate().submissionId());
                rows.add(row(o, arrivals.get(o.submissionId()), d.list(), ++ord, r.position(),
                        r.candidate().tieBreakScore(), r.tie(), d.fullGrant(), d.grant(), d.partial(), List.of(),
                        null));
            }
            List<Outcomes.Ranked> others = evaluated.stream().filter(o -> line.name().equals(o.line())
                    && !fundable.contains(o.submissionId()) && arrivals.containsKey(o.submissionId()))
                    .sorted(Comparator.comparing(Outcomes.Ranked::total, Comparator.reverseOrder())
                            .thenComparingLong(Outcomes.Ranked::protocolNumber))
                    .toList();
            for (Outcomes.Ranked o : others) {
                if (!o.fundable() && !exclusions.containsKey(o.submissionId())) {
                    rows.add(row(o, arrivals.get(o.submissionId()), RankingList.NOT_FUNDABLE, ++ord, null,
                            criterion == null ? null : o.finalScores().get(criterion), null, null, null, false,
                            o.reasons().stream().map(RankingDrafts::code).toList(), null));
                }
            }
            for (Inadmissible x : inadmissible) {
                if (x.line() == line) {
                    rows.add(new RankingStore.Row(x.heading().submissionId(), x.heading().proposalId(), line,
                            x.heading().protocolNumber(), x.arrival().arrivedAt(), x.heading().acronym(),
                            x.heading().title(), x.heading().leadName(), null, x.leadOrganizationId(),
                            RankingList.INADMISSIBLE, ++ord, null, null, null, null, null, null, false,
                            inadmissibleReasons(x.reasons()), null, null, null));
                }
            }
            for (Outcomes.Ranked o : others) {
                RankingStore.Exclusion e = exclusions.get(o.submissionId());
                if (e != null) {
                    rows.add(row(o, arrivals.get(o.submissionId()), RankingList.EXCLUDED, ++ord, null,
                            criterion == null ? null : o.finalScores().get(criterion), null,
                            fullGrants.get(o.submissionId()), null, false, o.reasons().stream()
                                    .map(RankingDrafts::code).toList(), e));
                }
            }
            BigDecimal from = line == Line.A ? money.bToA() : money.aToB();
            BigDecimal to = line == Line.A ? money.aToB() : money.bToA();
            store.saveDraft(new RankingStore.Head(0, callId, line, rules.code(), rules.title(), RankingStatus.DRAFT,
                    version, now, rules.budget(line), from, to, result.allocated(), result.left(),
                    Ranker.chain(criterion), null, null, null, null, null), rows);
        }
    }

    /** The code INADMISSIBLE, then the officer's reasons, each on one line (the column keeps one reason a line). */
    static List<String> inadmissibleReasons(List<String> stated) {
        List<String> reasons = new ArrayList<>();
        reasons.add(INADMISSIBLE);
        stated.stream().map(r -> r.replaceAll("[\\r\\n]+", " ").strip()).filter(r -> !r.isEmpty())
                .forEach(reasons::add);
        return reasons;
    }

    private static String code(Fundability.Reason reason) {
        return reason.criterion() == null ? reason.code().name() : reason.code().name() + ":" + reason.criterion();
    }

    private static RankingStore.Row row(Outcomes.Ranked o, Submissions.Arrival a, RankingList list, int ord,
            Integer position, BigDecimal tieBreakScore, RankingView.Tie tie, BigDecimal requested, BigDecimal grant,
            boolean partial, List<String> reasons, RankingStore.Exclusion e) {
        return new RankingStore.Row(o.submissionId(), o.proposalId(), Line.valueOf(o.line()), a.protocolNumber(),
                a.arrivedAt(), o.acronym(), o.title(), o.leadName(), o.leadVatNumber(), o.leadOrganizationId(),
                list, ord, position, o.total(), tieBreakScore, tie, requested, grant, partial, reasons,
                e == null ? null : e.reason(), e == null ? null : e.by(), e == null ? null : e.at());
    }

    /** @param reasons the officer's reasons (the act lists them after the code INADMISSIBLE) */
    private record Inadmissible(Line line, Submissions.Heading heading, Submissions.Arrival arrival,
            Long leadOrganizationId, List<String> reasons) {
    }

    /** The call's proposals declared inadmissible, with their submissions in force (few: read one by one). */
    private List<Inadmissible> inadmissible(long callId) {
        List<ProposalView> declared = proposals.inCall(callId, Set.of(ProposalStatus.INADMISSIBLE));
        if (declared.isEmpty()) {
            return List.of();
        }
        Map<Long, Submissions.SubmissionView> inForce = submissions.inForce(declared.stream().map(ProposalView::id)
                .toList());
        Map<Long, Submissions.Heading> headings = submissions.headings(inForce.values().stream()
                .map(Submissions.SubmissionView::id).collect(Collectors.toList()));
        Map<Long, List<String>> reasons = admissibility.inadmissibilityReasons(inForce.values().stream()
                .map(Submissions.SubmissionView::id).toList());
        List<Inadmissible> found = new ArrayList<>();
        for (ProposalView p : declared) {
            Submissions.SubmissionView s = inForce.get(p.id());
            if (s == null || !headings.containsKey(s.id())) {
                continue;
            }
            found.add(new Inadmissible(p.line(), headings.get(s.id()), new Submissions.Arrival(s.id(),
                    s.proposalId(), s.protocolNumber(), s.arrivedAt()), s.leadOrganizationId(),
                    reasons.getOrDefault(s.id(), List.of())));
        }
        found.sort(Comparator.comparingLong(x -> x.heading().protocolNumber()));
        return found;
    }
}
