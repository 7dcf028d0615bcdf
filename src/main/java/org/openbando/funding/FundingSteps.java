package org.openbando.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.GrantComputation;
import org.openbando.call.Line;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentService;
import org.openbando.document.FundingDecisionData;
import org.openbando.document.RevocationData;
import org.openbando.document.RevocationNoticeData;
import org.openbando.notification.MessageKind;
import org.openbando.ranking.Allocation;
import org.openbando.ranking.Rankings;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Json;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * The funding process's service tasks ({@code bpmn/funding.bpmn}, one process per funded project, business key the
 * submission's id); each runs in the engine's transaction and is idempotent.
 */
@ApplicationScoped
@PublicApi
public class FundingSteps {

    /** The cause of a {@link MoneyFreed}. */
    static final String REVOCATION = "REVOCATION";
    static final String RENUNCIATION = "RENUNCIATION";
    static final String FORFEITURE = "FORFEITURE";
    static final String PARTIAL_RENUNCIATION = "PARTIAL_RENUNCIATION";

    private final AwardBook book;
    private final Rankings rankings;
    private final CallService calls;
    private final Submissions submissions;
    private final DocumentService documents;

    FundingSteps(AwardBook book, Rankings rankings, CallService calls, Submissions submissions,
            DocumentService documents) {
        this.book = book;
        this.rankings = rankings;
        this.calls = calls;
        this.submissions = submissions;
        this.documents = documents;
    }

    /**
     * Task_OpenConcession: the award from the ranking's allocation, its computation per partner frozen from the
     * submission (scaled when partial); returns the line (the Line B branch) and whether anti-mafia is required.
     */
    @Transactional
    public Opened open(long submissionId) {
        GrantAward existing = GrantAward.of(submissionId);
        if (existing != null) {
            return opened(existing);
        }
        Allocation allocation = rankings.allocation(submissionId).orElseThrow(() -> ProblemException.conflict(
                "not-funded", "Submission " + submissionId + " is given no money by the ranking"));
        FundingRules rules = calls.fundingRules(allocation.callId());
        Snapshot snapshot = submissions.snapshot(submissionId);
        GrantComputation.Result full = GrantComputation.compute(rules.aidIntensities(), snapshot.participants());
        GrantComputation.Result result = allocation.grant().compareTo(full.grant()) < 0
                ? full.scaledTo(allocation.grant()) : full;
        GrantAward award = new GrantAward();
        award.submissionId = submissionId;
        award.proposalId = allocation.proposalId();
        award.callId = allocation.callId();
        award.line = allocation.line();
        award.origin = allocation.origin();
        award.movementId = allocation.movementId();
        award.grantAmount = result.grant();
        award.fullGrant = result.fullGrant();
        award.partial = result.partial();
        award.computation = Json.write(book.json(), result, "The computation of submission " + submissionId);
        award.openedAt = book.now();
        award.status = AwardStatus.CONCESSION;
        award.joining = award.line == Line.B ? JoiningStatus.PENDING : JoiningStatus.NOT_REQUIRED;
        award.antimafiaRequired = ConcessionRules.antimafiaRequired(award.grantAmount);
        award.persist();
        for (int i = 0; i < result.partners().size(); i++) {
            GrantComputation.PartnerGrant p = result.partners().get(i);
            AwardPartner partner = new AwardPartner();
            partner.awardId = award.id;
            partner.position = i;
            partner.organizationId = p.participant().organizationId();
            partner.name = p.participant().name();
            partner.vatNumber = p.participant().vatNumber();
            partner.eligibleCost = p.eligibleCost();
            partner.grantAmount = p.grant();
            partner.computation = Json.write(book.json(), p, "The grant of a partner of submission "
                    + submissionId);
            partner.persist();
        }
        book.record(AuditTrail.SYSTEM, award, "concession-opened", null, AwardStatus.CONCESSION.name(),
                "grant " + award.grantAmount.toPlainString() + " of " + award.fullGrant.toPlainString() + ", "
                        + allocation.origin());
        return opened(award);
    }

    private static Opened opened(GrantAward award) {
        return new Opened(award.line, award.line == Line.B, award.antimafiaRequired);
    }

