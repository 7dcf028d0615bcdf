package org.openbando.submission;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.call.GrantComputation;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.GrantParticipants;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Json;
import org.openbando.shared.PublicApi;

/**
 * What is frozen at submission: the proposal as submitted, with who, when and its protocol number, which attachments
 * (by their SHA-256) it had (their contents stay in their rows, which no longer change), and the facts the eligibility
 * rules judge about each member of the consortium ({@code members}: type, size computation with its figures, clusters
 * on the day, ever a member), as the request that submitted it read them. Stored as canonical JSON (sorted properties,
 * ISO instants) so that its SHA-256 is reproducible; read back only through {@link #read}. Eligibility, evaluation,
 * ranking and funding read this, never the draft nor the organisations as they are later.
 *
 * @param members the lead first, then the partners in the order of the proposal; null in a snapshot stored before the
 *                facts were frozen (none exists in production: docs/adr/0006-submission-on-deadline-day.md)
 */
@PublicApi
public record Snapshot(long proposalId, String callCode, Line line, long protocolNumber, Instant receivedAt,
        String submittedBy, Lead lead, ProposalContent content, List<SubmittedAttachment> attachments,
        List<OrganizationFacts> members) {

    /** An attachment as a snapshot lists it. */
    public record SubmittedAttachment(long id, AttachmentKind kind, String fileName, long sizeBytes, String sha256) {
    }

    public record Lead(long organizationId, String name, String vatNumber) {
    }

    /** Canonical JSON for snapshots: sorted properties, ISO instants, so that the hash is reproducible. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** Whether an attachment of this kind was submitted. */
    public boolean has(AttachmentKind kind) {
        return attachments != null && attachments.stream().anyMatch(a -> a.kind() == kind);
    }

    /** The frozen facts of each member of the consortium, by organisation id. */
    public Map<Long, OrganizationFacts> memberFacts() {
        if (members == null) {
            throw new IllegalStateException("The snapshot of proposal " + proposalId + " (protocol " + callCode + "/"
                    + protocolNumber + ") was stored before the members' facts were frozen: it cannot be judged");
        }
        Map<Long, OrganizationFacts> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    /**
     * The participants of the grant computation from what was frozen: the members' facts (type, size class) in the
     * consortium's order (the lead first, then the partners), their eligible costs from the budget per organisation
     * and research category, the right to publish from the partners' entries; members without costs are listed with
     * none ({@link GrantParticipants}, the one mapping, which the draft's estimate uses too).
     */
    public List<GrantComputation.Participant> participants() {
        return GrantParticipants.of(content, List.copyOf(memberFacts().values()));
    }

    /** The canonical text that is stored and hashed. */
    String canonical() {
        return Json.write(CANONICAL, this, "A snapshot");
    }

    /** A stored snapshot, typed. */
    static Snapshot read(String stored, String what) {
        return Json.read(CANONICAL, stored, Snapshot.class, what);
    }
}
