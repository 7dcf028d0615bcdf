package org.openbando.funding;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.call.GrantComputation;
import org.openbando.document.PdfInspector;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.notification.MessageKind;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.InputLimits;
import org.openbando.shared.Json;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;
import org.openbando.submission.Submissions;

/**
 * The acts on a funded project and its reads. The officer completes the concession checklist and decides; the
 * beneficiary (a user acting for the lead) accepts or renounces and proves the Line B membership. Each act is audited
 * with who and when, checks the award's version (409 when it changed) and answers bad input with problem+json naming
 * the field (a malformed CUP or COR: 400 {@code cup} / {@code cor}).
 *
 * <p>Who sees what: officers and auditors every award; a user acting for an organisation of the consortium as
 * submitted its own award; anybody else 404. The officer's acts are refused (403 {@code own-proposal}) to an officer
 * who submitted the proposal or acts for an organisation of its consortium. The beneficiary's acts are the lead's
 * (a proof of membership also that enterprise's).
 */
@ApplicationScoped
@PublicApi
public class Awards {

    static final int MAX_REASON = 2000;
    static final int MAX_OBSERVATIONS = 4000;
    static final int MAX_REFERENCE = 100;
    static final int MAX_FILE_NAME = 255;

    private final AwardBook book;
    private final FundingSteps steps;
    private final CurrentUser currentUser;
    private final Submissions submissions;
    private final OrganizationDirectory organizations;
    private final ClusterDirectory clusters;
    private final PdfInspector inspector;
    private final long maxProofBytes;
    private final Event<ConcessionCompleted> concessionCompleted;
    private final Event<GrantAccepted> grantAccepted;
    private final Event<GrantRenounced> grantRenounced;
    private final Event<MembershipConfirmed> membershipConfirmed;
    private final Event<ObservationsSent> observationsSent;
    private final Event<RevocationDecided> revocationDecided;

    Awards(AwardBook book, FundingSteps steps, CurrentUser currentUser, Submissions submissions,
            OrganizationDirectory organizations, ClusterDirectory clusters, PdfInspector inspector,
            @ConfigProperty(name = "openbando.attachments.max-size", defaultValue = "10M") MemorySize maxProofSize,
            Event<ConcessionCompleted> concessionCompleted, Event<GrantAccepted> grantAccepted,
            Event<GrantRenounced> grantRenounced, Event<MembershipConfirmed> membershipConfirmed,
            Event<ObservationsSent> observationsSent, Event<RevocationDecided> revocationDecided) {
        this.book = book;
        this.steps = steps;
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.organizations = organizations;
        this.clusters = clusters;
        this.inspector = inspector;
        this.maxProofBytes = maxProofSize.asLongValue();
        this.concessionCompleted = concessionCompleted;
        this.grantAccepted = grantAccepted;
        this.grantRenounced = grantRenounced;
        this.membershipConfirmed = membershipConfirmed;
        this.observationsSent = observationsSent;
        this.revocationDecided = revocationDecided;
    }

    // --- reads

    /** A funded project, for the officer, the auditor or one of its beneficiaries (404 to anyone else). */
    @Transactional
    public AwardView view(long submissionId, String user) {
        GrantAward award = GrantAward.of(submissionId);
        if (award == null || !visible(award, user)) {
            throw ProblemException.notFound("Award of submission", submissionId);
        }
        return book.view(award);
    }

    /** The funded projects of a call (officers, auditors), in the order their concessions opened (the ranking's). */
    @Transactional
    public List<AwardView> ofCall(long callId) {
        return book.views(GrantAward.list("callId = ?1 order by line, origin desc, id", callId));
    }

    /** The funded projects whose lead the user acts for (the beneficiary's list). */
    @Transactional
    public List<AwardView> mine(String user) {
        Optional<Long> organization = caller(user) && currentUser.isApplicant() ? currentUser.organizationId()
                : Optional.empty();
        if (organization.isEmpty()) {
            return List.of();
        }
        return book.views(GrantAward.list("select a from GrantAward a where exists (select p from AwardPartner p "
                + "where p.awardId = a.id and p.position = 0 and p.organizationId = ?1) order by a.id",
                organization.get()));
    }

