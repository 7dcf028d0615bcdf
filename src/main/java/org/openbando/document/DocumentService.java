package org.openbando.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Integrity;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;

/**
 * Issues the documents of a proposal: renders them once, stores them with their SHA-256, and serves the stored
 * bytes from then on. No REST endpoint lives here: the proposal feature exposes the documents with its own
 * authorization. This package depends on nothing but {@code shared}; the caller fills the {@link DocumentData}.
 */
@ApplicationScoped
@PublicApi
public class DocumentService {

    private final PdfRenderer renderer;
    private final Clock clock;
    private final EntityManager em;
    private final AuditTrail audit;
    private final DocumentOwners owners;
    private final Integrity integrity;

    public DocumentService(PdfRenderer renderer, Clock clock, EntityManager em, AuditTrail audit,
            DocumentOwners owners, Integrity integrity) {
        this.owners = owners;
        this.integrity = integrity;
        this.renderer = renderer;
        this.clock = clock;
        this.em = em;
        this.audit = audit;
    }

    /**
     * Renders, hashes and stores a document in the caller's transaction, or returns the one already issued. A new
     * document is recorded in the proposal's audit trail (action {@code document-issued}, to-state its kind).
     * Idempotent: when a document of this kind with this reference exists for the proposal, it is returned untouched
     * (byte-identical, whatever {@code language} or {@code data} say now). The proposal's row is locked until the
     * caller's transaction ends ({@link DocumentOwners}), so two concurrent calls for one proposal issue one document.
     *
     * @param reference what the document is about, e.g. {@code submission:12}, {@code decision:7}
     * @param language {@code it} or {@code en}; null or blank means Italian
     * @param issuedBy who issues it (a username, or {@code system})
     * @throws ProblemException 404 when the proposal does not exist, 400 naming the field when an argument or a
     *         required value of {@code data} is missing
     */
    @Transactional(TxType.MANDATORY)
    public DocumentFile issue(long proposalId, String reference, String language, String issuedBy,
            DocumentData data) {
        String lang = language(language);
        validate(reference, issuedBy, data);
        owners.lock(proposalId);
        Optional<DocumentFile> existing = find(proposalId, data.kind(), reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] pdf = renderer.render(data, lang);
        IssuedDocument doc = new IssuedDocument();
        doc.proposalId = proposalId;
        doc.kind = data.kind();
        doc.reference = reference;
        doc.language = lang;
        doc.fileName = fileName(data, lang, reference);
        doc.content = pdf;
        doc.sizeBytes = pdf.length;
        doc.sha256 = Sha256.of(pdf);
        doc.issuedBy = issuedBy;
        doc.issuedAt = clock.instant();
        doc.persist();
        audit.record(issuedBy, "proposal", proposalId, "document-issued", null, doc.kind.name(),
                doc.reference + " " + doc.fileName + " sha256=" + doc.sha256);
        return DocumentFile.of(doc);
    }

    /**
     * Issues a call's document (a ranking act): as {@link #issue} but owned by the call, not by a proposal; signed when
     * its kind is signed. Idempotent on (call, kind, reference).
     *
     * <p>SKELETON of issue 14: the document helper implements it.
     */
    @Transactional(TxType.MANDATORY)
    public DocumentFile issueForCall(long callId, String reference, String language, String issuedBy,
            DocumentData data) {
        throw new UnsupportedOperationException("issue 14 skeleton: document helper");
    }

    /** A call's document by id, with its bytes checked against its hash; empty when it belongs to another call. */
    @Transactional
    public Optional<DocumentFile> getForCall(long callId, long documentId) {
        throw new UnsupportedOperationException("issue 14 skeleton: document helper");
    }

    /**
     * The document of this kind and reference, with its bytes.
     *
     * @throws ProblemException 500 {@code integrity-failure} when the bytes no longer have their hash ({@link Integrity})
     */
    @Transactional
    public Optional<DocumentFile> find(long proposalId, DocumentKind kind, String reference) {
        return IssuedDocument.<IssuedDocument>find("proposalId = ?1 and kind = ?2 and reference = ?3",
                proposalId, kind, reference).firstResultOptional().map(this::checked);
    }

    /** The proposal's documents in the order they were issued, without their bytes. */
    @Transactional
    public List<DocumentSummary> list(long proposalId) {
        return em.createQuery("select new org.openbando.document.DocumentSummary(d.id, d.proposalId, d.kind, "
                + "d.reference, d.language, d.fileName, d.sizeBytes, d.sha256, d.issuedBy, d.issuedAt) "
                + "from IssuedDocument d where d.proposalId = :proposal order by d.issuedAt, d.id",
                DocumentSummary.class).setParameter("proposal", proposalId).getResultList();
    }

    /**
     * One document of the proposal, with its bytes; empty when the id belongs to another proposal.
     *
     * @throws ProblemException 500 {@code integrity-failure} when the bytes no longer have their hash ({@link Integrity})
     */
    @Transactional
    public Optional<DocumentFile> get(long proposalId, long documentId) {
        return IssuedDocument.<IssuedDocument>find("id = ?1 and proposalId = ?2", documentId, proposalId)
                .firstResultOptional().map(this::checked);
    }

    /** The stored document, once its bytes are checked against the hash stored with them. */
    private DocumentFile checked(IssuedDocument d) {
        integrity.checked(Integrity.DOCUMENT, d.id, d.proposalId, d.content, d.sha256);
        return DocumentFile.of(d);
    }

    static String language(String language) {
        if (language == null || language.isBlank()) {
            return "it";
        }
        String lang = language.trim().toLowerCase(java.util.Locale.ROOT);
        if (lang.equals("it") || lang.equals("en")) {
            return lang;
        }
        throw ProblemException.invalid("language", "must be it or en");
    }

    private static void validate(String reference, String issuedBy, DocumentData data) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            errors.add(new Problem.FieldViolation("reference", "must not be blank"));
        } else if (reference.length() > 200) {
            errors.add(new Problem.FieldViolation("reference", "must be at most 200 characters"));
        }
        if (issuedBy == null || issuedBy.isBlank()) {
            errors.add(new Problem.FieldViolation("issuedBy", "must not be blank"));
        } else if (issuedBy.length() > 100) {
            errors.add(new Problem.FieldViolation("issuedBy", "must be at most 100 characters"));
        }
        if (data == null) {
            errors.add(new Problem.FieldViolation("data", "must not be null"));
        } else {
            DocumentChecks.check(data, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private String fileName(DocumentData data, String language, String reference) {
        ProposalHeading h = data.heading();
        String name = data.kind().fileNamePrefix(language) + "-" + h.callCode() + "-" + h.protocolNumber() + "-"
                + reference;
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        return (name.length() > 200 ? name.substring(0, 200) : name) + ".pdf";
    }
}
