package org.openbando.eligibility;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbando.call.CallService;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Json;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * The automatic eligibility checks of a submission: the rules of {@link EligibilityRule} on the frozen snapshot with
 * the facts frozen in it at submission ({@link Snapshot#members}: each member's type, size computation, clusters on
 * the day of submission, ever a member; editing an organisation afterwards changes nothing judged), the consortium as
 * submitted and the enterprises' submissions in force up to this protocol number, stored as a round of results; and
 * those results as people read them, in their language.
 */
@ApplicationScoped
@PublicApi
public class EligibilityChecks {

    /** One rule's result as shown to people: what it checks, the outcome, why, and the inputs it used. */
    public record RuleResult(EligibilityRule rule, String checks, EligibilityRule.Outcome outcome, String reason,
            Map<String, Object> inputs) {
    }

    /**
     * The latest round of eligibility checks of the submission in force: PENDING until the checks have run (they run
     * right after the acknowledgement), CHECKED after. For a draft, DRAFT: the rules that can be judged before
     * submission on the draft as it stands today (no round: nothing is stored).
     */
    public record Eligibility(long proposalId, Long submissionId, String state, Integer round, Instant checkedAt,
            Boolean eligible, List<RuleResult> results) {
    }

    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final CallService calls;
    private final Submissions submissions;
    private final ProposalService proposals;
    private final AttachmentService attachments;

    public EligibilityChecks(AuditTrail audit, Clock clock, ObjectMapper json, CallService calls,
            Submissions submissions, ProposalService proposals,
            AttachmentService attachments) {
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.calls = calls;
        this.submissions = submissions;
        this.proposals = proposals;
        this.attachments = attachments;
    }

    /** Runs every rule on the submission as submitted and stores them as a new round; true when none fails. */
    @Transactional
    public boolean check(long submissionId) {
        Submissions.SubmissionView submission = submissions.get(submissionId);
        Snapshot snapshot = submissions.snapshot(submissionId);
        LocalDate receivedOn = submission.receivedAt().atZone(ClockProducer.ROME).toLocalDate();
        Map<Long, OrganizationFacts> facts = snapshot.memberFacts(); // frozen: later edits change nothing judged
        Map<Long, Long> active = submissions.activeUpTo(submission, submission.members().stream()
                .filter(id -> frozen(facts, id, submissionId).enterprise()).toList());
        List<EligibilityRules.Member> members = submission.members().stream().map(id -> member(facts.get(id),
                id == submission.leadOrganizationId(), active.getOrDefault(id, 0L))).toList();
        // in time: judged at the instant the request arrived, as the register did (docs/adr/0006)
        List<EligibilityRules.Result> results = EligibilityRules.check(new EligibilityRules.Facts(snapshot.line(),
                submission.arrivedAt(), receivedOn, snapshot.content(), members, attestationAttached(snapshot,
                        submission), calls.rules(submission.callId())));

        int round = EligibilityResult.lastRound(submissionId) + 1;
        Instant now = clock.instant();
        for (EligibilityRules.Result r : results) {
            EligibilityResult row = new EligibilityResult();
            row.proposalId = submission.proposalId();
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
        audit.record(AuditTrail.SYSTEM, "proposal", submission.proposalId(), "eligibility-checked", null, null,
                "round " + round + ": " + (failed == 0 ? "all rules pass" : failed + " rule(s) fail"));
        return failed == 0;
    }

    /** The results with what each rule checks and its reason in the language given (Italian or English). */
    public Eligibility results(long proposalId, Locale language) {
        proposals.readable(proposalId);
        Submissions.SubmissionView submission = submissions.inForce(proposalId).orElse(null);
        if (submission == null) {
            List<RuleResult> preview = DraftEligibility.results(proposals.draftFacts(proposalId)).stream()
                    .map(r -> new RuleResult(r.rule(), r.rule().checks(language), r.outcome(), r.reason(language),
                            r.inputs())).toList();
            return new Eligibility(proposalId, null, "DRAFT", null, null,
                    preview.stream().noneMatch(r -> r.outcome() == EligibilityRule.Outcome.FAIL), preview);
        }
        List<EligibilityResult> latest = EligibilityResult.latestOf(submission.id());
        if (latest.isEmpty()) {
            return new Eligibility(proposalId, submission.id(), "PENDING", null, null, null, List.of());
        }
        List<RuleResult> results = latest.stream().map(r -> new RuleResult(r.rule, r.rule.checks(language),
                r.outcome, r.reason(language), Json.read(json, r.inputs,
                        new TypeReference<LinkedHashMap<String, Object>>() {
                        }, "Stored eligibility inputs"))).toList();
        return new Eligibility(proposalId, submission.id(), "CHECKED", latest.get(0).round, latest.get(0).checkedAt,
                results.stream().noneMatch(r -> r.outcome() == EligibilityRule.Outcome.FAIL), results);
    }

    private static OrganizationFacts frozen(Map<Long, OrganizationFacts> facts, long organizationId,
            long submissionId) {
        OrganizationFacts found = facts.get(organizationId);
        if (found == null) {
            throw new IllegalStateException("The snapshot of submission " + submissionId + " has no facts of its "
                    + "member " + organizationId);
        }
        return found;
    }

    /** A member of the consortium as the rules see it. */
    static EligibilityRules.Member member(OrganizationFacts o, boolean lead, long proposalsUpToThis) {
        return new EligibilityRules.Member(o.id(), o.name(), o.vatNumber(), lead, o.enterprise(),
                o.enterprise() ? o.sizeClass().name() : o.type().name(), o.sme(), o.clusterMemberOnDay(),
                o.everClusterMember(), o.enterprise() ? proposalsUpToThis : 0);
    }

    /** The attestation is among the attachments of the snapshot or of a completion of documents. */
    private boolean attestationAttached(Snapshot snapshot, Submissions.SubmissionView submission) {
        return snapshot.has(AttachmentKind.CLUSTER_ATTESTATION) || attachments.addedSince(submission.proposalId(),
                submission.receivedAt()).stream().anyMatch(a -> a.kind() == AttachmentKind.CLUSTER_ATTESTATION);
    }
}
