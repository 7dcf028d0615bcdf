package org.openbando.funding;

import org.openbando.shared.PublicApi;

/**
 * The Line B obligation to join a cluster: NOT_REQUIRED (Line A), PENDING (term running), PROOF_SUBMITTED (awaiting
 * the officer), CONFIRMED, NOTICE (term lapsed: notice before revocation, observations term running), REVOKED.
 */
@PublicApi
public enum JoiningStatus {
    NOT_REQUIRED, PENDING, PROOF_SUBMITTED, CONFIRMED, NOTICE, REVOKED
}
