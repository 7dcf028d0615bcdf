package org.openbando.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;
import org.openbando.submission.Submissions;

/**
 * The status timeline of a proposal's submission in force: what happened, when, by whom (from its process), each step
 * named in the reader's language ({@link EligibilityTexts#timeline_step}: Italian labels by activity id, the model's
 * own names in English).
 */
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

    /** The timeline in Italian ("it") or English (anything else). */
    public List<TimelineEntry> timeline(long proposalId, Locale language) {
        proposals.readable(proposalId);
        Submissions.SubmissionView submission = submissions.inForce(proposalId).orElse(null);
        if (submission == null) {
            return List.of();
        }
        EligibilityTexts texts = Languages.texts(EligibilityTexts.class, language);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(texts.timeline_submission(String.valueOf(submission.protocolNumber())), null,
                submission.receivedAt(), submission.submittedBy()));
        for (ProcessHistory.Entry e : history.of(submission.id())) {
            entries.add(new TimelineEntry(texts.timeline_step(e.activityId(), e.name() == null ? e.activityId()
                    : e.name()), e.activityId(), e.at(), e.by() == null ? AuditTrail.SYSTEM : e.by()));
        }
        return entries;
    }
}
