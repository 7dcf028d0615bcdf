package org.openbando.proposal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openbando.call.Line;
import org.openbando.document.PdfInspector;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Integrity;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sha256;

/**
 * Attachments of proposals: PDF only (judged by content, read within limits of time and memory, without active
 * content: {@link PdfInspector}), within the configured size and the storage quotas of the proposal and of its lead
 * organisation, stored with their SHA-256. Who may act for the lead adds and removes them while the proposal is a draft
 * of a call that has not reached its deadline, or while its officer's request to complete documents is within its
 * term; who may read the proposal lists and downloads them. The file is checked before the transaction opens; the
 * transaction then takes the lead organisation's lock (its quota) and locks the proposal row, the same lock a
 * submission takes, so an attachment is either in the snapshot of a submission or added after it was withdrawn, never
 * half-way. Uploading or removing an attachment does not change the proposal's version: the version guards the
 * content document, which attachments do not touch (docs/api.md).
 */
@ApplicationScoped
@PublicApi
public class AttachmentService {

    public static final String PDF = "application/pdf";

    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final AttachmentConfig config;
    private final Integrity integrity;
    private final PdfInspector inspector;
    private final CompletionTerms terms;

    public AttachmentService(ProposalService proposals, CurrentUser currentUser, AuditTrail audit, Clock clock,
            AttachmentConfig config, Integrity integrity, PdfInspector inspector, CompletionTerms terms) {
        this.integrity = integrity;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.inspector = inspector;
        this.terms = terms;
    }

    /** What a client uploads: the kind as sent, the file name as sent, and the received file (null when absent). */
    public record NewAttachment(String kind, String fileName, Path file) {
    }

    /** An attachment with its content, for a download. */
    public record Download(AttachmentView attachment, byte[] content) {
    }

    public AttachmentView upload(long proposalId, NewAttachment request) {
        Proposal proposal = proposals.actionableProposal(proposalId, "add attachments to");
        requireOpenForUploads(proposal);
        AttachmentKind kind = validate(request, proposal.line);
        long size = size(request.file());
        long max = config.maxSize().asLongValue();
        if (size > max) {
            throw new ProblemException(413, "attachment-too-large", "Attachment too large",
                    "The file is " + size + " bytes; an attachment may be at most " + max + " bytes ("
                            + maxSizeLabel() + ")",
                    List.of(new FieldViolation("file", "at most " + maxSizeLabel() + " (" + max + " bytes); this file"
                            + " is " + size + " bytes")));
        }
        requireRoom(proposal, size); // cheap, before the file is read; checked again under the locks
        byte[] content = read(request.file());
        PdfInspector.Inspection inspection = inspector.inspect(content);
        if (!inspection.readable()) {
            throw refusal(inspection);
        }
        String sha256 = Sha256.of(content);
        String fileName = AttachmentNames.sanitise(request.fileName());
        return QuarkusTransaction.joiningExisting().call(() -> store(proposalId, proposal.leadOrganizationId, kind,
                fileName, content, sha256));
    }

    /** Why the inspector refused the file, as the problem the client gets. */
    private ProblemException refusal(PdfInspector.Inspection inspection) {
        PdfInspector.Limits limits = inspector.limits();
        if (inspection.verdict() == PdfInspector.Verdict.BUSY) {
            return new ProblemException(503, "attachment-check-busy", "Busy", "Too many files are being checked at "
                    + "this moment; nothing was stored: send the file again in a few seconds", List.of())
                    .retryAfter(2);
        }
        if (inspection.verdict() == PdfInspector.Verdict.ACTIVE_CONTENT) {
            String found = inspection.activeContent().stream().map(AttachmentService::describe)
                    .collect(Collectors.joining(", "));
            String why = "the PDF carries " + found + ", which a PDF reader runs or opens by itself: attachments may "
                    + "not carry active content. Export or print the document again as a plain PDF (e.g. PDF/A) "
                    + "and upload that";
            return new ProblemException(422, "attachment-active-content", "Attachment with active content",
                    "file: " + why, List.of(new FieldViolation("file", why)));
        }
        String why = switch (inspection.verdict()) {
            case EMPTY -> "the file is empty";
            case NOT_PDF -> "the file is not a PDF (its content does not start with %PDF-), whatever its name";
            case ENCRYPTED -> "the PDF is encrypted or protected by a password: upload it without protection, "
                    + "so that the officers can read it";
            case NO_PAGES -> "the PDF has no pages";
            case EXPANDS_TOO_MUCH -> "the PDF's compressed content expands to more than "
                    + label(limits.maxDecodedBytes()) + " when it is read, so it cannot be checked safely: save or "
                    + "print it again as a plain PDF";
            case TOO_SLOW -> "the PDF takes more than " + limits.timeBudget().toSeconds() + " seconds to read, so it "
                    + "cannot be checked: save or print it again as a plain PDF";
            default -> "the PDF is damaged: it cannot be opened";
        };
        return new ProblemException(422, "attachment-not-pdf", "Attachment not a readable PDF", "file: " + why,
                List.of(new FieldViolation("file", why)));
    }