    /** The bytes of a proof of membership, for the officer, the auditor and the beneficiary. */
    @Transactional
    public byte[] proof(long submissionId, long proofId, String user) {
        GrantAward award = GrantAward.of(submissionId);
        if (award == null || !visible(award, user)) {
            throw ProblemException.notFound("Award of submission", submissionId);
        }
        MembershipProof proof = MembershipProof.findById(proofId);
        if (proof == null || proof.awardId != award.id) {
            throw ProblemException.notFound("Proof of membership", proofId);
        }
        return proof.content;
    }

    /** A proof's file as stored: its name, SHA-256 and bytes. */
    @PublicApi
    public record ProofFile(String fileName, String sha256, byte[] content) {
    }

    /** As {@link #proof}, with the file's name and SHA-256 (for a download). */
    @Transactional
    public ProofFile proofFile(long submissionId, long proofId, String user) {
        byte[] content = proof(submissionId, proofId, user);
        MembershipProof proof = MembershipProof.findById(proofId);
        return new ProofFile(proof.fileName, proof.sha256, content);
    }

    /**
     * A funded project and its proofs' files, for a project's dossier (issue 15): empty when the submission was not
     * funded. No visibility check: the caller reads everything (the auditor's and the administrator's dossier).
     */
    @Transactional
    public Optional<AwardView> find(long submissionId) {
        GrantAward award = GrantAward.of(submissionId);
        return award == null ? Optional.empty() : Optional.of(book.view(award));
    }

    /** As {@link #proofFile}, without a visibility check (see {@link #find}); empty for a proof of another award. */
    @Transactional
    public Optional<ProofFile> proofFileOf(long submissionId, long proofId) {
        GrantAward award = GrantAward.of(submissionId);
        MembershipProof proof = award == null ? null : MembershipProof.findById(proofId);
        return proof == null || proof.awardId != award.id ? Optional.empty()
                : Optional.of(new ProofFile(proof.fileName, proof.sha256, proof.content));
    }

    // --- the officer's checklist

    /** CUP: 15 characters, {@code ^[A-Z][0-9]{2}[A-Z][0-9]{11}$}, issued by an external system. */
    @Transactional
    public AwardView recordCup(long submissionId, String cup, long version, String by) {
        if (!ConcessionRules.validCup(cup)) {
            throw ProblemException.invalid("cup", "a CUP is 15 characters: a capital letter, two digits, a capital "
                    + "letter and eleven digits (e.g. J12B23000120007)");
        }
        GrantAward award = officers(submissionId, version, by);
        inConcession(award);
        String from = award.cup;
        award.cup = cup;
        award.cupBy = by;
        award.cupAt = book.now();
        book.record(by, award, "cup-recorded", from, cup, null);
        return done(award);
    }

    /** COR: the code of the aid's registration in the national state-aid register (RNA). */
    @Transactional
    public AwardView recordCor(long submissionId, String cor, long version, String by) {
        if (!ConcessionRules.validCor(cor)) {
            throw ProblemException.invalid("cor", "a COR (the registration of the aid in the national state-aid "
                    + "register) is 1 to 20 digits");
        }
        GrantAward award = officers(submissionId, version, by);
        inConcession(award);
        String from = award.cor;
        award.cor = cor;
        award.corBy = by;
        award.corAt = book.now();
        book.record(by, award, "cor-recorded", from, cor, null);
        return done(award);
    }

