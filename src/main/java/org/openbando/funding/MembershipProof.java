package org.openbando.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A proof of cluster membership of an enterprise of a Line B consortium (V21): bytes frozen, verdict given once. */
@Entity
@Table(name = "membership_proof")
class MembershipProof extends PanacheEntityBase {

    static final String CONFIRMED = "CONFIRMED";
    static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long awardId;
    public long organizationId;
    public long clusterId;
    public String fileName;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public String sha256;
    public long sizeBytes;
    public String uploadedBy;
    public Instant uploadedAt;
    public String verdict;
    public String verdictBy;
    public Instant verdictAt;
    public String verdictReason;

    static List<MembershipProof> of(long awardId) {
        return list("awardId = ?1 order by id", awardId);
    }
}