    /**
     * Task_IssueFundingDecision: the signed funding decision (PDF/A) with CUP, COR, the grant per partner with its
     * computation, the obligations and terms; returns the terms the process's timers wait for. The checklist must be
     * complete on the day (409 {@code checklist-incomplete} naming what is missing).
     */
    @Transactional
    public Terms issueDecision(long submissionId) {
        GrantAward award = AwardBook.locked(submissionId);
        if (award.decisionDocumentId != null) {
            return new Terms(award.acceptBy, award.joiningDueAt);
        }
        if (award.status != AwardStatus.CONCESSION || award.concessionCompletedAt == null) {
            throw ProblemException.conflict("concession-not-completed", "The concession of submission "
                    + submissionId + " is " + award.status + (award.concessionCompletedAt == null
                            ? ", its checklist not completed by an officer" : ""));
        }
        requireComplete(award);
        FundingRules rules = calls.fundingRules(award.callId);
        Instant decidedAt = book.now();
        Instant acceptBy = ClockProducer.termEnd(decidedAt, rules.grantAcceptanceTermDays());
        Instant joiningDueAt = award.line == Line.B ? ClockProducer.termEnd(decidedAt, rules.clusterJoiningTermDays())
                : null;
        String language = book.language(award);
        FundingTexts t = book.texts(language);
        // the decision's template states the terms of acceptance and joining from their fields: the further ones
        List<String> obligations = List.of(t.obligation_report());
        FundingDecisionData data = new FundingDecisionData(book.heading(award), award.cup, award.cor,
                award.durcIssuedOn, award.antimafiaRequired ? award.antimafiaReference : null,
                book.lines(book.current(award), language), award.origin == Allocation.Origin.MOVE_UP, obligations,
                rules.grantAcceptanceTermDays(), acceptBy,
                award.line == Line.B ? rules.clusterJoiningTermDays() : null, joiningDueAt,
                award.concessionCompletedBy, decidedAt);
        DocumentFile decision = documents.issue(award.proposalId, "funding:" + submissionId, language,
                award.concessionCompletedBy, data);
        award.decisionDocumentId = decision.id();
        award.decidedAt = decidedAt;
        award.acceptBy = acceptBy;
        award.joiningDueAt = joiningDueAt;
        award.status = AwardStatus.DECIDED;
        book.record(award.concessionCompletedBy, award, "funding-decided", AwardStatus.CONCESSION.name(),
                AwardStatus.DECIDED.name(), "document " + decision.id() + " sha256=" + decision.sha256()
                        + ", accept by " + acceptBy + (joiningDueAt == null ? "" : ", join by " + joiningDueAt));
        book.tell(award, MessageKind.FUNDING_DECIDED, award.currentGrant(), acceptBy, null, null);
        return new Terms(acceptBy, joiningDueAt);
    }

