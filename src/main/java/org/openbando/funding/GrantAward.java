package org.openbando.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openbando.call.Line;
import org.openbando.ranking.Allocation;

/**
 * A funded submission's award (V21): its grant frozen with the computation per partner, the concession checklist,
 * the funding decision with its terms, the beneficiary's acceptance or renunciation, the Line B obligation to join a
 * cluster, the notice before revocation and the revocation. What was decided or issued is set once (triggers).
 */
@Entity
@Table(name = "grant_award")
class GrantAward extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long submissionId;
    public long proposalId;
    public long callId;
    @Enumerated(EnumType.STRING)
    public Line line;
    @Enumerated(EnumType.STRING)
    public Allocation.Origin origin;
    public Long movementId;
    public BigDecimal grantAmount;
    public BigDecimal fullGrant;
    public boolean partial;
    /** call.GrantComputation.Result as JSON, frozen when the concession opened. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String computation;
    public Instant openedAt;
    @Enumerated(EnumType.STRING)
    public AwardStatus status;
    @Enumerated(EnumType.STRING)
    public JoiningStatus joining;
    public String cup;
    public String cupBy;
    public Instant cupAt;
    public String cor;
    public String corBy;
    public Instant corAt;
    public LocalDate durcIssuedOn;
    public String durcBy;
    public Instant durcAt;
    public boolean antimafiaRequired;
    public String antimafiaReference;
    public String antimafiaBy;
    public Instant antimafiaAt;
    @Column(name = "line_b_commitment_by")
    public String lineBCommitmentBy;
    @Column(name = "line_b_commitment_at")
    public Instant lineBCommitmentAt;
    public String concessionCompletedBy;
    public Instant concessionCompletedAt;
    public Long decisionDocumentId;
    public Instant decidedAt;
    public Instant acceptBy;
    public Instant joiningDueAt;
    public Instant acceptedAt;
    public String acceptedBy;
    public Instant forfeitedAt;
    public Instant renouncedAt;
    public String renouncedBy;
    public String renounceReason;
    public BigDecimal renouncedAmount = BigDecimal.ZERO.setScale(2);
    /** The computation after a partial renunciation (null when none). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String reducedComputation;
    public Instant membershipConfirmedAt;
    public String membershipConfirmedBy;
    public Instant noticeAt;
    public Long noticeDocumentId;
    public Instant observationsDueAt;
    public String observations;
    public String observationsBy;
    public Instant observationsAt;
    public String revocationDecidedBy;
    public Instant revocationDecidedAt;
    public Boolean revoke;
    public String revocationReason;
    public Instant revokedAt;
    public Long revocationDocumentId;
    @Version
    public long version;

    /** The grant in force: the grant decided less what was renounced after acceptance. */
    BigDecimal currentGrant() {
        return grantAmount.subtract(renouncedAmount);
    }

    boolean ended() {
        return status == AwardStatus.RENOUNCED || status == AwardStatus.FORFEITED || status == AwardStatus.REVOKED;
    }

    static GrantAward of(long submissionId) {
        return find("submissionId", submissionId).firstResult();
    }

    static GrantAward locked(long submissionId) {
        return find("submissionId", submissionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
