package org.openbando.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.Line;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.InputLimits;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/**
 * The officer's acts on a call's ranking and the reads of every page and API. Authorisation is the resources' (the
 * access matrix); one applicant reads only its own standing ({@link #standing}).
 *
 * <p>The draft is computed by {@link RankingSteps#draft} (the call process) and again after each exclusion or
 * reinstatement; its version (both lines carry it) is what the officer's acts name. Approval freezes both lines (a
 * trigger refuses any change); from then on the ranking, with the movements up its reserve lists, is public.
 */
@ApplicationScoped
@PublicApi
public class Rankings {

    /** The longest reason of an exclusion (the column's size). */
    public static final int MAX_REASON = 2000;
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final RankingStore store;
    private final RankingDrafts drafts;
    private final Submissions submissions;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<RankingApproved> approved;
    private final Event<MoveUpConfirmed> confirmed;

    Rankings(RankingStore store, RankingDrafts drafts, Submissions submissions, CallService calls,
            CurrentUser currentUser, AuditTrail audit, Clock clock, Event<RankingApproved> approved,
            Event<MoveUpConfirmed> confirmed) {
        this.store = store;
        this.drafts = drafts;
        this.submissions = submissions;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.approved = approved;
        this.confirmed = confirmed;
    }

    /** The call's ranking of a line: the draft while the officer reviews it, the approved one after. 404 before. */
    @Transactional
    public RankingView view(long callId, Line line) {
        RankingStore.Head head = store.head(callId, line).orElseThrow(() -> ProblemException.notFound(
                "Ranking of call", callId + " line " + line));
        return view(head);
    }

    /** Both lines (A then B) of the call's ranking. 404 before the draft. */
    @Transactional
    public List<RankingView> views(long callId) {
        List<RankingStore.Head> heads = store.heads(callId, false);
        if (heads.isEmpty()) {
            throw ProblemException.notFound("Ranking of call", callId);
        }
        return heads.stream().map(this::view).toList();
    }

    RankingView view(RankingStore.Head h) {
        return new RankingView(h.callId(), h.callCode(), h.callTitle(), h.line(), h.status(), h.version(),
                h.computedAt(), h.budget(), h.fromOtherLine(), h.toOtherLine(), h.allocated(), h.remainder(),
                h.tieBreaks(), store.rows(h.id()).stream().map(RankingStore.Row::entry).toList(), h.approvedAt(),
                h.approvedBy(), h.reserveValidUntil(), h.actDocumentId());
    }

