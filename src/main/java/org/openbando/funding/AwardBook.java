package org.openbando.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.GrantComputation;
import org.openbando.call.GrantStatement;
import org.openbando.call.Line;
import org.openbando.document.GrantLines;
import org.openbando.document.ProposalHeading;
import org.openbando.identity.UserService;
import org.openbando.notification.MessageKind;
import org.openbando.notification.Notifications;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.OrganizationType;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Json;
import org.openbando.shared.Languages;
import org.openbando.submission.ReceiptDocuments;
import org.openbando.submission.Submissions;

/**
 * What the acts ({@link Awards}) and the process's steps ({@link FundingSteps}) share: the award's views, the money
 * freed, the messages to the beneficiary, the wording of the grant in a document's language, the audit.
 */
@ApplicationScoped
class AwardBook {

    static final String AUDITED = "grant_award";

    private final Clock clock;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final CallService calls;
    private final Submissions submissions;
    private final ReceiptDocuments receipts;
    private final UserService users;
    private final Notifications notifications;
    private final ClusterDirectory clusters;
    private final Event<MoneyFreed> moneyFreed;

    AwardBook(Clock clock, ObjectMapper json, AuditTrail audit, CallService calls, Submissions submissions,
            ReceiptDocuments receipts, UserService users, Notifications notifications, ClusterDirectory clusters,
            Event<MoneyFreed> moneyFreed) {
        this.clock = clock;
        this.json = json;
        this.audit = audit;
        this.calls = calls;
        this.submissions = submissions;
        this.receipts = receipts;
        this.users = users;
        this.notifications = notifications;
        this.clusters = clusters;
        this.moneyFreed = moneyFreed;
    }

    /** The application's JSON mapper (a method: fields of a bean are not read through its proxy). */
    ObjectMapper json() {
        return json;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return now().atZone(ClockProducer.ROME).toLocalDate();
    }

    /** The award's row, locked until the transaction ends; 404 when there is none. */
    static GrantAward locked(long submissionId) {
        GrantAward award = GrantAward.locked(submissionId);
        if (award == null) {
            throw org.openbando.shared.ProblemException.notFound("Award of submission", submissionId);
        }
        return award;
    }

