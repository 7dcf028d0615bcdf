package org.openbando.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/** The officers' queue of the admissibility review: first come, first served, by protocol order. */
@ApplicationScoped
@PublicApi
public class OfficerQueue {

    /** One line of the officers' queue. */
    public record QueueItem(long proposalId, String callCode, long protocolNumber, Instant receivedAt,
            String leadName, String line, ProposalStatus status, String acronym, String title, Integer failedRules,
            Instant openTermEndsAt) {
    }

    /** The officers' queue: what waits for them first, then what waits for the checks or the applicant. */
    public record Queue(List<QueueItem> awaitingDecision, List<QueueItem> inProgress) {
    }

    private final ProposalService proposals;
    private final Submissions submissions;

    public OfficerQueue(ProposalService proposals, Submissions submissions) {
        this.proposals = proposals;
        this.submissions = submissions;
    }

    /** The submissions under admissibility review, in protocol order; proposals, results and terms read once each. */
    public Queue queue() {
        List<ProposalView> inReview = proposals.inStatus(ProposalStatus.IN_REVIEW);
        if (inReview.isEmpty()) {
            return new Queue(List.of(), List.of());
        }
        Map<Long, Submissions.SubmissionView> byProposal = submissions.inForce(inReview.stream()
                .map(ProposalView::id).toList());
        List<Long> submissionIds = byProposal.values().stream().map(Submissions.SubmissionView::id).toList();
        Map<Long, Long> failed = new HashMap<>();
        Map<Long, Boolean> checked = new HashMap<>();
        Map<Long, Instant> terms = new HashMap<>(); // the latest step with a term, per submission
        if (!submissionIds.isEmpty()) {
            EligibilityResult.getEntityManager().createQuery("select r.submissionId, count(r) from EligibilityResult r "
                    + "where r.outcome = ?1 and r.submissionId in ?2 and r.round = (select max(x.round) from "
                    + "EligibilityResult x where x.submissionId = r.submissionId) group by r.submissionId",
                    Object[].class).setParameter(1, EligibilityRule.Outcome.FAIL).setParameter(2, submissionIds)
                    .getResultList().forEach(row -> failed.put((Long) row[0], (Long) row[1]));
            EligibilityResult.getEntityManager().createQuery("select distinct r.submissionId from EligibilityResult r "
                    + "where r.submissionId in ?1", Long.class).setParameter(1, submissionIds)
                    .getResultList().forEach(id -> checked.put(id, true));
            AdmissibilityStep.getEntityManager().createQuery("select a.submissionId, a.dueAt from AdmissibilityStep a "
                    + "where a.submissionId in ?1 and a.id = (select max(x.id) from AdmissibilityStep x "
                    + "where x.submissionId = a.submissionId and x.dueAt is not null)", Object[].class)
                    .setParameter(1, submissionIds)
                    .getResultList().forEach(row -> terms.put((Long) row[0], (Instant) row[1]));
        }
        List<QueueItem> awaiting = new ArrayList<>();
        List<QueueItem> others = new ArrayList<>();
        inReview.stream().filter(p -> byProposal.containsKey(p.id()))
                .sorted(Comparator.comparing((ProposalView p) -> byProposal.get(p.id()).receivedAt())
                        .thenComparing(p -> byProposal.get(p.id()).protocolNumber()))
                .forEach(p -> {
                    Submissions.SubmissionView s = byProposal.get(p.id());
                    Instant term = p.status() == ProposalStatus.COMPLETION_REQUESTED
                            || p.status() == ProposalStatus.REJECTION_NOTIFIED ? terms.get(s.id()) : null;
                    QueueItem item = new QueueItem(p.id(), p.callCode(), s.protocolNumber(), s.receivedAt(),
                            p.leadOrganizationName(), p.line().name(), p.status(), p.content().acronym(),
                            p.content().title(), checked.containsKey(s.id())
                                    ? failed.getOrDefault(s.id(), 0L).intValue() : null, term);
                    (ProposalStatus.AWAITING_OFFICER.contains(p.status()) ? awaiting : others).add(item);
                });
        return new Queue(awaiting, others);
    }
}
