package org.openbando.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.openbando.call.Line;

/** A proposal of a lead enterprise to one line of a call; its content is a {@link ProposalContent} as JSON. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long callId;
    @Enumerated(EnumType.STRING)
    public Line line;
    public Long leadOrganizationId;
    @Enumerated(EnumType.STRING)
    public ProposalStatus status;
    /** JSON of {@link ProposalContent}, at most {@link ProposalContent#MAX_JSON_LENGTH} characters. */
    @Column(columnDefinition = "text")
    public String content;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    @Version
    public long version;

    /** The first key of the organisations' advisory locks (PostgreSQL's two-key form; the second is the organisation). */
    private static final int ORGANIZATION_LOCKS = 0x0B4D0001;

    /**
     * Takes, until the transaction ends, the lock of the proposals an organisation leads: a PostgreSQL advisory lock
     * (no table of this feature has a row per organisation), so that two requests cannot both pass a limit of the
     * organisation (its number of drafts, its attachments' storage). Taken before any proposal row's lock.
     */
    static void lockProposalsOf(long organizationId) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l")
                .setParameter(1, ORGANIZATION_LOCKS).setParameter(2, (int) (organizationId % Integer.MAX_VALUE))
                .getSingleResult();
    }
}
