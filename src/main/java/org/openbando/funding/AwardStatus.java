package org.openbando.funding;

import org.openbando.shared.PublicApi;

/**
 * A funded project's concession: CONCESSION (the officer completes the checklist), DECIDED (the funding decision is
 * issued, the beneficiary's acceptance awaited), ACCEPTED; the ends RENOUNCED, FORFEITED (not accepted in time),
 * REVOKED.
 */
@PublicApi
public enum AwardStatus {
    CONCESSION, DECIDED, ACCEPTED, RENOUNCED, FORFEITED, REVOKED
}
