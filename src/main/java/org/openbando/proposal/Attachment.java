package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A PDF attached to a proposal, stored with its SHA-256. Once a submission has listed it ({@code submittedAt}) the
 * row is never changed nor deleted: removing it from a draft again (after a withdrawal) only marks it removed, so that
 * the earlier snapshot's list can still be served. An attachment that no submission listed is deleted for good.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long proposalId;
    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;
    public String fileName;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public byte[] content;
    public String uploadedBy;
    public Instant uploadedAt;
    /** The receipt time of the first submission that listed it; from then on the row is immutable. */
    public Instant submittedAt;
    public String removedBy;
    public Instant removedAt;

    /** The metadata of the attachments a draft has now (not removed), oldest first, in one query without contents. */
    public static List<AttachmentView> currentOf(long proposalId) {
        return getEntityManager().createQuery("select a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.uploadedBy, "
                + "a.uploadedAt from Attachment a "
                + "where a.proposalId = ?1 and a.removedAt is null order by a.id", AttachmentView.class)
                .setParameter(1, proposalId).getResultList();
    }

    /**
     * The metadata of the attachments a submission took in after it was received (to complete its documents), oldest
     * first, in one query without contents: a check or a step that only names them never loads their bytes.
     */
    static List<AttachmentView> addedSince(long proposalId, Instant since) {
        return getEntityManager().createQuery("select a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.uploadedBy, "
                + "a.uploadedAt from Attachment a "
                + "where a.proposalId = ?1 and a.uploadedAt > ?2 and a.submittedAt is not null "
                + "and a.removedAt is null order by a.id", AttachmentView.class)
                .setParameter(1, proposalId).setParameter(2, since).getResultList();
    }

    /** The bytes of the attachments a draft has now (not removed). */
    static long bytesOfProposal(long proposalId) {
        return getEntityManager().createQuery("select coalesce(sum(a.sizeBytes), 0) from Attachment a "
                + "where a.proposalId = ?1 and a.removedAt is null", Long.class).setParameter(1, proposalId)
                .getSingleResult();
    }

    /**
     * The bytes stored for the proposals an organisation leads: every row, also those removed from a draft that an
     * earlier submission still names (they stay stored).
     */
    static long bytesOfOrganization(long organizationId) {
        return getEntityManager().createQuery("select coalesce(sum(a.sizeBytes), 0) from Attachment a "
                + "where a.proposalId in (select p.id from Proposal p where p.leadOrganizationId = ?1)", Long.class)
                .setParameter(1, organizationId).getSingleResult();
    }
}
