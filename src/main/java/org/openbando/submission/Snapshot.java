package org.openbando.submission;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.openbando.call.Line;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.Json;
import org.openbando.shared.PublicApi;

/**
 * What is frozen at submission: the proposal as submitted, with who, when and its protocol number, and which
 * attachments (by their SHA-256) it had; their contents stay in their rows, which no longer change. Stored as
 * canonical JSON (sorted properties, ISO instants) so that its SHA-256 is reproducible; read back only through
 * {@link #read}. Evaluation, ranking and funding read this, never the draft.
 */
@PublicApi
public record Snapshot(long proposalId, String callCode, Line line, long protocolNumber, Instant receivedAt,
        String submittedBy, Lead lead, ProposalContent content, List<SubmittedAttachment> attachments) {

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

    /** The canonical text that is stored and hashed. */
    String canonical() {
        return Json.write(CANONICAL, this, "A snapshot");
    }

    /** A stored snapshot, typed. */
    static Snapshot read(String stored, String what) {
        return Json.read(CANONICAL, stored, Snapshot.class, what);
    }
}
