package org.openbando.proposal;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.call.GrantCall;
import org.openbando.call.Line;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;

/**
 * The short step of deadline day. The request checks everything it can without a lock (who may submit, a repeated
 * {@code Idempotency-Key}, whether anything blocks the proposal, the call's maximum of proposals per enterprise) and
 * prepares the snapshot; then the {@link SubmissionRegister} stores it together with the other submissions waiting
 * at that moment, in one transaction that checks again under lock what may have changed, takes the server receipt
 * time, judges it against the call's window and gives the next protocol number. The caller is acknowledged only
 * after the commit. A repeated request with the same key gets the stored acknowledgement again and creates nothing.
 */
@ApplicationScoped
public class SubmissionService {

    /** Canonical JSON for snapshots: sorted properties, ISO instants, so that the hash is reproducible. */
    static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final AgroalDataSource dataSource;
    private final ProposalService proposals;
    private final SubmissionRegister register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<SubmissionWithdrawn> withdrawn;
    private final Semaphore permits;

    public SubmissionService(AgroalDataSource dataSource, ProposalService proposals, SubmissionRegister register,
            CurrentUser currentUser, AuditTrail audit, Clock clock, Event<SubmissionWithdrawn> withdrawn,
            @ConfigProperty(name = "openbando.submission.max-concurrent", defaultValue = "8") int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.dataSource = dataSource;
        this.proposals = proposals;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
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
    }

    public record Lead(long organizationId, String name, String vatNumber) {
    }

    /**
     * Submits: checks and prepares with a few reads outside any transaction, then waits for the register to store
     * it. Must not be called inside a transaction that changed the proposal (the register writes in its own). At most
     * {@code openbando.submission.max-concurrent} requests prepare at once: the work is all processor and a few
     * reads, and a request waiting here holds no database connection, so that a rush queues in the application
     * instead of exhausting the connection pool (which would answer with errors).
     */
    public SubmissionReceipt submit(long id, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        Object checked;
        try {
            if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
                throw SubmissionRegister.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SubmissionRegister.busy();
        }
        try {
            checked = prepare(id, idempotencyKey);
        } finally {
            permits.release();
        }
        return checked instanceof SubmissionReceipt earlier ? earlier
                : register.store((SubmissionRegister.Prepared) checked);
    }

    /**
     * The receipt of an earlier request with the same key, or the submission checked and prepared for the register.
     * Only reads, with plain JDBC outside any transaction ({@link SubmissionCandidate}): the register checks again
     * under lock what may change meanwhile (the proposal, a repeated key, the enterprise's active proposals, the
     * call's window).
     */
    private Object prepare(long id, String idempotencyKey) {
        SubmissionCandidate candidate = Sql.read(dataSource, "proposal " + id, c -> SubmissionCandidate.read(c, id))
                .orElse(null);
        proposals.mayAct(id, candidate == null ? null : candidate.leadOrganizationId(), "submit");
        if (candidate.status().isSubmitted()) { // a retry, or a second click
            return earlier(id, idempotencyKey, candidate.callCode());
        }
        ProposalContent content = proposals.content(candidate.content()); // read once: checked, then frozen
        Set<Long> named = content.namedOrganizationIds();
        Map<Long, DraftChecks.Organisation> organisations = named.isEmpty() ? Map.of()
                : Sql.read(dataSource, "partners of proposal " + id, c -> SubmissionCandidate.organisations(c, named));
        List<FieldViolation> issues = DraftChecks.blockingIssues(content, candidate.rules(),
                candidate.leadOrganizationId(), organisations, candidate.attachedKinds(), LocalDate.now(clock),
                Locale.ENGLISH); // the API's language; the page lists them again in its own
        if (!issues.isEmpty()) {
            throw new ProblemException(422, "proposal-incomplete", "Proposal incomplete",
                    "The proposal cannot be submitted yet: " + issues.size() + " item(s) block it", issues);
        }
        Instant now = clock.instant();
        if (!GrantCall.acceptsSubmissions(candidate.callStatus(), candidate.opensAt(), candidate.deadlineAt(), now)) {
            // judged here to spare the queue; the register judges the receipt time
            throw SubmissionRegister.closed(candidate.callCode(), candidate.opensAt(), candidate.deadlineAt(), now);
        }
        return new SubmissionRegister.Prepared(id, candidate.version(), candidate.callId(), candidate.callCode(),
                candidate.line(), candidate.leadOrganizationId(), currentUser.username(), idempotencyKey,
                candidate.maxProposalsPerEnterprise(), content, candidate.attachments());
    }

    /**
     * A submitted proposal again: the receipt of the request with the same key, or 409 naming the submission in force.
     * One JDBC read, the register's own (a retry on deadline day takes this path).
     */
    private SubmissionReceipt earlier(long id, String idempotencyKey, String callCode) {
        List<SubmissionRegister.Earlier> earlier = Sql.read(dataSource, "the submissions of proposal " + id,
                c -> SubmissionRegister.earlierOf(c, List.of(id)));
        Optional<SubmissionRegister.Earlier> same = SubmissionRegister.Earlier.sameKey(earlier, id, idempotencyKey);
        if (same.isPresent()) {
            return same.get().receipt(callCode);
        }
        SubmissionRegister.Earlier inForce = SubmissionRegister.Earlier.inForce(earlier, id).orElseThrow(
                () -> ProblemException.conflict("stale-version", "Proposal " + id + " was withdrawn while it was "
                        + "being submitted: check it and submit again"));
        throw SubmissionRegister.alreadySubmitted(id, inForce.number(), inForce.receivedAt());
    }

    /**
     * Withdraws the submission in force before the deadline; the proposal becomes a draft again. When its process was
     * changing at the same moment (its receipt being issued), the withdrawal is tried again, up to three times.
     */
    public SubmissionReceipt withdraw(long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> withdrawOnce(id));
            } catch (ProblemException e) {
                if (attempt == 3 || !ProblemException.CONCURRENT_CHANGE.equals(e.slug())) {
                    throw e;
                }
            }
        }
    }

    private SubmissionReceipt withdrawOnce(long id) {
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
}