    /**
     * Excludes a proposal from the draft ranking with a reason (audited); the draft is computed again.
     *
     * @param version the draft's version the officer saw (409 when it changed)
     */
    @Transactional
    public RankingView exclude(long callId, long submissionId, String reason, long version, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalid("reason", "give the reason of the exclusion");
        }
        if (why.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "must be at most " + MAX_REASON + " characters long");
        }
        String refused = InputLimits.refusedCharacter(why);
        if (refused != null) {
            throw ProblemException.invalid("reason", String.format(InputLimits.REFUSED_CHARACTER, refused));
        }
        List<RankingStore.Head> heads = draftsLocked(callId, version);
        RankingStore.Row row = entry(heads, submissionId);
        if (row.list() == RankingList.INADMISSIBLE) {
            throw ProblemException.conflict("inadmissible", "The proposal was declared inadmissible: it is not ranked");
        }
        if (row.list() == RankingList.EXCLUDED) {
            throw ProblemException.conflict("already-excluded", "The proposal is already excluded");
        }
        refuseOwn(submissionId, by);
        Instant now = clock.instant();
        store.exclude(callId, new RankingStore.Exclusion(submissionId, why, by, now));
        long rankingId = heads.stream().filter(h -> h.line() == row.line()).findFirst().orElseThrow().id();
        audit.record(by, "ranking", rankingId, "excluded", row.list().name(), RankingList.EXCLUDED.name(),
                "submission " + submissionId + ": " + why);
        drafts.compute(callId, version + 1);
        return view(callId, row.line());
    }

    /** Takes an exclusion back (audited); the draft is computed again. */
    @Transactional
    public RankingView reinstate(long callId, long submissionId, long version, String by) {
        List<RankingStore.Head> heads = draftsLocked(callId, version);
        RankingStore.Row row = entry(heads, submissionId);
        if (row.list() != RankingList.EXCLUDED) {
            throw ProblemException.conflict("not-excluded", "The proposal is not excluded");
        }
        refuseOwn(submissionId, by);
        store.reinstate(callId, submissionId);
        long rankingId = heads.stream().filter(h -> h.line() == row.line()).findFirst().orElseThrow().id();
        audit.record(by, "ranking", rankingId, "reinstated", RankingList.EXCLUDED.name(), null,
                "submission " + submissionId);
        drafts.compute(callId, version + 1);
        return view(callId, row.line());
    }

    /**
     * Approves the call's draft ranking (both lines): fires {@link RankingApproved}; from then on the ranking is
     * never rewritten. 409 when not a draft or the version changed; refused to an officer who is an applicant of a
     * ranked proposal's consortium (one person never decides on their own proposal).
     */
    @Transactional
    public List<RankingView> approve(long callId, long version, String by) {
        List<RankingStore.Head> heads = draftsLocked(callId, version);
        List<RankingStore.Row> rows = new ArrayList<>();
        heads.forEach(h -> rows.addAll(store.rows(h.id())));
        Optional<Long> actingFor = actingFor(by);
        Set<Long> proposalIds = rows.stream().filter(r -> r.list() != RankingList.INADMISSIBLE)
                .map(RankingStore.Row::proposalId).collect(Collectors.toSet());
        submissions.inForce(proposalIds).values().forEach(s -> s.refuseOwn(by, actingFor));
        Instant now = clock.instant();
        int months = calls.fundingRules(callId).reserveListValidityMonths();
        Instant validUntil = reserveValidUntil(now, months);
        store.approve(callId, by, now, validUntil);
        for (RankingStore.Head h : heads) {
            audit.record(by, "ranking", h.id(), "approved", RankingStatus.DRAFT.name(), RankingStatus.APPROVED.name(),
                    "call " + callId + " line " + h.line() + " version " + version + "; reserve list valid until "
                            + validUntil);
        }
        List<Long> funded = rows.stream().filter(r -> r.list() == RankingList.FUNDED)
                .map(RankingStore.Row::submissionId).toList();
        approved.fire(new RankingApproved(callId, by, funded));
        return views(callId);
    }

    /**
     * The end of the reserve list's validity: the reserve list is valid for {@code months} calendar months from the
     * day of the approval (Europe/Rome) and ends at the start of the day after its last day, as every term does
     * (approved on 15 March with 12 months: valid through 15 March of the next year, until 16 March 00:00).
     */
    static Instant reserveValidUntil(Instant approvedAt, int months) {
        return approvedAt.atZone(ROME).toLocalDate().plusMonths(months).plusDays(1).atStartOfDay(ROME).toInstant();
    }

    /** The public ranking of a call (approved lines only, with the movements up the reserve list); 404 before. */
    @Transactional
    public PublicRanking published(long callId) {
        List<RankingStore.Head> heads = store.heads(callId, false).stream()
                .filter(h -> h.status() == RankingStatus.APPROVED).toList();
        if (heads.isEmpty()) {
            throw ProblemException.notFound("Published ranking of call", callId);
        }
        List<Movement> movements = store.movements(callId, null);
        Map<Long, String> freed = new HashMap<>();
        Map<Long, Movement> movedUp = new HashMap<>();
        for (Movement m : movements) {
            if (m.freedBySubmissionId() != null && !"PARTIAL_RENUNCIATION".equals(m.cause())) {
                freed.put(m.freedBySubmissionId(), switch (m.cause()) {
                    case "REVOCATION" -> "REVOKED";
                    case "RENUNCIATION" -> "RENOUNCED";
                    case "FORFEITURE" -> "FORFEITED";
                    default -> m.cause();
                });
            }
            if ("CONFIRMED".equals(m.status()) && m.offeredSubmissionId() != null) {
                movedUp.put(m.offeredSubmissionId(), m);
            }
        }
        Instant now = clock.instant();
        List<PublicRanking.LineRanking> lines = new ArrayList<>();
        for (RankingStore.Head h : heads) {
            List<PublicRanking.Row> rows = new ArrayList<>();
            for (RankingStore.Row r : store.rows(h.id())) {
                Movement up = movedUp.get(r.submissionId());
                String status = freed.getOrDefault(r.submissionId(), up != null ? "MOVED_UP" : r.list().name());
                BigDecimal grant = up != null ? up.offeredGrant() : r.grant();
                boolean partial = up != null ? up.partial() : r.partial();
                rows.add(new PublicRanking.Row(r.position(), r.protocolNumber(), r.acronym(), r.title(),
                        r.leadName(), r.leadVatNumber(), r.total(), r.list(), status, grant, partial));
            }
            BigDecimal allocated = h.allocated();
            for (Movement m : movements) {
                if (m.line() == h.line() && "CONFIRMED".equals(m.status())) {
                    allocated = allocated.add(m.offeredGrant());
                }
            }
            lines.add(new PublicRanking.LineRanking(h.line(), h.budget().add(h.fromOtherLine())
                    .subtract(h.toOtherLine()), allocated, h.reserveValidUntil(), now.isBefore(h.reserveValidUntil()),
                    rows));
        }
        RankingStore.Head first = heads.get(0);
        return new PublicRanking(callId, first.callCode(), first.callTitle(), first.approvedAt(), lines);
    }

    /** The calls whose ranking is published, for the public list. */
    @Transactional
    public List<PublicRanking.CallRef> publishedCalls() {
        return store.approvedCalls();
    }

    /** The money a project is given (approved ranking or confirmed movement up), if any. */
    @Transactional
    public Optional<Allocation> allocation(long submissionId) {
        Optional<Map.Entry<RankingStore.Head, RankingStore.Row>> found = store.entryOf("submission_id", submissionId);
        if (found.isEmpty() || found.get().getKey().status() != RankingStatus.APPROVED) {
            return Optional.empty();
        }
        RankingStore.Head h = found.get().getKey();
        RankingStore.Row r = found.get().getValue();
        if (r.list() == RankingList.FUNDED) {
            return Optional.of(new Allocation(submissionId, r.proposalId(), h.callId(), h.line(), r.requestedGrant(),
                    r.grant(), r.partial(), Allocation.Origin.RANKING, null, h.approvedAt()));
        }
        if (r.list() == RankingList.RESERVE) {
            return store.movements(h.callId(), h.line()).stream().filter(m -> "CONFIRMED".equals(m.status())
                    && Long.valueOf(submissionId).equals(m.offeredSubmissionId())).findFirst()
                    .map(m -> new Allocation(submissionId, r.proposalId(), h.callId(), h.line(),
                            r.requestedGrant(), m.offeredGrant(), m.partial(), Allocation.Origin.MOVE_UP, m.id(),
                            m.confirmedAt()));
        }
        return Optional.empty();
    }

    /** Where a proposal stands in its call's published ranking (its applicants' page); empty until approved. */
    @Transactional
    public Optional<Standing> standing(long proposalId) {
        Optional<Map.Entry<RankingStore.Head, RankingStore.Row>> found = store.entryOf("proposal_id", proposalId);
        if (found.isEmpty() || found.get().getKey().status() != RankingStatus.APPROVED) {
            return Optional.empty();
        }
        RankingStore.Head h = found.get().getKey();
        RankingStore.Row r = found.get().getValue();
        Optional<Allocation> allocation = allocation(r.submissionId());
        boolean movedUp = allocation.map(a -> a.origin() == Allocation.Origin.MOVE_UP).orElse(false);
        return Optional.of(new Standing(h.callId(), h.line(), r.submissionId(), r.list(), r.position(), r.total(),
                allocation.map(Allocation::grant).orElse(null), allocation.map(Allocation::partial).orElse(false),
                movedUp, h.approvedAt(), h.reserveValidUntil()));
    }

    /**
     * A project's entry in its line's ranking with the ranking's head (status, tie-breaks in order, approval, the act's
     * document), for a project's dossier (issue 15); empty when the submission is in no ranking. One query.
     */
    @PublicApi
    public record RankedEntry(long callId, Line line, RankingStatus status, List<String> tieBreaks,
            java.time.Instant approvedAt, String approvedBy, Long actDocumentId, RankingView.Entry entry) {
    }

    /** As {@link RankedEntry}; no visibility check: the caller reads everything (the auditor's dossier). */
    public Optional<RankedEntry> rankedEntry(long submissionId) {
        return store.entryOf("submission_id", submissionId).map(e -> new RankedEntry(e.getKey().callId(),
                e.getKey().line(), e.getKey().status(), e.getKey().tieBreaks(), e.getKey().approvedAt(),
                e.getKey().approvedBy(), e.getKey().actDocumentId(), e.getValue().entry()));
    }

    /** The movements of the call's reserve lists, newest first. */
    @Transactional
    public List<Movement> movements(long callId) {
        if (store.heads(callId, false).isEmpty()) {
            throw ProblemException.notFound("Ranking of call", callId);
        }
        return store.movements(callId, null);
    }

    /** The officer confirms a PROPOSED movement: fires {@link MoveUpConfirmed}. */
    @Transactional
    public Movement confirmMovement(long callId, long movementId, String by) {
        Movement m = store.movement(callId, movementId, true).orElseThrow(() -> ProblemException.notFound(
                "Movement", movementId));
        if (!"PROPOSED".equals(m.status())) {
            throw ProblemException.conflict("movement-not-proposed", "The movement is " + m.status()
                    + ": only a proposed movement is confirmed");
        }
        RankingStore.Head h = store.head(callId, m.line()).orElseThrow();
        Instant now = clock.instant();
        if (!now.isBefore(h.reserveValidUntil())) {
            throw ProblemException.conflict("reserve-expired", "The reserve list expired on " + h.reserveValidUntil()
                    + ": nobody moves up");
        }
        refuseOwn(m.offeredSubmissionId(), by);
        if (store.settle(movementId, "PROPOSED", "CONFIRMED", by, now) != 1) {
            throw ProblemException.concurrentChange("The movement was settled meanwhile");
        }
        audit.record(by, "ranking", h.id(), "move-up-confirmed", "PROPOSED", "CONFIRMED", "movement " + movementId
                + ": submission " + m.offeredSubmissionId() + " offered " + m.offeredGrant().toPlainString()
                + (m.partial() ? " (partial)" : ""));
        confirmed.fire(new MoveUpConfirmed(callId, m.line(), movementId, m.offeredSubmissionId(), by));
        return store.movement(callId, movementId, false).orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Both lines' drafts, locked, at this version: 404 before, 409 when approved or the version changed. */
    private List<RankingStore.Head> draftsLocked(long callId, long version) {
        List<RankingStore.Head> heads = store.heads(callId, true);
        if (heads.isEmpty()) {
            throw ProblemException.notFound("Ranking of call", callId);
        }
        if (heads.stream().anyMatch(h -> h.status() != RankingStatus.DRAFT)) {
            throw ProblemException.conflict("ranking-approved", "The ranking is approved: it is never changed");
        }
        long current = heads.get(0).version();
        if (current != version) {
            throw ProblemException.staleVersion("The draft ranking", version, current);
        }
        return heads;
    }

    private RankingStore.Row entry(List<RankingStore.Head> heads, long submissionId) {
        for (RankingStore.Head h : heads) {
            for (RankingStore.Row r : store.rows(h.id())) {
                if (r.submissionId() == submissionId) {
                    return r;
                }
            }
        }
        throw ProblemException.notFound("Submission in the ranking", submissionId);
    }

    private void refuseOwn(long submissionId, String by) {
        submissions.get(submissionId).refuseOwn(by, actingFor(by));
    }

    /** The organisation the acting officer acts for (when {@code by} is the current user). */
    private Optional<Long> actingFor(String by) {
        return currentUser.isAuthenticated() && by.equals(currentUser.username()) ? currentUser.organizationId()
                : Optional.empty();
    }

    /**
     * A proposal's place in the published ranking, for its applicants.
     *
     * @param position among the line's fundable proposals, null when not fundable
     * @param movedUp whether it was funded by moving up the reserve list
     */
    @PublicApi
    public record Standing(long callId, Line line, long submissionId, RankingList list, Integer position,
            java.math.BigDecimal total, java.math.BigDecimal grant, boolean partial, boolean movedUp,
            java.time.Instant approvedAt, java.time.Instant reserveValidUntil) {
    }
}