    private static String describe(PdfInspector.ActiveContent content) {
        return switch (content) {
            case JAVASCRIPT -> "JavaScript";
            case LAUNCH_ACTION -> "an action that launches a program";
            case EMBEDDED_FILE -> "an embedded file";
            case RICH_MEDIA -> "rich media (Flash, video)";
            case XFA_FORM -> "an XFA form (which carries scripts)";
        };
    }

    /**
     * Whether a file of this size fits the storage quotas: the proposal's current attachments, and everything stored
     * for the proposals its lead organisation leads (drafts, submissions, and the files an earlier submission still
     * names after they were removed from the draft). 413 naming the field {@code file} when it does not.
     */
    private void requireRoom(Proposal proposal, long size) {
        long perProposal = config.maxTotalPerProposal().asLongValue();
        long used = Attachment.bytesOfProposal(proposal.id);
        if (used + size > perProposal) {
            String why = "the attachments of this proposal take " + used + " bytes; with this file (" + size
                    + " bytes) they would exceed the proposal's quota of " + label(perProposal) + " (" + perProposal
                    + " bytes): delete an attachment first";
            throw new ProblemException(413, "proposal-storage-full", "Storage quota exceeded", "file: " + why,
                    List.of(new FieldViolation("file", why)));
        }
        long perOrganisation = config.maxTotalPerOrganization().asLongValue();
        long stored = Attachment.bytesOfOrganization(proposal.leadOrganizationId);
        if (stored + size > perOrganisation) {
            String why = "the attachments stored for your organisation's proposals take " + stored + " bytes; with "
                    + "this file (" + size + " bytes) they would exceed the organisation's quota of "
                    + label(perOrganisation) + " (" + perOrganisation + " bytes): delete attachments of drafts first";
            throw new ProblemException(413, "organization-storage-full", "Storage quota exceeded", "file: " + why,
                    List.of(new FieldViolation("file", why)));
        }
    }

    private AttachmentView store(long proposalId, long leadOrganizationId, AttachmentKind kind, String fileName,
            byte[] content, String sha256) {
        // the organisation's lock first (its quota and its drafts), then the proposal's: always in this order
        Proposal.lockProposalsOf(leadOrganizationId);
        Proposal proposal = Proposal.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        requireOpenForUploads(proposal);
        List<AttachmentView> current = Attachment.currentOf(proposalId);
        if (current.size() >= config.maxCount()) {
            throw ProblemException.conflict("too-many-attachments", "Proposal " + proposalId + " has "
                    + current.size() + " attachments, the most it may have: delete one before adding another");
        }
        if (kind == AttachmentKind.CLUSTER_ATTESTATION
                && current.stream().anyMatch(a -> a.kind() == AttachmentKind.CLUSTER_ATTESTATION)) {
            throw ProblemException.conflict("attestation-already-uploaded", "Proposal " + proposalId
                    + " already has the cluster attestation: delete it first to replace it");
        }
        requireRoom(proposal, content.length);
        Attachment attachment = new Attachment();
        attachment.proposalId = proposalId;
        attachment.kind = kind;
        attachment.fileName = fileName;
        attachment.contentType = PDF;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256;
        attachment.content = content;
        attachment.uploadedBy = currentUser.username();
        attachment.uploadedAt = clock.instant();
        if (proposal.status == ProposalStatus.COMPLETION_REQUESTED) {
            // part of the completion of documents: on record at once, like a submission's attachments
            attachment.submittedAt = attachment.uploadedAt;
        }
        attachment.persist();
        audit.record(currentUser.username(), "proposal", proposalId, "attachment-added", null, null,
                "attachment " + attachment.id + " " + kind + " \"" + fileName + "\" " + content.length
                        + " bytes sha256 " + sha256);
        return view(attachment);
    }

    /** The attachments a proposal has now, for who may read it. */
    public List<AttachmentView> list(long proposalId) {
        proposals.readable(proposalId);
        return Attachment.currentOf(proposalId);
    }

