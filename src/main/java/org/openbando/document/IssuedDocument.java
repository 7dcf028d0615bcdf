package org.openbando.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.openbando.shared.Sha256;

/**
 * A generated document as issued: its PDF/A bytes with their SHA-256, never changed after it is stored
 * ({@link Immutable}: Hibernate ignores changes to a loaded row). {@code reference} says what the document is about
 * (for example {@code submission:12} or {@code decision:7}); (proposal, kind, reference) is unique. A document belongs to
 * exactly one owner: a proposal ({@link #proposalId}) or a call ({@link #callId}, e.g. a ranking act), unique per
 * (call, kind, reference).
 */
@Entity
@Table(name = "issued_document")
@Immutable
public class IssuedDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The proposal that owns the document; null for a call's document. */
    public Long proposalId;
    /** The call that owns the document; null for a proposal's document. */
    public Long callId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public String reference;
    /** {@code it} or {@code en}. */
    public String language;
    public String fileName;
    public byte[] content;
    public int sizeBytes;
    /** SHA-256 of {@link #content}, lower-case hex. */
    public String sha256;
    public String issuedBy;
    public Instant issuedAt;
    /** The code printed on the document, {@code XXXX-XXXX-XXXX-XXXX}; null for a document issued before V24. */
    public String verificationCode;
    /** What the public verification names the act by: the call's code (null before V24). */
    public String actCallCode;
    /** ... and the submission's protocol number, for a proposal's document. */
    public Long actProtocol;
    /** ... or the line, for a call's document. */
    public String actLine;

    /** Whether the stored bytes still have the stored hash. */
    public boolean intact() {
        return content != null && Sha256.of(content).equals(sha256);
    }
}
