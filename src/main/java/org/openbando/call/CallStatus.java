package org.openbando.call;

import org.openbando.shared.PublicApi;
/**
 * The status a user sees. DRAFT while the officer prepares it; PUBLISHED when the officer publishes it (the call
 * process, {@code bpmn/call.bpmn}, starts in the same transaction); OPEN and CLOSED are set by the process at its
 * opening and deadline timers. CONCLUDED when the process ends: the ranking approved and its reserve list expired.
 */
@PublicApi
public enum CallStatus {
    DRAFT, PUBLISHED, OPEN, CLOSED, CONCLUDED
}