    /**
     * DURC issued on a day: valid 120 days from it; it must be valid on the day of the decision. Also after the
     * concession is completed, until the decision is issued (a DURC that lapsed in between is renewed).
     */
    @Transactional
    public AwardView recordDurc(long submissionId, LocalDate issuedOn, long version, String by) {
        LocalDate today = book.today();
        if (issuedOn == null) {
            throw ProblemException.invalid("durcIssuedOn", "the day the DURC was issued is required (YYYY-MM-DD)");
        }
        if (issuedOn.isAfter(today)) {
            throw ProblemException.invalid("durcIssuedOn", "the DURC cannot be issued after today (" + today + ")");
        }
        if (!ConcessionRules.durcValidOn(issuedOn, today)) {
            throw ProblemException.invalid("durcIssuedOn", "a DURC issued on " + issuedOn + " was valid until "
                    + ConcessionRules.durcValidUntil(issuedOn) + " (" + ConcessionRules.DURC_VALIDITY_DAYS
                    + " days): it is not valid today (" + today + ")");
        }
        GrantAward award = officers(submissionId, version, by);
        // a DURC that lapsed between the completion and the decision is renewed here (the decision waits for it)
        if (award.status != AwardStatus.CONCESSION) {
            inConcession(award);
        }
        LocalDate from = award.durcIssuedOn;
        award.durcIssuedOn = issuedOn;
        award.durcBy = by;
        award.durcAt = book.now();
        book.record(by, award, "durc-recorded", from == null ? null : from.toString(), issuedOn.toString(), null);
        return done(award);
    }

    /** Anti-mafia documentation (required when the grant exceeds EUR 150,000): its reference. */
    @Transactional
    public AwardView recordAntimafia(long submissionId, String reference, long version, String by) {
        String ref = text("reference", reference, MAX_REFERENCE);
        GrantAward award = officers(submissionId, version, by);
        inConcession(award);
        String from = award.antimafiaReference;
        award.antimafiaReference = ref;
        award.antimafiaBy = by;
        award.antimafiaAt = book.now();
        book.record(by, award, "antimafia-recorded", from, ref, null);
        return done(award);
    }

    /** Line B: the beneficiary's commitment to join a cluster is on file (the officer records it). */
    @Transactional
    public AwardView recordLineBCommitment(long submissionId, long version, String by) {
        GrantAward award = officers(submissionId, version, by);
        inConcession(award);
        if (award.line != org.openbando.call.Line.B) {
            throw ProblemException.conflict("not-line-b", "Submission " + submissionId + " is of Line "
                    + award.line + ": there is no obligation to join a cluster");
        }
        award.lineBCommitmentBy = by;
        award.lineBCommitmentAt = book.now();
        book.record(by, award, "line-b-commitment-recorded", null, null, null);
        return done(award);
    }

    /** The checklist is complete: the officer orders the funding decision ({@link ConcessionCompleted}). */
    @Transactional
    public AwardView completeConcession(long submissionId, long version, String by) {
        GrantAward award = officers(submissionId, version, by);
        inConcession(award);
        steps.requireComplete(award);
        award.concessionCompletedBy = by;
        award.concessionCompletedAt = book.now();
        book.record(by, award, "concession-completed", AwardStatus.CONCESSION.name(), null, null);
        concessionCompleted.fire(new ConcessionCompleted(submissionId, by));
        return done(award);
    }

    // --- the beneficiary's acts

    /** The beneficiary accepts the decision within the term ({@link GrantAccepted}). */
    @Transactional
    public AwardView accept(long submissionId, long version, String by) {
        GrantAward award = leads(submissionId, version, by);
        awaitingAcceptance(award);
        award.status = AwardStatus.ACCEPTED;
        award.acceptedAt = book.now();
        award.acceptedBy = by;
        book.record(by, award, "accepted", AwardStatus.DECIDED.name(), AwardStatus.ACCEPTED.name(), null);
        grantAccepted.fire(new GrantAccepted(submissionId, by));
        return done(award);
    }

    /** The beneficiary renounces the whole grant ({@link GrantRenounced}, {@link MoneyFreed}). */
    @Transactional
    public AwardView renounce(long submissionId, String reason, long version, String by) {
        String why = text("reason", reason, MAX_REASON);
        GrantAward award = leads(submissionId, version, by);
        if (award.status == AwardStatus.DECIDED) {
            awaitingAcceptance(award);
        } else if (award.status != AwardStatus.ACCEPTED) {
            throw ProblemException.conflict("not-renounceable", "The grant of submission " + submissionId + " is "
                    + award.status + ": only a decided or accepted grant can be renounced");
        }
        AwardStatus from = award.status;
        BigDecimal freed = award.currentGrant();
        award.status = AwardStatus.RENOUNCED;
        award.renouncedAt = book.now();
        award.renouncedBy = by;
        award.renounceReason = why;
        award.renouncedAmount = award.grantAmount;
        book.record(by, award, "renounced", from.name(), AwardStatus.RENOUNCED.name(), why);
        grantRenounced.fire(new GrantRenounced(submissionId, by, why));
        book.free(award, freed, FundingSteps.RENUNCIATION, by);
        return done(award);
    }