    /** The award's version moves on with every act, also when only a proof of it changed. */
    static void touch(GrantAward award) {
        GrantAward.getEntityManager().lock(award, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    void record(String by, GrantAward award, String action, String from, String to, String detail) {
        audit.record(by, AUDITED, award.id, action, from, to, detail);
    }

    /** The computation as frozen at the opening. */
    GrantComputation.Result frozen(GrantAward award) {
        return Json.read(json, award.computation, GrantComputation.Result.class,
                "The computation of award " + award.id);
    }

    /** The computation in force: after a partial renunciation the reduced one, otherwise the frozen one. */
    GrantComputation.Result current(GrantAward award) {
        return award.reducedComputation == null ? frozen(award)
                : Json.read(json, award.reducedComputation, GrantComputation.Result.class,
                        "The reduced computation of award " + award.id);
    }

    /** The lead's organisation (position 0 of the partners). */
    static long lead(GrantAward award) {
        return AwardPartner.<AwardPartner>find("awardId = ?1 and position = 0", award.id).firstResult().organizationId;
    }

    /** The organisations of the consortium as submitted (the lead first). */
    List<Long> members(GrantAward award) {
        return submissions.get(award.submissionId).members();
    }

    /** Line B: the enterprises of the consortium (each must join a cluster); empty for Line A. */
    List<GrantComputation.Participant> toJoin(GrantAward award) {
        if (award.line != Line.B) {
            return List.of();
        }
        return frozen(award).partners().stream().map(GrantComputation.PartnerGrant::participant)
                .filter(p -> p.type() == OrganizationType.ENTERPRISE).toList();
    }

    /** The enterprises of {@link #toJoin} whose membership is confirmed by a proof. */
    static Set<Long> confirmed(List<MembershipProof> proofs) {
        return proofs.stream().filter(p -> MembershipProof.CONFIRMED.equals(p.verdict)).map(p -> p.organizationId)
                .collect(Collectors.toSet());
    }

    /** The language of the beneficiary's documents: that of a user acting for the lead, or Italian. */
    String language(GrantAward award) {
        List<String> acting = users.actingFor(lead(award));
        return acting.isEmpty() ? "it" : users.languageOf(acting.get(0));
    }

    FundingTexts texts(String language) {
        return Languages.texts(FundingTexts.class, Locale.forLanguageTag(language));
    }

    ProposalHeading heading(GrantAward award) {
        return receipts.heading(award.submissionId).heading();
    }

    /** Fires {@link MoneyFreed} for the award's line (in the caller's transaction) and audits it. */
    void free(GrantAward award, BigDecimal amount, String cause, String by) {
        if (amount.signum() <= 0) {
            return;
        }
        record(by, award, "money-freed", null, cause, amount.toPlainString());
        moneyFreed.fire(new MoneyFreed(award.callId, award.line, award.submissionId, amount, cause));
    }

    /** A message to the users acting for the lead (and for {@code alsoFor} when another enterprise is concerned). */
    void tell(GrantAward award, MessageKind kind, BigDecimal amount, Instant dueAt, String reason, Long alsoFor) {
        Map<String, String> values = new HashMap<>();
        Submissions.Heading h = submissions.headings(List.of(award.submissionId)).get(award.submissionId);
        if (h != null) {
            putIf(values, "acronym", h.acronym());
            putIf(values, "title", h.title());
            values.put("protocol", Long.toString(h.protocolNumber()));
        }
        values.put("call", calls.fundingRules(award.callId).code());
        if (amount != null) {
            values.put("amount", amount.toPlainString());
        }
        if (dueAt != null) {
            values.put("dueAt", dueAt.toString());
        }
        putIf(values, "reason", reason);
        long lead = lead(award);
        String path = "/funding/" + award.submissionId;
        notifications.sendToOrganization(lead, kind, values, path);
        if (alsoFor != null && alsoFor != lead) {
            notifications.sendToOrganization(alsoFor, kind, values, path);
        }
    }

    private static void putIf(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /**
     * The grant as a document states it, worded in {@code language}: the figures and their sentences are the call's
     * {@link GrantStatement} (one wording for the estimate, the pages and the decision); the roles, kinds, category
     * names and the rounding rule are funding's texts.
     */
    GrantLines lines(GrantComputation.Result r, String language) {
        FundingTexts t = texts(language);
        GrantStatement statement = GrantStatement.of(r, language);
        List<GrantLines.Partner> partners = new ArrayList<>();
        for (int i = 0; i < statement.partners().size(); i++) {
            GrantStatement.PartnerStatement p = statement.partners().get(i);
            List<GrantLines.Category> categories = p.categories().stream().map(c -> new GrantLines.Category(
                    t.category(c.category().name()), c.eligibleCost(), c.intensity(), c.explanation(), c.grant()))
                    .toList();
            partners.add(new GrantLines.Partner(p.name(), p.vatNumber(), i == 0 ? "LEAD" : "PARTNER",
                    t.kind(p.sizeClass() == null ? "RESEARCH" : p.sizeClass().name()), categories,
                    p.eligibleCost(), p.grant()));
        }
        String rounding = t.rounding() + (r.partial() ? " " + t.partial(plain(r.grant()), plain(r.fullGrant())) : "");
        return new GrantLines(partners, statement.collaboration().explanation(), r.eligibleCost(), r.grant(),
                r.fullGrant(), r.partial(), rounding);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    // --- views

    AwardView view(GrantAward award) {
        return views(List.of(award)).get(0);
    }

    List<AwardView> views(List<GrantAward> awards) {
        if (awards.isEmpty()) {
            return List.of();
        }
        List<Long> ids = awards.stream().map(a -> a.id).toList();
        Map<Long, Submissions.Heading> headings = submissions.headings(awards.stream().map(a -> a.submissionId)
                .toList());
        Map<Long, List<MembershipProof>> proofs = new HashMap<>();
        MembershipProof.<MembershipProof>list("awardId in ?1 order by id", ids)
                .forEach(p -> proofs.computeIfAbsent(p.awardId, k -> new ArrayList<>()).add(p));
        Set<Long> clusterIds = new HashSet<>();
        proofs.values().forEach(l -> l.forEach(p -> clusterIds.add(p.clusterId)));
        Map<Long, ClusterDirectory.ClusterRef> clusterRefs = clusterIds.isEmpty() ? Map.of()
                : clusters.clusters(clusterIds);
        Map<Long, String> callCodes = new HashMap<>();
        List<AwardView> views = new ArrayList<>();
        for (GrantAward a : awards) {
            String code = callCodes.computeIfAbsent(a.callId, id -> calls.fundingRules(id).code());
            views.add(view(a, code, headings.get(a.submissionId), proofs.getOrDefault(a.id, List.of()), clusterRefs));
        }
        return views;
    }

    private AwardView view(GrantAward a, String callCode, Submissions.Heading h, List<MembershipProof> proofs,
            Map<Long, ClusterDirectory.ClusterRef> clusterRefs) {
        GrantComputation.Result current = current(a);
        Map<Long, GrantComputation.Participant> participants = new LinkedHashMap<>();
        current.partners().forEach(p -> participants.put(p.participant().organizationId(), p.participant()));
        Set<Long> confirmed = confirmed(proofs);
        List<AwardView.Joiner> joiners = toJoin(a).stream().map(p -> new AwardView.Joiner(p.organizationId(),
                p.name(), p.vatNumber(), confirmed.contains(p.organizationId()))).toList();
        List<AwardView.Proof> proofViews = proofs.stream().map(p -> {
            GrantComputation.Participant who = participants.get(p.organizationId);
            ClusterDirectory.ClusterRef cluster = clusterRefs.get(p.clusterId);
            return new AwardView.Proof(p.id, p.organizationId, who == null ? null : who.name(), p.clusterId,
                    cluster == null ? null : cluster.name(), p.fileName, p.sha256, p.uploadedBy, p.uploadedAt,
                    p.verdict, p.verdictBy, p.verdictAt, p.verdictReason);
        }).toList();
        LocalDate today = today();
        boolean complete = ConcessionRules.missing(a.cup, a.cor, a.durcIssuedOn, today, a.antimafiaRequired,
                a.antimafiaReference, a.line, a.lineBCommitmentAt).isEmpty();
        AwardView.Checklist checklist = new AwardView.Checklist(a.cup, a.cupBy, a.cupAt, a.cor, a.corBy, a.corAt,
                a.durcIssuedOn, a.durcIssuedOn == null ? null : ConcessionRules.durcValidUntil(a.durcIssuedOn),
                a.durcBy, a.durcAt, a.antimafiaRequired, a.antimafiaReference, a.antimafiaBy, a.antimafiaAt,
                a.line == Line.B, a.lineBCommitmentBy, a.lineBCommitmentAt, complete);
        List<Long> documents = new ArrayList<>();
        for (Long id : new Long[] {a.decisionDocumentId, a.noticeDocumentId, a.revocationDocumentId}) {
            if (id != null) {
                documents.add(id);
            }
        }
        return new AwardView(a.submissionId, a.proposalId, a.callId, callCode, a.line,
                h == null ? null : h.acronym(), h == null ? null : h.title(), h == null ? null : h.leadName(),
                a.status, a.joining, a.currentGrant(), a.fullGrant, a.partial,
                a.origin == org.openbando.ranking.Allocation.Origin.MOVE_UP, current, checklist,
                a.decisionDocumentId, a.decidedAt, a.acceptBy, a.acceptedAt, a.acceptedBy, a.renouncedAt,
                a.renounceReason, a.renouncedAmount, a.joiningDueAt, joiners, proofViews, a.noticeAt,
                a.observationsDueAt, a.observations, a.revokedAt, a.revocationReason, documents, a.version);
    }

    static List<GrantAward> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : GrantAward.list("id in ?1", ids);
    }
}
