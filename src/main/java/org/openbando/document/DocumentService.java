package org.openbando.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
 * Issues the documents of a proposal or of a call: renders them once (and signs the acts, {@link PdfSigner}), stores
 * them with their SHA-256, and serves the stored bytes from then on. Every document stored gets a random verification
 * code before it is rendered, printed on it with the QR code of its public page ({@link DocumentVerification}). No REST endpoint lives here: the proposal feature exposes the documents with its own
 * authorization. This package depends on nothing but {@code shared}; the caller fills the {@link DocumentData}.
 */
@ApplicationScoped
@PublicApi
public class DocumentService {

    /** The first key of the call documents' advisory locks (PostgreSQL's two-key form; the second: the call). */
    private static final int CALL_DOCUMENT_LOCKS = 0x0B4D00D0;
    private static final String SUMMARY = "select d.id, d.proposalId, d.callId, d.kind, d.reference, d.language, "
            + "d.fileName, d.sizeBytes, d.sha256, d.issuedBy, d.issuedAt, d.verificationCode "
            + "from IssuedDocument d ";

    private final PdfRenderer renderer;
    private final PdfSigner signer;
    private final Clock clock;
    private final EntityManager em;
    private final AuditTrail audit;
    private final DocumentOwners owners;
    private final Integrity integrity;
    private final VerificationMarks marks;

    public DocumentService(PdfRenderer renderer, PdfSigner signer, Clock clock, EntityManager em, AuditTrail audit,
            DocumentOwners owners, Integrity integrity, VerificationMarks marks) {
        this.marks = marks;
        this.signer = signer;
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
        if (data.kind().ownedByCall()) {
            throw ProblemException.invalid("data", "a " + data.kind() + " belongs to a call: issue it for the call");
        }
        owners.lock(proposalId);
        Optional<DocumentFile> existing = find(proposalId, data.kind(), reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        IssuedDocument doc = store(proposalId, null, reference, lang, issuedBy, data);
        audit.record(issuedBy, "proposal", proposalId, "document-issued", null, doc.kind.name(),
                doc.reference + " " + doc.fileName + " sha256=" + doc.sha256);
        return DocumentFile.of(doc);
    }

    /**
     * Issues a call's document (a ranking act): as {@link #issue} but owned by the call, not by a proposal, and recorded
     * in the call's audit trail (entity {@code call}, action {@code document-issued}, to-state its kind). Idempotent on
     * (call, kind, reference): a document issued before is returned untouched. Concurrent issues for one call wait for
     * each other: a PostgreSQL advisory lock of the call's documents (this package reads no table of the call feature),
     * held until the caller's transaction ends. Signed when its kind is {@link DocumentKind#signed() signed}.
     *
     * @param reference what the document is about, e.g. {@code ranking:3} or {@code line:A}
     * @throws ProblemException 404 when the call does not exist (the caller's transaction is then rolled back), 400
     *         naming the field when an argument or a required value of {@code data} is missing, or when the kind is
     *         not a call's document
     */
    @Transactional(TxType.MANDATORY)
    public DocumentFile issueForCall(long callId, String reference, String language, String issuedBy,
            DocumentData data) {
        String lang = language(language);
        validate(reference, issuedBy, data);
        if (!data.kind().ownedByCall()) {
            throw ProblemException.invalid("data", "a " + data.kind() + " belongs to a proposal: issue it for the "
                    + "proposal");
        }
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l")
                .setParameter(1, CALL_DOCUMENT_LOCKS).setParameter(2, (int) (callId % Integer.MAX_VALUE))
                .getSingleResult();
        Optional<DocumentFile> existing = findForCall(callId, data.kind(), reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        IssuedDocument doc;
        try {
            doc = store(null, callId, reference, lang, issuedBy, data);
            em.flush(); // a missing call is a foreign-key violation: found here, not at the commit
        } catch (PersistenceException e) {
            if (foreignKeyViolation(e)) {
                throw ProblemException.notFound("Call", callId);
            }
            throw e;
        }
        audit.record(issuedBy, "call", callId, "document-issued", null, doc.kind.name(),
                doc.reference + " " + doc.fileName + " sha256=" + doc.sha256);
        return DocumentFile.of(doc);
    }

    /**
     * A call's document by id, with its bytes checked against its hash; empty when it belongs to another call (or to a
     * proposal).
     *
     * @throws ProblemException 500 {@code integrity-failure} when the bytes no longer have their hash ({@link Integrity})
     */
    @Transactional
    public Optional<DocumentFile> getForCall(long callId, long documentId) {
        return IssuedDocument.<IssuedDocument>find("id = ?1 and callId = ?2", documentId, callId)
                .firstResultOptional().map(this::checked);
    }

    /**
     * The call's document of this kind and reference, with its bytes.
     *
     * @throws ProblemException 500 {@code integrity-failure} when the bytes no longer have their hash ({@link Integrity})
     */
    @Transactional
    public Optional<DocumentFile> findForCall(long callId, DocumentKind kind, String reference) {
        return IssuedDocument.<IssuedDocument>find("callId = ?1 and kind = ?2 and reference = ?3",
                callId, kind, reference).firstResultOptional().map(this::checked);
    }

    /** The call's own documents (not its proposals') in the order they were issued, without their bytes. */
    @Transactional
    public List<DocumentSummary> listForCall(long callId) {
        return em.createQuery(SUMMARY + "where d.callId = :call order by d.issuedAt, d.id", DocumentSummary.class)
                .setParameter("call", callId).getResultList();
    }

    /** Renders (and signs, for a signed kind), hashes and stores; the caller holds the owner's lock. */
    private IssuedDocument store(Long proposalId, Long callId, String reference, String lang, String issuedBy,
            DocumentData data) {
        Instant now = clock.instant();
        // the code is chosen before rendering: the document prints it (and its QR code) on every page
        String code = DocumentVerification.newCode();
        byte[] pdf = renderer.render(data, lang, marks.of(code));
        if (data.kind().signed()) {
            pdf = signer.sign(pdf, now);
        }
        IssuedDocument doc = new IssuedDocument();
        doc.proposalId = proposalId;
        doc.callId = callId;
        doc.kind = data.kind();
        doc.reference = reference;
        doc.language = lang;
        doc.fileName = fileName(data, lang, reference);
        doc.content = pdf;
        doc.sizeBytes = pdf.length;
        doc.sha256 = Sha256.of(pdf);
        doc.issuedBy = issuedBy;
        doc.issuedAt = now;
        doc.verificationCode = code;
        if (data instanceof RankingActData act) {
            doc.actCallCode = act.callCode();
            doc.actLine = act.line();
        } else {
            doc.actCallCode = data.heading().callCode();
            doc.actProtocol = data.heading().protocolNumber();
        }
        doc.persist();
        return doc;
    }

    private static boolean foreignKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        return em.createQuery(SUMMARY + "where d.proposalId = :proposal order by d.issuedAt, d.id",
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
        String owner = data instanceof RankingActData r ? r.callCode() + "-" + r.line()
                : h.callCode() + "-" + h.protocolNumber();
        String name = data.kind().fileNamePrefix(language) + "-" + owner + "-" + reference;
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        return (name.length() > 200 ? name.substring(0, 200) : name) + ".pdf";
    }
}
