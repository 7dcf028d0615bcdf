package org.openbando.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.openbando.proposal.CompletionTerms;
import org.openbando.submission.Submissions;

/** The term of the last request to complete documents of the submission in force (the port of the proposal feature). */
@ApplicationScoped
class OpenCompletionTerms implements CompletionTerms {

    private final Submissions submissions;

    OpenCompletionTerms(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Instant endOf(long proposalId) {
        return submissions.inForce(proposalId)
                .map(submission -> AdmissibilityStep.last(submission.id(), StepKind.COMPLETION_REQUESTED))
                .map(request -> request.dueAt)
                .orElseThrow(() -> new IllegalStateException("Proposal " + proposalId
                        + " has no request to complete documents in force"));
    }
}
