package org.openbando.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openbando.call.GrantCall;
import org.openbando.organization.Organization;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;
import static org.openbando.shared.AuditTrail.SYSTEM;
import org.openbando.shared.ClockProducer;

/**
 * The steps of the proposal process that the engine takes, not a person: picking up stored submissions to start
 * their process (the outbox), the automatic eligibility checks, the statuses of the waits, and the lapse of terms.
 * Called by the workflow package from the engine's transactions.
 */
@ApplicationScoped
public class ProposalLifecycle {

    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final ProposalDocuments documents;

    public ProposalLifecycle(AuditTrail audit, Clock clock, ObjectMapper json, ProposalDocuments documents) {
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.documents = documents;
    }

    /** What the process of a submission starts with. */
    public record ProcessStart(long proposalId, long submissionId, long callId, long leadOrganizationId,
            boolean noticeBeforeRejection) {
    }

    /**
     * Locks up to {@code limit} stored submissions whose process has not started, oldest first, skipping those
     * another starter holds. The caller starts their processes and calls {@link #markStarted} in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProcessStart> lockPendingStarts(int limit) {
        List<Submission> pending = Submission.getEntityManager()
                .createQuery("from Submission where processStartedAt is null and withdrawnAt is null order by id",
                        Submission.class)
                .setMaxResults(limit).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        List<ProcessStart> starts = new ArrayList<>(pending.size());
        for (Submission s : pending) {
            Proposal proposal = Proposal.findById(s.proposalId);
            GrantCall call = GrantCall.findById(s.callId);
            starts.add(new ProcessStart(s.proposalId, s.id, s.callId, proposal.leadOrganizationId,
                    call.rules.noticeBeforeRejection));
        }
        return starts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markStarted(long submissionId, String processInstanceId) {
        Submission submission = Submission.findById(submissionId);
        submission.processInstanceId = processInstanceId;
        submission.processStartedAt = clock.instant();
    }

    /** Runs the twelve rules on the submission as submitted and stores them as a new round; true when none fails. */
    @Transactional
    public boolean checkEligibility(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        Proposal proposal = Proposal.findById(submission.proposalId);
        GrantCall call = GrantCall.findById(submission.callId);
        JsonNode snapshot = Json.tree(json, submission.snapshot, "A stored snapshot");
        ProposalContent content = json.convertValue(snapshot.get("content"), ProposalContent.class);
        LocalDate receivedOn = submission.receivedAt.atZone(ClockProducer.ROME).toLocalDate();
        List<SubmissionMember> members = SubmissionMember.list("submissionId = ?1 order by lead desc, organizationId",
                submissionId);
        Map<Long, Organization> organizations = Organization.<Organization>list("id in ?1",
                members.stream().map(m -> m.organizationId).toList()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        List<EligibilityRules.Member> facts = members.stream().map(m -> {
            Organization o = organizations.get(m.organizationId);
            boolean enterprise = o.type.isEnterprise();
            org.openbando.organization.SizeClass size = enterprise ? o.size().sizeClass() : null;
            return new EligibilityRules.Member(o.id, o.name, o.vatNumber, m.lead, enterprise,
                    enterprise ? size.name() : o.type.name(), enterprise && size.isSme(),
                    o.isClusterMemberOn(receivedOn), !o.wasNeverClusterMember(),
                    enterprise ? activeSubmissionsUpTo(o.id, submission) : 0);
        }).toList();
        EligibilityRules.CallRules rules = new EligibilityRules.CallRules(call.opensAt, call.deadlineAt,
                call.thematicAreas.stream().map(a -> a.code).collect(Collectors.toSet()), call.rules.minStartTrl,
                call.rules.minTargetTrl, call.rules.maxTargetTrl, call.rules.researchMustPrevail,
                call.rules.minProjectCost, call.rules.maxProjectCost, call.rules.minEnterprises,
                call.rules.maxProposalsPerEnterprise);
        List<EligibilityRules.Result> results = EligibilityRules.check(new EligibilityRules.Facts(proposal.line,
                submission.receivedAt, receivedOn, content, facts, attestationAttached(snapshot, submission), rules));

        int round = EligibilityResult.lastRound(submissionId) + 1;
        Instant now = clock.instant();
        for (EligibilityRules.Result r : results) {
            EligibilityResult row = new EligibilityResult();
            row.proposalId = proposal.id;
            row.submissionId = submissionId;
            row.round = round;
            row.rule = r.rule();
            row.outcome = r.outcome();
            row.reason = r.reason(Locale.ENGLISH);
            row.reasonIt = r.reason(Locale.ITALIAN);
            row.inputs = Json.write(json, r.inputs(), "Eligibility inputs");
            row.checkedAt = now;
            row.persist();
        }
        long failed = results.stream().filter(r -> r.outcome() == EligibilityRule.Outcome.FAIL).count();
        audit.record(SYSTEM, "proposal", proposal.id, "eligibility-checked", null, null,
                "round " + round + ": " + (failed == 0 ? "all rules pass" : failed + " rule(s) fail"));
        return failed == 0;
    }

    /** The process reached a wait: the proposal shows it (unless the submission was withdrawn meanwhile). */
    @Transactional
    public void enter(long submissionId, ProposalStatus status) {
        Submission submission = Submission.findById(submissionId);
        Proposal proposal = Proposal.findById(submission.proposalId);
        if (submission.withdrawnAt == null && proposal.status != status) {
            audit.record(SYSTEM, "proposal", proposal.id, "status", proposal.status.name(), status.name(), null);
            proposal.status = status;
        }
    }

    /** The term to complete documents passed without an answer: the proposal is inadmissible. Returns the step. */
    @Transactional
    public long completionTermExpired(long submissionId) {
        AdmissibilityStep request = AdmissibilityStep.last(submissionId, AdmissibilityStep.Kind.COMPLETION_REQUESTED);
        AdmissibilityStep step = AdmissibilityService.step(request.proposalId, submissionId,
                AdmissibilityStep.Kind.INADMISSIBLE, "The documents requested were not completed within the term, "
                        + "which ended at " + request.dueAt.atZone(ClockProducer.ROME).toOffsetDateTime(),
                request.items, null, SYSTEM, clock.instant());
        enter(submissionId, ProposalStatus.INADMISSIBLE);
        return step.id;
    }

    /** The term for observations passed without any: the officer decides on what is in the file. */
    @Transactional
    public void observationsTermExpired(long submissionId) {
        AdmissibilityStep notice = AdmissibilityStep.last(submissionId, AdmissibilityStep.Kind.REJECTION_NOTIFIED);
        AdmissibilityService.step(notice.proposalId, submissionId, AdmissibilityStep.Kind.OBSERVATIONS_TERM_EXPIRED,
                "No observations were sent within the term", null, null, SYSTEM, clock.instant());
    }

    /** The receipt PDF/A of a submission (once; a repeated job finds it issued). */
    @Transactional
    public void issueReceipt(long submissionId) {
        documents.issueReceipt(submissionId);
    }

    /** The PDF/A of a decision or of a lapsed term, for its recorded step (once). */
    @Transactional
    public void issueDecisionDocument(long stepId) {
        documents.issueDecision(stepId);
    }

    /**
     * Counted for the maximum of proposals per enterprise: earlier protocol numbers count first. Read from the
     * enterprise's memberships, then those submissions by key, so that the cost follows the enterprise's few
     * submissions and not the call's many (as one query the planner could start from the call).
     */
    private static long activeSubmissionsUpTo(long organizationId, Submission submission) {
        List<Long> memberOf = Submission.getEntityManager().createQuery("select m.submissionId from "
                + "SubmissionMember m where m.organizationId = ?1", Long.class).setParameter(1, organizationId)
                .getResultList();
        return memberOf.isEmpty() ? 0 : Submission.count("callId = ?1 and withdrawnAt is null "
                + "and protocolNumber <= ?2 and id in ?3", submission.callId, submission.protocolNumber, memberOf);
    }

    /** The attestation is among the attachments of the snapshot or of a completion of documents. */
    private static boolean attestationAttached(JsonNode snapshot, Submission submission) {
        if (AttachmentService.addedSince(submission.proposalId, submission.receivedAt).stream()
                .anyMatch(a -> a.kind == AttachmentKind.CLUSTER_ATTESTATION)) {
            return true;
        }
        JsonNode attachments = snapshot.path("attachments");
        for (JsonNode attachment : attachments) {
            if ("CLUSTER_ATTESTATION".equals(attachment.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }


}
