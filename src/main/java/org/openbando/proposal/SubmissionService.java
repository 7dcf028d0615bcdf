package org.openbando.proposal;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.openbando.call.GrantCall;
import org.openbando.call.Line;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.Organization;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;

/**
 * The short step of deadline day. In one transaction: lock the proposal (so that retries and double clicks are
 * serialized), check that nothing blocks it, take the next protocol number of the call (the register row stays
 * locked until commit, so numbers follow the commit order without gaps), take the server receipt time under that
 * lock, judge it against the call's window, freeze the snapshot with its SHA-256, and store it. The caller is
 * acknowledged only after the commit. A repeated request with the same {@code Idempotency-Key} gets the stored
 * acknowledgement again and creates nothing.
 */
@ApplicationScoped
public class SubmissionService {

    /** Canonical JSON for snapshots: sorted properties, ISO instants, so that the hash is reproducible. */
    static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<ProposalSubmitted> submitted;
    private final Event<SubmissionWithdrawn> withdrawn;

    private final java.util.concurrent.Semaphore permits;

    public SubmissionService(ProposalService proposals, CurrentUser currentUser, AuditTrail audit, Clock clock,
            Event<ProposalSubmitted> submitted, Event<SubmissionWithdrawn> withdrawn,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "openbando.submission.max-concurrent",
                    defaultValue = "16") int maxConcurrent) {
        this.permits = new java.util.concurrent.Semaphore(maxConcurrent, true);
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.submitted = submitted;
        this.withdrawn = withdrawn;
    }

    /**
     * What is frozen: the proposal as submitted, with who, when and its protocol number, and which attachments (by
     * their SHA-256) it had; their contents stay in their rows, which no longer change.
     */
    public record Snapshot(long proposalId, String callCode, Line line, long protocolNumber, Instant receivedAt,
            String submittedBy, Lead lead, ProposalContent content, List<SubmittedAttachment> attachments) {
    }

    /** An attachment as a snapshot lists it. */
    public record SubmittedAttachment(long id, AttachmentKind kind, String fileName, long sizeBytes, String sha256) {

        static SubmittedAttachment of(AttachmentView a) {
            return new SubmittedAttachment(a.id(), a.kind(), a.fileName(), a.sizeBytes(), a.sha256());
        }
    }

    public record Lead(long organizationId, String name, String vatNumber) {
    }

    /**
     * Submits, at most {@code openbando.submission.max-concurrent} at a time: submissions of a call take their numbers
     * one after the other anyway, and a request waiting here holds no database connection, so that a rush queues in
     * the application instead of exhausting the connection pool (which would answer with errors).
     */
    public SubmissionReceipt submit(long id, String idempotencyKey) {
        try {
            if (!permits.tryAcquire(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new ProblemException(503, "busy", "Busy", "Too many submissions at this moment: try again "
                        + "(with the same Idempotency-Key)", List.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to submit", e);
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> store(id, idempotencyKey));
        } finally {
            permits.release();
        }
    }

    private SubmissionReceipt store(long id, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        Proposal proposal = proposals.actionable(id, "submit");
        Proposal.getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        GrantCall call = GrantCall.findById(proposal.callId);
        if (idempotencyKey != null) {
            Submission earlier = Submission.find("proposalId = ?1 and idempotencyKey = ?2", id, idempotencyKey)
                    .firstResult();
            if (earlier != null) {
                return SubmissionReceipt.of(earlier, call.code);
            }
        }
        if (proposal.status.isSubmitted()) {
            Submission active = Submission.activeOf(id).orElseThrow();
            throw ProblemException.conflict("already-submitted", "Proposal " + id + " was already submitted with "
                    + "protocol number " + active.protocolNumber + " at " + rome(active.receivedAt));
        }
        ProposalContent content = proposals.content(proposal); // read once: checked, then frozen
        List<AttachmentView> attachments = Attachment.currentOf(id); // one query, metadata only
        List<FieldViolation> issues = proposals.blockingIssues(proposal, call, content,
                attachments.stream().map(AttachmentView::kind).collect(Collectors.toSet()));
        if (!issues.isEmpty()) {
            throw new ProblemException(422, "proposal-incomplete", "Proposal incomplete",
                    "The proposal cannot be submitted yet: " + issues.size() + " item(s) block it", issues);
        }
        long active = activeSubmissionsWith(proposal.leadOrganizationId, call.id);
        if (active >= call.rules.maxProposalsPerEnterprise) {
            throw ProblemException.conflict("too-many-proposals", "Your enterprise is already in " + active
                    + " active proposal(s) of call " + call.code + ", the most the call allows: withdraw one first");
        }
        // everything that does not need the protocol number happens before the register is locked: the lock is
        // held until the commit, so what runs after it runs one submission of the call at a time
        Organization lead = Organization.findById(proposal.leadOrganizationId);
        proposal.status = ProposalStatus.SUBMITTED;
        if (!attachments.isEmpty()) {
            AttachmentService.freeze(id, clock.instant());
        }
        Proposal.flush();

        long number = ProtocolCounter.next(call.id);
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!call.acceptsSubmissionsAt(receivedAt)) {
            // the transaction rolls back: the number goes back to the register, nothing is stored
            throw receivedAt.isBefore(call.opensAt)
                    ? ProblemException.conflict("call-not-open", "Call " + call.code + " opens at " + rome(call.opensAt))
                    : ProblemException.conflict("call-closed", "The deadline of call " + call.code + " was "
                            + rome(call.deadlineAt) + "; the submission was received at " + rome(receivedAt));
        }
        Snapshot snapshot = new Snapshot(id, call.code, proposal.line, number, receivedAt, currentUser.username(),
                new Lead(lead.id, lead.name, lead.vatNumber), content,
                attachments.stream().map(SubmittedAttachment::of).toList());
        Submission submission = new Submission();
        submission.proposalId = id;
        submission.callId = call.id;
        submission.protocolNumber = number;
        submission.receivedAt = receivedAt;
        submission.snapshot = canonical(snapshot);
        submission.sha256 = sha256(submission.snapshot);
        submission.submittedBy = currentUser.username();
        submission.idempotencyKey = idempotencyKey;
        submission.persist();
        recordMembers(submission.id, proposal.leadOrganizationId, content);
        audit.record(currentUser.username(), "proposal", id, "submitted", ProposalStatus.DRAFT.name(),
                ProposalStatus.SUBMITTED.name(), "protocol " + call.code + "/" + number + " sha256 " + submission.sha256);
        submitted.fire(new ProposalSubmitted(id, submission.id));
        return SubmissionReceipt.of(submission, call.code);
    }

    /** The active submissions of a call whose consortium includes the organisation (as lead or partner). */
    static long activeSubmissionsWith(long organizationId, long callId) {
        return Submission.count("select count(s) from Submission s where s.callId = ?1 and s.withdrawnAt is null "
                + "and s.id in (select m.submissionId from SubmissionMember m where m.organizationId = ?2)",
                callId, organizationId);
    }

    private static void recordMembers(long submissionId, long lead, ProposalContent content) {
        SubmissionMember.of(submissionId, lead, true).persist();
        content.partnersOrEmpty().forEach(p -> SubmissionMember.of(submissionId, p.organizationId(), false).persist());
    }

    /** Withdraws the submission in force before the deadline; the proposal becomes a draft again. */
    @Transactional
    public SubmissionReceipt withdraw(long id) {
        Proposal proposal = proposals.actionable(id, "withdraw");
        Proposal.getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        Submission active = Submission.activeOf(id).orElseThrow(() -> ProblemException.conflict("not-submitted",
                "Proposal " + id + " has no submission in force"));
        GrantCall call = GrantCall.findById(proposal.callId);
        if (!ProposalStatus.IN_REVIEW.contains(proposal.status)) {
            throw ProblemException.conflict("admissibility-decided", "Proposal " + id + " is " + proposal.status
                    + ": its admissibility is decided and it can no longer be withdrawn");
        }
        // the process starter locks the submission row while it starts the process: after this lock the process
        // either exists (and is told) or will never be started
        Submission.getEntityManager().refresh(active, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (!now.isBefore(call.deadlineAt)) {
            throw ProblemException.conflict("call-closed", "The deadline of call " + call.code + " has passed: "
                    + "a submission can no longer be withdrawn");
        }
        active.withdrawnAt = now;
        active.withdrawnBy = currentUser.username();
        proposal.status = ProposalStatus.DRAFT;
        audit.record(currentUser.username(), "proposal", id, "withdrawn", ProposalStatus.SUBMITTED.name(),
                ProposalStatus.DRAFT.name(), "protocol " + call.code + "/" + active.protocolNumber);
        withdrawn.fire(new SubmissionWithdrawn(id, active.id, active.processInstanceId));
        return SubmissionReceipt.of(active, call.code);
    }

    public SubmissionReceipt current(long id) {
        Proposal proposal = proposals.readable(id);
        Submission active = Submission.activeOf(id).orElseThrow(() -> ProblemException.notFound(
                "Submission of proposal", id));
        return SubmissionReceipt.of(active, GrantCall.<GrantCall>findById(proposal.callId).code);
    }

    /** The snapshot exactly as stored and hashed. */
    public Submission snapshot(long id) {
        proposals.readable(id);
        return Submission.activeOf(id).orElseThrow(() -> ProblemException.notFound("Submission of proposal", id));
    }

    static String canonical(Snapshot snapshot) {
        return org.openbando.shared.Json.write(CANONICAL, snapshot, "A snapshot");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String rome(Instant instant) {
        return instant.atZone(ClockProducer.ROME).toOffsetDateTime().toString();
    }
}