    /** After acceptance, the beneficiary renounces part of the grant ({@link MoneyFreed} PARTIAL_RENUNCIATION). */
    @Transactional
    public AwardView renouncePart(long submissionId, BigDecimal amount, String reason, long version, String by) {
        if (amount == null) {
            throw ProblemException.invalid("amount", "the amount renounced (EUR) is required");
        }
        if (!InputLimits.isBounded(amount) || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalid("amount", "an amount in EUR above zero, with at most two decimals");
        }
        String why = text("reason", reason, MAX_REASON);
        GrantAward award = leads(submissionId, version, by);
        if (award.status != AwardStatus.ACCEPTED) {
            throw ProblemException.conflict("not-accepted", "The grant of submission " + submissionId + " is "
                    + award.status + ": part of a grant is renounced after accepting it");
        }
        BigDecimal current = award.currentGrant();
        if (amount.compareTo(current) >= 0) {
            throw ProblemException.invalid("amount", "less than the grant in force, EUR " + current.toPlainString()
                    + " (to renounce it all, renounce without an amount)");
        }
        BigDecimal part = amount.setScale(2);
        BigDecimal remaining = current.subtract(part);
        GrantComputation.Result reduced = book.frozen(award).scaledTo(remaining);
        award.reducedComputation = Json.write(book.json(), reduced, "The reduced computation of submission "
                + submissionId);
        award.renouncedAmount = award.renouncedAmount.add(part);
        award.renouncedAt = book.now();
        award.renouncedBy = by;
        award.renounceReason = why;
        Map<Long, BigDecimal> grants = new java.util.HashMap<>();
        reduced.partners().forEach(p -> grants.put(p.participant().organizationId(), p.grant()));
        AwardPartner.of(award.id).forEach(p -> p.reducedGrant = grants.get(p.organizationId));
        book.record(by, award, "renounced-in-part", current.toPlainString(), remaining.toPlainString(), why);
        book.free(award, part, FundingSteps.PARTIAL_RENUNCIATION, by);
        return done(award);
    }

    /**
     * Line B: the proof that an enterprise of the consortium joined a cluster (a PDF, checked as uploads are), by a
     * user acting for that enterprise or for the lead.
     */
    @Transactional
    public AwardView submitProof(long submissionId, long organizationId, long clusterId, String fileName, byte[] pdf,
            long version, String by) {
        GrantAward award = GrantAward.locked(submissionId);
        if (award == null || !visible(award, by)) {
            throw ProblemException.notFound("Award of submission", submissionId);
        }
        long lead = AwardBook.lead(award);
        if (!currentUser.mayActFor(lead) && !currentUser.mayActFor(organizationId)) {
            throw ProblemException.forbidden("A proof of membership is attached by a user acting for the lead or "
                    + "for the enterprise it is about");
        }
        stale(award, version);
        if (award.line != org.openbando.call.Line.B) {
            throw ProblemException.conflict("not-line-b", "Submission " + submissionId + " is of Line "
                    + award.line + ": there is no obligation to join a cluster");
        }
        if (award.decidedAt == null || award.ended() || award.joining == JoiningStatus.CONFIRMED) {
            throw ProblemException.conflict("not-awaiting-proof", "The grant of submission " + submissionId + " is "
                    + award.status + " (joining " + award.joining + "): no proof of membership is awaited");
        }
        if (book.toJoin(award).stream().noneMatch(p -> p.organizationId() == organizationId)) {
            throw ProblemException.invalid("organizationId", "not an enterprise of this consortium");
        }
        if (clusters.clusters(List.of(clusterId)).isEmpty()) {
            throw ProblemException.invalid("clusterId", "no such cluster");
        }
        byte[] content = checkedPdf(pdf);
        MembershipProof proof = new MembershipProof();
        proof.awardId = award.id;
        proof.organizationId = organizationId;
        proof.clusterId = clusterId;
        proof.fileName = fileName(fileName);
        proof.content = content;
        proof.sha256 = Sha256.of(content);
        proof.sizeBytes = content.length;
        proof.uploadedBy = by;
        proof.uploadedAt = book.now();
        proof.persist();
        JoiningStatus from = award.joining;
        if (award.joining == JoiningStatus.PENDING) {
            award.joining = JoiningStatus.PROOF_SUBMITTED;
        }
        book.record(by, award, "proof-submitted", from.name(), award.joining.name(), "proof " + proof.id
                + " organisation " + organizationId + " cluster " + clusterId + " sha256=" + proof.sha256);
        AwardBook.touch(award);
        return done(award);
    }

