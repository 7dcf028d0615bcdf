package org.openbando.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/** The status timeline of a proposal's submission in force: what happened, when, by whom (from its process). */
@ApplicationScoped
@PublicApi
public class ProposalTimeline {

    /** A moment of the status timeline: what happened, when, by whom. */
    public record TimelineEntry(String step, String activityId, Instant at, String by) {
    }

    private final ProposalService proposals;
    private final Submissions submissions;
    private final ProcessHistory history;

    public ProposalTimeline(ProposalService proposals, Submissions submissions, ProcessHistory history) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.history = history;
    }

    public List<TimelineEntry> timeline(long proposalId) {
        proposals.readable(proposalId);
        Submissions.SubmissionView submission = submissions.inForce(proposalId).orElse(null);
        if (submission == null) {
            return List.of();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry("Submission stored with protocol number " + submission.protocolNumber(), null,
                submission.receivedAt(), submission.submittedBy()));
        for (ProcessHistory.Entry e : history.of(submission.id())) {
            entries.add(new TimelineEntry(e.name(), e.activityId(), e.at(), e.by() == null ? AuditTrail.SYSTEM
                    : e.by()));
        }
        return entries;
    }
}
