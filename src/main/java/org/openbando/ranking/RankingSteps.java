package org.openbando.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.Line;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentService;
import org.openbando.document.RankingActData;
import org.openbando.evaluation.Consensus;
import org.openbando.notification.MessageKind;
import org.openbando.notification.Notifications;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * The call process's service tasks after the evaluation phase ({@code bpmn/call.bpmn}); each runs in the engine's
 * transaction and is idempotent (a retried job does the work once).
 */
@ApplicationScoped
@PublicApi
public class RankingSteps {

    /** The causes of freed money (funding's MoneyFreed). */
    public static final Set<String> CAUSES = Set.of("REVOCATION", "RENUNCIATION", "FORFEITURE",
            "PARTIAL_RENUNCIATION");

    private final RankingStore store;
    private final RankingDrafts drafts;
    private final CallService calls;
    private final DocumentService documents;
    private final Consensus consensus;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    RankingSteps(RankingStore store, RankingDrafts drafts, CallService calls, DocumentService documents,
            Consensus consensus, Notifications notifications, AuditTrail audit, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.calls = calls;
        this.documents = documents;
        this.consensus = consensus;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Task_DraftRanking: computes the draft ranking of both lines from the concluded evaluations. Once a draft exists
     * it is left as it is (the officer's exclusions compute it again), so that a retried job changes nothing.
     */
    @Transactional
    public void draft(long callId) {
        if (!store.heads(callId, true).isEmpty()) {
            return;
        }
        drafts.compute(callId, 0);
        store.heads(callId, false).forEach(h -> audit.record(AuditTrail.SYSTEM, "ranking", h.id(), "drafted", null,
                RankingStatus.DRAFT.name(), "call " + callId + " line " + h.line() + ": allocated "
                        + h.allocated().toPlainString() + " of " + h.budget().toPlainString()));
    }

    /**
     * Task_PublishRanking (asynchronous): issues the signed ranking act of each line, publishes the ranking, releases
     * the applicants' Evaluation Summary Reports and tells each lead's users where their proposal stands (once);
     * returns the funded submissions (each gets a funding process).
     */
    @Transactional
    public List<Long> publish(long callId) {
        List<RankingStore.Head> heads = store.heads(callId, true);
        if (heads.isEmpty() || heads.stream().anyMatch(h -> h.status() != RankingStatus.APPROVED)) {
            throw new IllegalStateException("The ranking of call " + callId + " is not approved");
        }
        Instant now = clock.instant();
        List<Long> funded = new ArrayList<>();
        String by = heads.get(0).approvedBy();
        for (RankingStore.Head h : heads) {
            List<RankingStore.Row> rows = store.rows(h.id());
            rows.stream().filter(r -> r.list() == RankingList.FUNDED).forEach(r -> funded.add(r.submissionId()));
            if (h.publishedAt() != null) {
                continue;
            }
            DocumentFile act = documents.issueForCall(callId, "ranking:" + callId + ":" + h.line(), "it",
                    h.approvedBy(), actData(h, rows));
            store.published(h.id(), act.id(), now);
            audit.record(AuditTrail.SYSTEM, "ranking", h.id(), "published", null, null, "act " + act.id()
                    + " sha256=" + act.sha256());
            for (RankingStore.Row r : rows) {
                if (r.list() == RankingList.INADMISSIBLE || r.leadOrganizationId() == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                put(values, "acronym", r.acronym());
                put(values, "title", r.title());
                values.put("call", h.callCode());
                values.put("protocol", String.valueOf(r.protocolNumber()));
                values.put("outcome", r.list().name());
                if (r.grant() != null) {
                    values.put("amount", r.grant().toPlainString());
                }
                notifications.sendToOrganization(r.leadOrganizationId(), MessageKind.RANKING_PUBLISHED, values,
                        "/proposals/" + r.proposalId());
            }
        }
        consensus.release(callId, by);
        return funded;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static final java.time.format.DateTimeFormatter ROME_MILLIS = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm:ss.SSS").withZone(Rankings.ROME);

    /** The act's data (Italian): every list of the line with its rows, the tie-breaks, ties and reasons worded. */
    RankingActData actData(RankingStore.Head h, List<RankingStore.Row> rows) {
        Map<RankingList, List<RankingActData.Row>> lists = new HashMap<>();
        for (RankingList l : RankingList.values()) {
            lists.put(l, new ArrayList<>());
        }
        String criterion = h.tieBreaks().stream().filter(t -> t.startsWith(Ranker.CRITERION_PREFIX))
                .map(t -> t.substring(Ranker.CRITERION_PREFIX.length())).findFirst().orElse(null);
        for (int i = 0; i < rows.size(); i++) {
            RankingStore.Row r = rows.get(i);
            List<String> reasons = r.list() == RankingList.EXCLUDED && r.exclusionReason() != null
                    ? List.of(r.exclusionReason()) : r.reasons().stream().map(RankingSteps::reason).toList();
            lists.get(r.list()).add(new RankingActData.Row(r.position(), r.protocolNumber(), r.arrivedAt(),
                    r.acronym(), r.title(), r.leadName(), r.leadVatNumber(), r.total(), r.requestedGrant(),
                    r.grant(), r.partial(), tieNote(rows, i, criterion), reasons));
        }
        List<String> tieBreaks = h.tieBreaks().stream().map(RankingSteps::worded).toList();
        return new RankingActData(h.callCode(), h.callTitle(), h.line().name(), h.budget(), h.fromOtherLine(),
                h.toOtherLine(), h.allocated(), h.remainder(), tieBreaks, h.approvedBy(), h.approvedAt(),
                h.reserveValidUntil(), lists.get(RankingList.FUNDED), lists.get(RankingList.RESERVE),
                lists.get(RankingList.NOT_FUNDABLE), lists.get(RankingList.INADMISSIBLE),
                lists.get(RankingList.EXCLUDED));
    }

    /**
     * The tie of a fundable row worded in Italian against its neighbour in the tie (the one before it; the first of
     * a tie, the one after it), from the same figures as {@link Ranker#explain}; null without a tie.
     */
    static String tieNote(List<RankingStore.Row> rows, int i, String criterion) {
        RankingStore.Row r = rows.get(i);
        if (r.tie() == null || r.position() == null) {
            return null;
        }
        boolean first = i == 0 || rows.get(i - 1).tie() == null || rows.get(i - 1).position() == null
                || rows.get(i - 1).tie().group() != r.tie().group();
        RankingStore.Row other = first ? (i + 1 < rows.size() ? rows.get(i + 1) : null) : rows.get(i - 1);
        if (other == null) {
            return null;
        }
        String label = other.acronym() == null ? "protocollo n. " + other.protocolNumber() : other.acronym();
        String head = "pari punteggio totale (" + r.total().toPlainString() + ") con " + label + "; ";
        String placed = first ? ": precede" : ": segue";
        String by = r.tie().brokenBy();
        if (by != null && by.startsWith(Ranker.CRITERION_PREFIX)) {
            return head + "criterio " + criterion + " " + plain(r.tieBreakScore()) + " contro "
                    + plain(other.tieBreakScore()) + placed;
        }
        String same = criterion == null ? "" : "criterio " + criterion + " pari a " + plain(r.tieBreakScore()) + "; ";
        if (Ranker.ARRIVAL.equals(by)) {
            return head + same + "ricevuta il " + ROME_MILLIS.format(r.arrivedAt()) + " contro il "
                    + ROME_MILLIS.format(other.arrivedAt()) + " (ora di Roma)" + placed;
        }
        return head + same + "ricevute nello stesso millisecondo; protocollo n. " + r.protocolNumber() + " contro n. "
                + other.protocolNumber() + placed;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    /** A reason code worded in Italian (the evaluation's codes, INADMISSIBLE). */
    static String reason(String code) {
        int colon = code.indexOf(':');
        String head = colon < 0 ? code : code.substring(0, colon);
        String criterion = colon < 0 ? "" : code.substring(colon + 1);
        return switch (head) {
            case "TOTAL_BELOW_THRESHOLD" -> "punteggio totale inferiore alla soglia di finanziabilità";
            case "CRITERION_BELOW_MINIMUM" -> "punteggio del criterio " + criterion + " inferiore al minimo";
            case "TRL_START_NOT_CREDIBLE" -> "TRL di partenza non credibile";
            case "TRL_TARGET_NOT_REACHABLE" -> "TRL obiettivo non raggiungibile";
            case RankingDrafts.INADMISSIBLE -> "dichiarata inammissibile all'esito dell'istruttoria di ammissibilità";
            default -> code;
        };
    }

    private static String worded(String code) {
        if (code.startsWith(Ranker.CRITERION_PREFIX)) {
            return "punteggio del criterio " + code.substring(Ranker.CRITERION_PREFIX.length())
                    + " (il più alto precede)";
        }
        return Ranker.ARRIVAL.equals(code) ? "ricezione anteriore della domanda (al millisecondo)"
                : "numero di protocollo inferiore";
    }

    /** The end of the reserve lists' validity (the timer of SubProcess_ReserveList). */
    @Transactional
    public Instant reserveValidUntil(long callId) {
        return store.heads(callId, false).stream().filter(h -> h.status() == RankingStatus.APPROVED)
                .map(RankingStore.Head::reserveValidUntil).findFirst()
                .orElseThrow(() -> new IllegalStateException("The ranking of call " + callId + " is not approved"));
    }

    /**
     * Task_OfferReserve: money freed on a line (message MoneyFreed): records the movement and, when the next fundable
     * proposal of the valid reserve list can be offered the line's free money (in full, or partially as the call
     * allows), proposes it to the officer. Returns the movement's id and whether an offer awaits the officer.
     *
     * <p>The line's free money: what the approved ranking left unallocated (and did not move to the other line), plus
     * all money freed since, less the grants offered by movements proposed or confirmed. The next in line is the first
     * proposal of the reserve list (in order) not yet offered; when the money is not enough for it (in full, or its
     * minimum share when partial funding is allowed) the money is KEPT for the next freed amount.
     */
    @Transactional
    public Offer moneyFreed(long callId, Line line, BigDecimal amount, String cause, long freedBySubmissionId) {
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw ProblemException.invalid("amount", "must be a non-negative amount in EUR with at most 2 decimals");
        }
        if (cause == null || !CAUSES.contains(cause)) {
            throw ProblemException.invalid("cause", "must be one of " + CAUSES);
        }
        RankingStore.Head h = store.heads(callId, true).stream().filter(x -> x.line() == line
                && x.status() == RankingStatus.APPROVED).findFirst().orElseThrow(() -> new IllegalStateException(
                        "The ranking of call " + callId + " line " + line + " is not approved"));
        List<Movement> movements = store.movements(callId, line);
        BigDecimal free = h.remainder().add(amount);
        Set<Long> offered = new java.util.HashSet<>();
        for (Movement m : movements) {
            free = free.add(m.freed());
            if ("PROPOSED".equals(m.status()) || "CONFIRMED".equals(m.status())) {
                free = free.subtract(m.offeredGrant());
                offered.add(m.offeredSubmissionId());
            }
        }
        Instant now = clock.instant();
        String status;
        RankingStore.Row next = null;
        Allocator.Offer offer = null;
        if (!now.isBefore(h.reserveValidUntil())) {
            status = "EXPIRED";
        } else {
            next = store.rows(h.id()).stream().filter(r -> r.list() == RankingList.RESERVE
                    && !offered.contains(r.submissionId())).findFirst().orElse(null);
            FundingRules rules = calls.fundingRules(callId);
            offer = Allocator.offer(free, next == null ? null : new Allocator.Item(next.submissionId(),
                    next.requestedGrant()), new Allocator.Terms(rules.partialFundingAllowed(),
                            rules.partialFundingMinShare()));
            status = switch (offer.kind()) {
                case FULL, PARTIAL -> "PROPOSED";
                case KEPT -> "KEPT";
                case NOBODY -> "NOBODY";
            };
        }
        boolean proposed = "PROPOSED".equals(status);
        Movement m = new Movement(0, callId, line, cause, freedBySubmissionId, amount, free,
                proposed ? next.submissionId() : null, null, proposed ? offer.grant() : null,
                proposed && offer.kind() == Allocator.OfferKind.PARTIAL, status, now, null, null);
        long id = store.insertMovement(m, proposed ? next.requestedGrant() : null);
        audit.record(AuditTrail.SYSTEM, "ranking", h.id(), "money-freed", null, status, "movement " + id + ": "
                + cause + " of submission " + freedBySubmissionId + " freed " + amount.toPlainString() + ", free "
                + free.toPlainString() + (proposed ? "; offered " + offer.grant().toPlainString() + " to submission "
                        + next.submissionId() : ""));
        return new Offer(id, proposed);
    }

    /** Timer_ReserveExpired: the reserve lists are past their validity; pending offers lapse. */
    @Transactional
    public void reserveExpired(long callId) {
        Instant now = clock.instant();
        for (Long id : store.proposed(callId)) {
            if (store.settle(id, "PROPOSED", "EXPIRED", null, now) == 1) {
                store.heads(callId, false).stream().findFirst().ifPresent(h -> audit.record(AuditTrail.SYSTEM,
                        "ranking", h.id(), "offer-lapsed", "PROPOSED", "EXPIRED", "movement " + id));
            }
        }
        List<Long> ids = store.heads(callId, false).stream().map(RankingStore.Head::id).collect(Collectors.toList());
        ids.forEach(id -> audit.record(AuditTrail.SYSTEM, "ranking", id, "reserve-expired", null, null, null));
    }

    /** The outcome of freed money: the movement and whether it awaits the officer's confirmation. */
    @PublicApi
    public record Offer(long movementId, boolean proposed) {
    }
}