    /**
     * Line B: the officer confirms the membership (registered in {@code organization} as active on the day, for the
     * proof given) or rejects the proof with a reason; when every enterprise's membership is confirmed,
     * {@link MembershipConfirmed} fires.
     */
    @Transactional
    public AwardView judgeProof(long submissionId, long proofId, boolean confirmed, String reason, long version,
            String by) {
        String why = confirmed ? optional("reason", reason, MAX_REASON) : text("reason", reason, MAX_REASON);
        GrantAward award = officers(submissionId, version, by);
        MembershipProof proof = MembershipProof.findById(proofId);
        if (proof == null || proof.awardId != award.id) {
            throw ProblemException.notFound("Proof of membership", proofId);
        }
        if (proof.verdict != null) {
            throw ProblemException.conflict("already-judged", "Proof " + proofId + " was " + proof.verdict + " by "
                    + proof.verdictBy);
        }
        if (award.ended() || award.joining == JoiningStatus.CONFIRMED) {
            throw ProblemException.conflict("not-awaiting-proof", "The grant of submission " + submissionId + " is "
                    + award.status + " (joining " + award.joining + "): no proof is awaited");
        }
        if (confirmed) {
            LocalDate today = book.today();
            ClusterDirectory.ClusterRef cluster = clusters.clusters(List.of(proof.clusterId)).get(proof.clusterId);
            OrganizationFacts facts = organizations.facts(List.of(proof.organizationId), today)
                    .get(proof.organizationId);
            if (cluster == null || facts == null || !facts.clustersOnDay().contains(cluster.code())) {
                throw ProblemException.conflict("membership-not-registered", "The membership of organisation "
                        + proof.organizationId + " of cluster " + (cluster == null ? proof.clusterId : cluster.code())
                        + " is not registered as active today (" + today + "): register it first");
            }
        }
        Instant now = book.now();
        proof.verdict = confirmed ? MembershipProof.CONFIRMED : MembershipProof.REJECTED;
        proof.verdictBy = by;
        proof.verdictAt = now;
        proof.verdictReason = why;
        JoiningStatus from = award.joining;
        List<MembershipProof> proofs = MembershipProof.of(award.id);
        if (confirmed) {
            Set<Long> done = AwardBook.confirmed(proofs);
            done.add(proof.organizationId);
            boolean all = book.toJoin(award).stream().allMatch(p -> done.contains(p.organizationId()));
            if (all) {
                award.joining = JoiningStatus.CONFIRMED;
                award.membershipConfirmedAt = now;
                award.membershipConfirmedBy = by;
            }
            book.record(by, award, "proof-confirmed", from.name(), award.joining.name(), "proof " + proofId);
            if (all) {
                membershipConfirmed.fire(new MembershipConfirmed(submissionId, by));
                book.tell(award, MessageKind.MEMBERSHIP_CONFIRMED, null, null, null, null);
            }
        } else {
            boolean awaited = proofs.stream().anyMatch(p -> p.verdict == null && !p.id.equals(proof.id));
            if (award.joining == JoiningStatus.PROOF_SUBMITTED && !awaited) {
                award.joining = JoiningStatus.PENDING;
            }
            book.record(by, award, "proof-rejected", from.name(), award.joining.name(), "proof " + proofId + ": "
                    + why);
            book.tell(award, MessageKind.PROOF_REJECTED, null, award.joining == JoiningStatus.NOTICE
                    ? award.observationsDueAt : award.joiningDueAt, why, proof.organizationId);
        }
        AwardBook.touch(award);
        return done(award);
    }