    /**
     * One attachment with its content, for who may read the proposal. Besides the current ones, this serves an
     * attachment removed after a withdrawal: an earlier submission's snapshot still names it. The content is checked
     * against its hash first: a mismatch is a 500 {@code integrity-failure} and an alarm ({@link Integrity}).
     */
    public Download download(long proposalId, long attachmentId) {
        proposals.readable(proposalId);
        Attachment attachment = Attachment.find("id = ?1 and proposalId = ?2", attachmentId, proposalId)
                .firstResult();
        if (attachment == null) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return new Download(view(attachment), integrity.checked(Integrity.ATTACHMENT, attachment.id, proposalId,
                attachment.content, attachment.sha256));
    }

    /**
     * Removes an attachment from a draft. One that a submission listed stays stored, marked removed; one that no
     * submission listed is deleted with its content.
     */
    @Transactional
    public void delete(long proposalId, long attachmentId) {
        Proposal proposal = proposals.actionableProposal(proposalId, "remove attachments of");
        Proposal.getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        requireDraft(proposal);
        List<Object[]> found = Attachment.getEntityManager().createQuery("select a.kind, a.fileName, a.sha256, "
                + "a.submittedAt from Attachment a where a.id = ?1 and a.proposalId = ?2 and a.removedAt is null",
                Object[].class).setParameter(1, attachmentId).setParameter(2, proposalId).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        Object[] row = found.get(0);
        boolean submitted = row[3] != null;
        if (submitted) {
            Attachment.update("removedAt = ?1, removedBy = ?2 where id = ?3", clock.instant(),
                    currentUser.username(), attachmentId);
        } else {
            Attachment.delete("id", attachmentId);
        }
        audit.record(currentUser.username(), "proposal", proposalId, "attachment-removed", null, null,
                "attachment " + attachmentId + " " + row[0] + " \"" + row[1] + "\" sha256 " + row[2]
                        + (submitted ? " (kept: an earlier submission lists it)" : ""));
    }

    /** The kinds a client may choose for a proposal of the given line. */
    public static List<AttachmentKind> kindsFor(Line line) {
        return line == Line.B ? List.of(AttachmentKind.values()) : List.of(AttachmentKind.OTHER);
    }

    /** The size limit as people read it, e.g. "10 MiB". */
    public String maxSizeLabel() {
        return label(config.maxSize().asLongValue());
    }

    /** A number of bytes as people read it, e.g. "10 MiB". */
    static String label(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static AttachmentKind validate(NewAttachment request, Line line) {
        List<FieldViolation> errors = new ArrayList<>();
        if (request.file() == null) {
            errors.add(new FieldViolation("file", "choose the PDF file to upload (a multipart file part named file)"));
        }
        AttachmentKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            errors.add(new FieldViolation("kind", "choose the kind of attachment: one of "
                    + Arrays.toString(AttachmentKind.values())));
        } else {
            try {
                kind = AttachmentKind.valueOf(request.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("kind", "must be one of " + Arrays.toString(AttachmentKind.values())));
            }
        }
        if (kind != null && !kindsFor(line).contains(kind)) {
            errors.add(new FieldViolation("kind", "the cluster attestation belongs to Line B proposals only"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return kind;
    }

    /**
     * A draft takes attachments until its call's deadline (409 {@code call-closed}); so does a submission whose
     * officer asked to complete documents, until the end of the term (409 {@code term-expired}), whether or not the
     * timer that closes the term has run.
     */
    private void requireOpenForUploads(Proposal proposal) {
        if (proposal.status == ProposalStatus.COMPLETION_REQUESTED) {
            Instant end = terms.endOf(proposal.id);
            if (!clock.instant().isBefore(end)) {
                throw ProblemException.conflict("term-expired", "The term to complete the documents of proposal "
                        + proposal.id + " ended at " + ClockProducer.inRome(end) + ": no more attachments are taken");
            }
            return;
        }
        requireDraft(proposal);
        proposals.draftableCall(proposal.callId);
    }

    /** The attachments added to complete documents after the submission (its snapshot lists the others). */
    public List<AttachmentView> addedSince(long proposalId, Instant since) {
        return Attachment.addedSince(proposalId, since);
    }

    private static void requireDraft(Proposal proposal) {
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("proposal-not-draft", "Proposal " + proposal.id + " is "
                    + proposal.status + ": attachments change only while it is a draft (withdraw it first)");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file cannot be read", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file cannot be read", e);
        }
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
    }
}