    /** 409 {@code checklist-incomplete} naming each task missing on the day (the DURC must be valid on it). */
    void requireComplete(GrantAward award) {
        List<String> missing = ConcessionRules.missing(award.cup, award.cor, award.durcIssuedOn, book.today(),
                award.antimafiaRequired, award.antimafiaReference, award.line, award.lineBCommitmentAt);
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "checklist-incomplete", "Checklist incomplete", "The concession of "
                    + "submission " + award.submissionId + " lacks: " + String.join(", ", missing),
                    missing.stream().map(f -> new Problem.FieldViolation(f, why(f, award))).toList());
        }
    }

    private static String why(String field, GrantAward award) {
        return switch (field) {
            case "cup" -> "the CUP is not recorded";
            case "cor" -> "the COR (national state-aid register) is not recorded";
            case "durcIssuedOn" -> award.durcIssuedOn == null ? "the DURC is not recorded"
                    : "the DURC issued on " + award.durcIssuedOn + " is valid until "
                            + ConcessionRules.durcValidUntil(award.durcIssuedOn) + ": not on the day of the decision";
            case "antimafiaReference" -> "the grant exceeds EUR 150,000.00: the anti-mafia documentation is required";
            default -> "Line B: the commitment to join a cluster is not on file";
        };
    }

    /** Timer_AcceptanceTerm: not accepted in time: forfeited, the money freed ({@link MoneyFreed}). */
    @Transactional
    public void forfeit(long submissionId) {
        GrantAward award = AwardBook.locked(submissionId);
        if (award.status != AwardStatus.DECIDED) {
            return; // forfeited already, or accepted or renounced in the meantime: nothing to forfeit
        }
        BigDecimal freed = award.currentGrant();
        award.status = AwardStatus.FORFEITED;
        award.forfeitedAt = book.now();
        book.record(AuditTrail.SYSTEM, award, "forfeited", AwardStatus.DECIDED.name(), AwardStatus.FORFEITED.name(),
                "not accepted by " + award.acceptBy);
        book.free(award, freed, FORFEITURE, AuditTrail.SYSTEM);
        book.tell(award, MessageKind.GRANT_FORFEITED, freed, null, null, null);
    }

    /**
     * Renounced (whole): the money was freed ({@link MoneyFreed}) by the beneficiary's act in its transaction; this
     * step checks that it was. Idempotent with the act that renounced.
     */
    @Transactional
    public void renounced(long submissionId) {
        GrantAward award = AwardBook.locked(submissionId);
        if (award.status != AwardStatus.RENOUNCED) {
            throw ProblemException.conflict("not-renounced", "The grant of submission " + submissionId + " is "
                    + award.status + ", not renounced");
        }
    }

    /**
     * Timer_JoiningTerm: the Line B term ended unfulfilled: the notice before revocation (PDF/A, reasons, the
     * observations term); returns the end of that term.
     */
    @Transactional
    public Instant issueRevocationNotice(long submissionId) {
        GrantAward award = AwardBook.locked(submissionId);
        if (award.noticeAt != null) {
            return award.observationsDueAt;
        }
        if (award.line != Line.B || award.decidedAt == null || award.ended()
                || award.joining == JoiningStatus.CONFIRMED) {
            throw ProblemException.conflict("no-notice", "The grant of submission " + submissionId + " ("
                    + award.status + ", joining " + award.joining + ") calls for no notice before revocation");
        }
        FundingRules rules = calls.fundingRules(award.callId);
        Instant now = book.now();
        Instant due = ClockProducer.termEnd(now, rules.revocationObservationsTermDays());
        String language = book.language(award);
        List<String> reasons = List.of(notJoined(award, language));
        RevocationNoticeData data = new RevocationNoticeData(book.heading(award), award.cup, award.currentGrant(),
                reasons, award.joiningDueAt, rules.revocationObservationsTermDays(), due, now);
        DocumentFile notice = documents.issue(award.proposalId, "revocation-notice:" + submissionId, language,
                AuditTrail.SYSTEM, data);
        JoiningStatus from = award.joining;
        award.noticeAt = now;
        award.noticeDocumentId = notice.id();
        award.observationsDueAt = due;
        award.joining = JoiningStatus.NOTICE;
        book.record(AuditTrail.SYSTEM, award, "revocation-notified", from.name(), JoiningStatus.NOTICE.name(),
                "document " + notice.id() + ", observations by " + due);
        book.tell(award, MessageKind.REVOCATION_NOTIFIED, null, due, reasons.get(0), null);
        return due;
    }

    /** Why the grant is to be revoked: the joining term ended without these enterprises' membership confirmed. */
    private String notJoined(GrantAward award, String language) {
        Set<Long> confirmed = AwardBook.confirmed(MembershipProof.of(award.id));
        String missing = book.toJoin(award).stream().filter(p -> !confirmed.contains(p.organizationId()))
                .map(p -> p.name() + " (" + p.vatNumber() + ")").collect(Collectors.joining(", "));
        return book.texts(language).reason_not_joined(ClockProducer.lastDayOf(award.joiningDueAt).toString(),
                missing);
    }

    /** Task_IssueRevocation: the signed revocation decision (PDF/A); the money freed ({@link MoneyFreed}). */
    @Transactional
    public void revoke(long submissionId) {
        GrantAward award = AwardBook.locked(submissionId);
        if (award.revokedAt != null) {
            return;
        }
        if (!Boolean.TRUE.equals(award.revoke) || award.ended()) {
            throw ProblemException.conflict("not-to-revoke", "The grant of submission " + submissionId + " ("
                    + award.status + ") has no decision to revoke it");
        }
        String language = book.language(award);
        List<String> reasons = new ArrayList<>();
        reasons.add(notJoined(award, language));
        reasons.add(award.revocationReason);
        BigDecimal freed = award.currentGrant();
        Instant now = book.now();
        RevocationData data = new RevocationData(book.heading(award), award.cup, award.cor, freed, reasons,
                award.noticeAt, award.observations, award.observationsAt,
                award.observations == null ? null : award.revocationReason, award.revocationDecidedBy, now);
        DocumentFile revocation = documents.issue(award.proposalId, "revocation:" + submissionId, language,
                award.revocationDecidedBy, data);
        AwardStatus from = award.status;
        award.status = AwardStatus.REVOKED;
        award.joining = JoiningStatus.REVOKED;
        award.revokedAt = now;
        award.revocationDocumentId = revocation.id();
        book.record(award.revocationDecidedBy, award, "revoked", from.name(), AwardStatus.REVOKED.name(),
                "document " + revocation.id() + " sha256=" + revocation.sha256());
        book.free(award, freed, REVOCATION, award.revocationDecidedBy);
        book.tell(award, MessageKind.GRANT_REVOKED, freed, null, award.revocationReason, null);
    }

    /** What the process needs after the concession opens. */
    @PublicApi
    public record Opened(Line line, boolean lineB, boolean antimafiaRequired) {
    }

    /** The terms after the decision: acceptance, and for Line B joining (null for Line A). */
    @PublicApi
    public record Terms(Instant acceptBy, Instant joiningDueAt) {
    }
}
