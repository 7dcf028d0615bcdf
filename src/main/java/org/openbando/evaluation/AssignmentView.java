package org.openbando.evaluation;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * An expert's assignment as the expert's inbox shows it: before accepting, nothing of the proposal but its call,
 * protocol, acronym, title and the names of its consortium (lead, partners, providers of contracted research).
 *
 * @param late     the term has ended, or ends within the reminder days, and the expert has not submitted
 * @param declared the expert signed the declaration of absence of conflict of interest (accepted)
 */
@PublicApi
public record AssignmentView(long id, long submissionId, long callId, String callCode, String protocol,
        String acronym, String title, List<String> consortium, int seat, AssignmentStatus status, Instant assignedAt,
        Instant dueAt, Instant remindAt, Instant respondedAt, EndReason endReason, Instant endedAt, boolean late,
        boolean declared, boolean rapporteur) {

    /** Whether the expert still has to accept or decline. */
    public boolean awaitingAnswer() {
        return status == AssignmentStatus.ASSIGNED && endedAt == null;
    }
}
