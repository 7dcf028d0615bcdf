package org.openbando.call;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * When a call takes submissions, judged by the server clock alone: from the opening instant (included) to the
 * deadline instant (excluded), while the call is published or open. A published call whose opening timer has not run
 * yet already accepts them, and an open call whose deadline timer has not run yet no longer does. The one truth of
 * the window: the drafting, the request and the submission register (which reads the figures in SQL) all ask it.
 */
@PublicApi
public record SubmissionWindow(CallStatus status, Instant opensAt, Instant deadlineAt) {

    public boolean acceptsSubmissionsAt(Instant now) {
        return (status == CallStatus.PUBLISHED || status == CallStatus.OPEN)
                && !now.isBefore(opensAt) && now.isBefore(deadlineAt);
    }

    /** Drafts may be started and changed until the deadline of a published or open call. */
    public boolean acceptsDraftsAt(Instant now) {
        return (status == CallStatus.PUBLISHED || status == CallStatus.OPEN) && now.isBefore(deadlineAt);
    }
}
