package org.openbando.submission;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.OrganizationFacts;
import org.openbando.organization.OrganizationReader;
import org.openbando.proposal.DraftChecks;
import org.openbando.proposal.DraftFacts;
import org.openbando.proposal.DraftReader;
import org.openbando.proposal.DraftRules;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalRef;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Integrity;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * The short step of deadline day. The request checks everything it can without a lock (who may submit, a repeated
 * {@code Idempotency-Key}, whether anything blocks the proposal, the call's maximum of proposals per enterprise) and
 * prepares the snapshot; then the {@link SubmissionRegister} stores it together with the other submissions waiting
 * at that moment, in one transaction that checks again under lock what may have changed, judges the instant the
 * request arrived against the call's window, takes the registration time and gives the next protocol number. The
 * caller is acknowledged only after the commit. A repeated request with the same key gets the stored acknowledgement
 * again and creates nothing. At most {@code max-waiting} requests are in flight; beyond it, and for a request that
 * could not be stored within {@code max-wait}, 503 with {@code Retry-After}.
 */
@ApplicationScoped
@PublicApi
public class SubmissionService {

    private final AgroalDataSource dataSource;
    private final ProposalService proposals;
    private final SubmissionRegister register;
    private final CurrentUser currentUser;
    private final ProposalStatuses statuses;
    private final DraftRules rules;
    private final CallService calls;
    private final Clock clock;
    private final Event<SubmissionWithdrawn> withdrawn;
    private final Semaphore permits;
    private final Integrity integrity;
    private final Semaphore inFlight;
    private final Duration maxWait;
    private final SubmissionArrivals arrivals;

    SubmissionService(AgroalDataSource dataSource, ProposalService proposals, SubmissionRegister register,
            CurrentUser currentUser, ProposalStatuses statuses, DraftRules rules, CallService calls, Clock clock,
            Event<SubmissionWithdrawn> withdrawn, SubmissionConfig config, Integrity integrity,
            SubmissionArrivals arrivals) {
        this.integrity = integrity;
        this.permits = new Semaphore(config.maxConcurrent(), true);
        this.inFlight = new Semaphore(config.maxWaiting());
        this.maxWait = config.maxWait();
        this.arrivals = arrivals;
        this.dataSource = dataSource;
        this.proposals = proposals;
        this.register = register;
        this.currentUser = currentUser;
        this.statuses = statuses;
        this.rules = rules;
        this.calls = calls;
        this.clock = clock;
        this.withdrawn = withdrawn;
    }


    /**
     * Submits: checks and prepares with a few reads outside any transaction, then waits for the register to store
     * it. Must not be called inside a transaction that changed the proposal (the register writes in its own). Judged
     * at the instant the request arrived ({@link SubmissionArrivals}). At most {@code openbando.submission.max-waiting}
     * requests are in flight (beyond, 503 at once: the worker threads stay free for pages and logins), and at most
     * {@code max-concurrent} of them prepare at once: the work is all processor and a few reads, and a request waiting
     * here holds no database connection, so that a rush queues in the application instead of exhausting the
     * connection pool (which would answer with errors). No request waits longer than {@code max-wait} for its turn.
     */
    public SubmissionReceipt submit(long id, String idempotencyKey) {
        Instant arrivedAt = arrivals.arrivedAt();
        long giveUpAt = System.nanoTime() + maxWait.toNanos();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        if (!inFlight.tryAcquire()) {
            throw SubmissionRegister.busy();
        }
        try {
            Object checked;
            try {
                if (!permits.tryAcquire(giveUpAt - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw SubmissionRegister.busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SubmissionRegister.busy();
            }
            try {
                checked = prepare(id, idempotencyKey, arrivedAt);
            } finally {
                permits.release();
            }
            return checked instanceof SubmissionReceipt earlier ? earlier
                    : register.store((SubmissionRegister.Prepared) checked,
                            Duration.ofNanos(giveUpAt - System.nanoTime()));
        } finally {
            inFlight.release();
        }
    }

    /** What bounds the submission requests in flight ({@code max-waiting} permits); tests fill it to see the 503. */
    Semaphore inFlight() {
        return inFlight;
    }

    /**
     * The receipt of an earlier request with the same key, or the submission checked and prepared for the register.
     * Only reads, with plain JDBC outside any transaction ({@link SubmissionCandidate}): the register checks again
     * under lock what may change meanwhile (the proposal, a repeated key, the enterprise's active proposals, the
     * call's window).
     */
    private Object prepare(long id, String idempotencyKey, Instant arrivedAt) {
        SubmissionCandidate candidate = Sql.read(dataSource, "proposal " + id, c -> SubmissionCandidate.read(c, id))
                .orElse(null);
        proposals.mayAct(id, candidate == null ? null : candidate.draft().leadOrganizationId(), "submit");
        DraftReader.DraftRow draft = candidate.draft();
        CallRules call = candidate.call();
        if (draft.status().isSubmitted()) { // a retry, or a second click
            return earlier(id, idempotencyKey, call.code());
        }
        ProposalContent content = proposals.content(draft.content()); // read once: checked, then frozen
        Instant now = arrivedAt;
        LocalDate today = LocalDate.ofInstant(now, ClockProducer.ROME);
        Set<Long> named = new HashSet<>(content.namedOrganizationIds());
        named.add(draft.leadOrganizationId());
        long[] withLead = new long[1]; // the lead's submissions in force in the call: the register's count query
        Map<Long, OrganizationFacts> organisations = Sql.read(dataSource, "the consortium of proposal " + id, c -> {
            withLead[0] = Submissions.activeWith(c, List.of(draft.callId()), List.of(draft.leadOrganizationId()),
                    null).getOrDefault(new Submissions.InCall(draft.callId(), draft.leadOrganizationId()), 0L);
            return OrganizationReader.facts(c, named, today);
        });
        List<FieldViolation> issues = DraftChecks.blockingIssues(new DraftFacts(draft.line(), content, call,
                draft.leadOrganizationId(), organisations, candidate.attachedKinds(), now, today,
                draft.confirmedPartners()), rules,
                Locale.ENGLISH); // the API's language; the page lists them again in its own
        if (!issues.isEmpty()) {
            throw new ProblemException(422, "proposal-incomplete", "Proposal incomplete",
                    "The proposal cannot be submitted yet: " + issues.size() + " item(s) block it", issues);
        }
        if (!call.window().acceptsSubmissionsAt(now)) {
            // judged here to spare the queue; the register judges it again
            throw SubmissionRegister.closed(call.code(), call.window().opensAt(), call.window().deadlineAt(), now);
        }
        if (withLead[0] >= call.maxProposalsPerEnterprise()) {
            // here too, so that over-quota attempts never reach the register; it counts again under its lock
            throw SubmissionRegister.tooMany(withLead[0], call.code());
        }
        SubmissionRegister.Prepared prepared = new SubmissionRegister.Prepared(id, draft.version(), draft.callId(),
                call.code(), draft.line(), draft.leadOrganizationId(), currentUser.username(), idempotencyKey,
                call.maxProposalsPerEnterprise(), content, candidate.submittedAttachments(),
                members(draft.leadOrganizationId(), content, organisations), arrivedAt);
        SubmissionRegister.fits(prepared);
        return prepared;
    }

    /**
     * The facts of the consortium that the checks above judged, frozen into the snapshot: the lead, then each partner
     * in the proposal's order (the eligibility checks judge these, never the organisations as they are later). No
     * second read: the organisations were read once, for the checks.
     */
    static List<OrganizationFacts> members(long lead, ProposalContent content, Map<Long, OrganizationFacts> read) {
        List<OrganizationFacts> members = new ArrayList<>();
        members.add(Objects.requireNonNull(read.get(lead), "the lead's facts"));
        content.partnersOrEmpty().forEach(p -> members.add(Objects.requireNonNull(read.get(p.organizationId()),
                "a partner's facts")));
        return members;
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
            ProblemException reused = same.get().keyReused(callCode);
            if (reused != null) {
                throw reused;
            }
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
        proposals.actionable(id, "withdraw");
        ProposalRef proposal = statuses.lock(id);
        Submission active = Submission.activeOf(id).orElseThrow(() -> ProblemException.conflict("not-submitted",
                "Proposal " + id + " has no submission in force"));
        CallRules call = calls.rules(proposal.callId());
        if (!ProposalStatus.IN_REVIEW.contains(proposal.status())) {
            throw ProblemException.conflict("admissibility-decided", "Proposal " + id + " is " + proposal.status()
                    + ": its admissibility is decided and it can no longer be withdrawn");
        }
        // the process starter locks the submission row while it starts the process: after this lock the process
        // either exists (and is told) or will never be started
        Submission.getEntityManager().refresh(active, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (!now.isBefore(call.window().deadlineAt())) {
            throw ProblemException.conflict("call-closed", "The deadline of call " + call.code() + " has passed: "
                    + "a submission can no longer be withdrawn");
        }
        active.withdrawnAt = now;
        active.withdrawnBy = currentUser.username();
        statuses.move(id, ProposalStatus.DRAFT, currentUser.username(), "withdrawn", "protocol " + call.code() + "/"
                + active.protocolNumber);
        withdrawn.fire(new SubmissionWithdrawn(id, active.id));
        return SubmissionReceipt.of(active, call.code());
    }

    public SubmissionReceipt current(long id) {
        ProposalRef proposal = proposals.readable(id);
        Submission active = Submission.activeOf(id).orElseThrow(() -> ProblemException.notFound(
                "Submission of proposal", id));
        return SubmissionReceipt.of(active, calls.rules(proposal.callId()).code());
    }

    /** The snapshot exactly as stored and hashed, once checked against its hash ({@link Integrity}). */
    Submission snapshot(long id) {
        proposals.readable(id);
        Submission active = Submission.activeOf(id).orElseThrow(() -> ProblemException.notFound(
                "Submission of proposal", id));
        integrity.checked(Integrity.SNAPSHOT, active.id, active.proposalId, active.snapshot, active.sha256);
        return active;
    }
}
