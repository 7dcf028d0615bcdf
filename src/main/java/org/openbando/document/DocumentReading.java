package org.openbando.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A reading handed out with a verification code (V26): the funding report of a call as PDF, rendered on request from
 * the data at an instant and not stored. What verifies it is kept, never the file: its code, what it is, when its data
 * was read, when and to whom it was handed out, and the SHA-256 and size of its bytes. Only inserted
 * ({@link Immutable}; the database's trigger refuses every change).
 */
@Entity
@Table(name = "document_reading")
@Immutable
public class DocumentReading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The code printed on every page, {@code XXXX-XXXX-XXXX-XXXX}. */
    public String verificationCode;
    /** {@link ReportDocuments#FUNDING_REPORT}. */
    public String kind;
    public long callId;
    /** What the public verification names the reading by: the call's code. */
    public String actCallCode;
    /** The instant the data was read (what the document states). */
    public Instant readAt;
    public Instant issuedAt;
    public String issuedBy;
    /** SHA-256 of the bytes handed out, lower-case hex. */
    public String sha256;
    public long sizeBytes;
}
