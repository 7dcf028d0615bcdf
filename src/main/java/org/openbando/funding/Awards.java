package org.openbando.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The acts on a funded project and its reads. The officer completes the concession checklist and decides; the
 * beneficiary (a user acting for the lead) accepts or renounces and proves the Line B membership. Each act is audited
 * with who and when, checks the award's version (409 when it changed) and answers bad input with problem+json naming
 * the field (a malformed CUP or COR: 400 {@code cup} / {@code cor}).
 *
 * <p>SKELETON of issue 14: the signatures are the contract with the pages and the process; the funding helper
 * implements them.
 */
@ApplicationScoped
@PublicApi
public class Awards {

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("issue 14 skeleton: funding helper");
    }

    /** A funded project, for the officer, the auditor or one of its beneficiaries (404 to anyone else). */
    public AwardView view(long submissionId, String user) {
        throw todo();
    }

    /** The funded projects of a call (officers, auditors), in ranking order. */
    public List<AwardView> ofCall(long callId) {
        throw todo();
    }

    /** The funded projects whose lead the user acts for (the beneficiary's list). */
    public List<AwardView> mine(String user) {
        throw todo();
    }

    /** CUP: 15 characters, {@code ^[A-Z][0-9]{2}[A-Z][0-9]{11}$}, issued by an external system. */
    public AwardView recordCup(long submissionId, String cup, long version, String by) {
        throw todo();
    }

    /** COR: the code of the aid's registration in the national state-aid register (RNA). */
    public AwardView recordCor(long submissionId, String cor, long version, String by) {
        throw todo();
    }

    /** DURC issued on a day: valid 120 days from it; it must be valid on the day of the decision. */
    public AwardView recordDurc(long submissionId, LocalDate issuedOn, long version, String by) {
        throw todo();
    }

    /** Anti-mafia documentation (required when the grant exceeds EUR 150,000): its reference. */
    public AwardView recordAntimafia(long submissionId, String reference, long version, String by) {
        throw todo();
    }

    /** Line B: the beneficiary's commitment to join a cluster is on file (the officer records it). */
    public AwardView recordLineBCommitment(long submissionId, long version, String by) {
        throw todo();
    }

    /** The checklist is complete: the officer orders the funding decision ({@link ConcessionCompleted}). */
    public AwardView completeConcession(long submissionId, long version, String by) {
        throw todo();
    }

    /** The beneficiary accepts the decision within the term ({@link GrantAccepted}). */
    public AwardView accept(long submissionId, long version, String by) {
        throw todo();
    }

    /** The beneficiary renounces the whole grant ({@link GrantRenounced}, {@link MoneyFreed}). */
    public AwardView renounce(long submissionId, String reason, long version, String by) {
        throw todo();
    }

    /** After acceptance, the beneficiary renounces part of the grant ({@link MoneyFreed} PARTIAL_RENUNCIATION). */
    public AwardView renouncePart(long submissionId, BigDecimal amount, String reason, long version, String by) {
        throw todo();
    }

    /**
     * Line B: the proof that an enterprise of the consortium joined a cluster (a PDF, checked as uploads are), by a
     * user acting for that enterprise or for the lead.
     */
    public AwardView submitProof(long submissionId, long organizationId, long clusterId, String fileName, byte[] pdf, long version,
            String by) {
        throw todo();
    }

    /**
     * Line B: the officer confirms the membership (registered in {@code organization} as active on the day, for the
     * proof given) or rejects the proof with a reason; when every enterprise's membership is confirmed,
     * {@link MembershipConfirmed} fires.
     */
    public AwardView judgeProof(long submissionId, long proofId, boolean confirmed, String reason, long version,
            String by) {
        throw todo();
    }

    /** After the notice before revocation, the beneficiary's observations ({@link ObservationsSent}). */
    public AwardView sendObservations(long submissionId, String observations, long version, String by) {
        throw todo();
    }

    /**
     * After the observations (or their term), the officer revokes with reasons that answer the observations, or
     * finds the obligation met ({@link RevocationDecided}).
     */
    public AwardView decideRevocation(long submissionId, boolean revoke, String reason, long version, String by) {
        throw todo();
    }

    /** The bytes of a proof of membership, for the officer, the auditor and the beneficiary. */
    public byte[] proof(long submissionId, long proofId, String user) {
        throw todo();
    }
}