    /** After the notice before revocation, the beneficiary's observations ({@link ObservationsSent}). */
    @Transactional
    public AwardView sendObservations(long submissionId, String observations, long version, String by) {
        String text = text("observations", observations, MAX_OBSERVATIONS);
        GrantAward award = leads(submissionId, version, by);
        if (award.joining != JoiningStatus.NOTICE || award.observationsAt != null || award.ended()) {
            throw ProblemException.conflict("not-awaiting-observations", "The grant of submission " + submissionId
                    + " awaits no observations (joining " + award.joining + ")");
        }
        if (!book.now().isBefore(award.observationsDueAt)) {
            throw ProblemException.conflict("term-expired", "The term for observations ended at "
                    + org.openbando.shared.ClockProducer.inRome(award.observationsDueAt));
        }
        award.observations = text;
        award.observationsBy = by;
        award.observationsAt = book.now();
        book.record(by, award, "observations-sent", null, null, null);
        observationsSent.fire(new ObservationsSent(submissionId, by));
        return done(award);
    }

    /**
     * After the observations (or their term), the officer revokes with reasons that answer the observations, or
     * finds the obligation met ({@link RevocationDecided}).
     */
    @Transactional
    public AwardView decideRevocation(long submissionId, boolean revoke, String reason, long version, String by) {
        String why = text("reason", reason, MAX_REASON);
        GrantAward award = officers(submissionId, version, by);
        if (award.joining != JoiningStatus.NOTICE || award.revocationDecidedAt != null || award.ended()) {
            throw ProblemException.conflict("not-awaiting-decision", "The grant of submission " + submissionId
                    + " awaits no decision on its revocation (joining " + award.joining + ")");
        }
        if (award.observationsAt == null && book.now().isBefore(award.observationsDueAt)) {
            throw ProblemException.conflict("observations-term-running", "The beneficiary may send observations "
                    + "until " + org.openbando.shared.ClockProducer.inRome(award.observationsDueAt)
                    + ": decide after them or after the term");
        }
        award.revoke = revoke;
        award.revocationReason = why;
        award.revocationDecidedBy = by;
        award.revocationDecidedAt = book.now();
        if (!revoke) {
            award.joining = JoiningStatus.CONFIRMED;
            award.membershipConfirmedAt = award.revocationDecidedAt;
            award.membershipConfirmedBy = by;
        }
        book.record(by, award, "revocation-decided", JoiningStatus.NOTICE.name(), revoke ? "REVOKE" : "MET", why);
        revocationDecided.fire(new RevocationDecided(submissionId, revoke, by));
        return done(award);
    }

    // --- who may act

    private boolean caller(String user) {
        return user != null && currentUser.isAuthenticated() && currentUser.username().equals(user);
    }

    /** Officers and auditors see every award; a user acting for an organisation of the consortium its own. */
    private boolean visible(GrantAward award, String user) {
        if (!caller(user)) {
            return false;
        }
        if (currentUser.hasRole(Role.OFFICER) || currentUser.hasRole(Role.AUDITOR)) {
            return true;
        }
        return currentUser.isApplicant() && currentUser.organizationId()
                .map(o -> book.members(award).contains(o)).orElse(false);
    }

    /** The award for an officer's act: 404 when unseen, 403 to a non-officer or on their own proposal, 409 stale. */
    private GrantAward officers(long submissionId, long version, String by) {
        GrantAward award = GrantAward.locked(submissionId);
        if (award == null || !visible(award, by)) {
            throw ProblemException.notFound("Award of submission", submissionId);
        }
        if (!currentUser.hasRole(Role.OFFICER)) {
            throw ProblemException.forbidden("Only an officer acts on the concession");
        }
        submissions.get(submissionId).refuseOwn(by, currentUser.organizationId());
        stale(award, version);
        return award;
    }

