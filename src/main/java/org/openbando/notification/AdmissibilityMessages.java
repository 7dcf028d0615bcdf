package org.openbando.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import org.openbando.eligibility.AdmissibilityStepRecorded;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * Tells the applicants of every admissibility decision: when the review records a step of the office (admitted, a
 * request to complete documents, a notice before rejection, inadmissible, also when the completion term lapsed), the
 * users who act for the lead organisation get a message, in the recording transaction, linking to the proposal's
 * page. Eligibility does not know of it: this observes its public event.
 */
@ApplicationScoped
class AdmissibilityMessages {

    private final Notifications notifications;
    private final Submissions submissions;

    AdmissibilityMessages(Notifications notifications, Submissions submissions) {
        this.notifications = notifications;
        this.submissions = submissions;
    }

    void onRecorded(@Observes AdmissibilityStepRecorded step) {
        MessageKind kind = switch (step.kind()) {
            case ADMITTED -> MessageKind.ADMITTED;
            case COMPLETION_REQUESTED -> MessageKind.COMPLETION_REQUESTED;
            case REJECTION_NOTIFIED -> MessageKind.REJECTION_NOTIFIED;
            case INADMISSIBLE -> MessageKind.INADMISSIBLE;
            default -> null; // the applicant's own answers and the lapse of the observations term: nothing to tell
        };
        Submissions.SubmissionView submission = submissions.get(step.submissionId());
        if (kind == null || submission.withdrawnAt() != null) {
            return;
        }
        Snapshot snapshot = submissions.snapshot(step.submissionId());
        Map<String, String> values = new HashMap<>();
        values.put("call", snapshot.callCode());
        values.put("protocol", String.valueOf(submission.protocolNumber()));
        if (snapshot.content() != null) {
            values.put("acronym", snapshot.content().acronym());
            values.put("title", snapshot.content().title());
        }
        if (step.dueAt() != null) {
            values.put("dueAt", step.dueAt().toString());
        }
        notifications.sendToOrganization(submission.leadOrganizationId(), kind, values,
                "/proposals/" + step.proposalId());
    }
}
