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
}