    /** The award for the beneficiary's act: 404 when unseen, 403 to who does not act for the lead, 409 stale. */
    private GrantAward leads(long submissionId, long version, String by) {
        GrantAward award = GrantAward.locked(submissionId);
        if (award == null || !visible(award, by)) {
            throw ProblemException.notFound("Award of submission", submissionId);
        }
        if (!currentUser.mayActFor(AwardBook.lead(award))) {
            throw ProblemException.forbidden("The beneficiary's acts are taken by a user acting for the lead");
        }
        stale(award, version);
        return award;
    }

    private static void stale(GrantAward award, long version) {
        if (award.version != version) {
            throw ProblemException.staleVersion("The award of submission " + award.submissionId, version,
                    award.version);
        }
    }

    private static void inConcession(GrantAward award) {
        if (award.status != AwardStatus.CONCESSION || award.concessionCompletedAt != null) {
            throw ProblemException.conflict("concession-closed", "The concession of submission "
                    + award.submissionId + " is " + (award.concessionCompletedAt != null
                            ? "completed: the funding decision is issued from it" : award.status));
        }
    }

    private void awaitingAcceptance(GrantAward award) {
        if (award.status != AwardStatus.DECIDED) {
            throw ProblemException.conflict("not-awaiting-acceptance", "The grant of submission "
                    + award.submissionId + " is " + award.status);
        }
        if (!book.now().isBefore(award.acceptBy)) {
            throw ProblemException.conflict("term-expired", "The term to accept the funding decision ended at "
                    + org.openbando.shared.ClockProducer.inRome(award.acceptBy));
        }
    }

    private AwardView done(GrantAward award) {
        GrantAward.flush();
        return book.view(award);
    }

    // --- input

    /** A required text of at most {@code max} characters, without refused characters, stripped. */
    static String text(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalid(field, "at most " + max + " characters");
        }
        String refused = InputLimits.refusedCharacter(value);
        if (refused != null) {
            throw ProblemException.invalid(field, refused);
        }
        return value.strip();
    }

    private static String fileName(String raw) {
        if (raw == null) {
            return "proof.pdf";
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll("[\"<>:|?*]", "_").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME - 4) + ".pdf";
        }
        return name.isEmpty() ? "proof.pdf" : name;
    }

    /** The largest proof accepted (as an attachment: {@code openbando.attachments.max-size}). */
    public long maxProofBytes() {
        return maxProofBytes;
    }

    /** The PDF as the attachments are checked: present, within the size, a readable PDF without active content. */
    private byte[] checkedPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalid("file", "a PDF file is required");
        }
        if (pdf.length > maxProofBytes) {
            throw new ProblemException(413, "proof-too-large", "Proof too large", "file: at most " + maxProofBytes
                    + " bytes; this file is " + pdf.length + " bytes", List.of(new FieldViolation("file", "at most "
                            + maxProofBytes + " bytes")));
        }
        PdfInspector.Inspection inspection = inspector.inspect(pdf);
        if (inspection.readable()) {
            return pdf;
        }
        if (inspection.verdict() == PdfInspector.Verdict.BUSY) {
            throw new ProblemException(503, "proof-check-busy", "Busy", "Too many files are being checked at this "
                    + "moment; nothing was stored: send the file again in a few seconds", List.of()).retryAfter(2);
        }
        String why = switch (inspection.verdict()) {
            case ACTIVE_CONTENT -> "the PDF carries active content (" + inspection.activeContent() + "): export or "
                    + "print it again as a plain PDF (e.g. PDF/A)";
            case EMPTY -> "the file is empty";
            case NOT_PDF -> "the file is not a PDF (its content does not start with %PDF-), whatever its name";
            case ENCRYPTED -> "the PDF is encrypted or protected by a password: upload it without protection";
            case NO_PAGES -> "the PDF has no pages";
            case EXPANDS_TOO_MUCH, TOO_SLOW -> "the PDF cannot be checked safely: save or print it again as a plain "
                    + "PDF";
            default -> "the PDF is damaged: it cannot be opened";
        };
        throw new ProblemException(422, "proof-not-pdf", "Proof not a readable PDF", "file: " + why,
                List.of(new FieldViolation("file", why)));
    }
}
