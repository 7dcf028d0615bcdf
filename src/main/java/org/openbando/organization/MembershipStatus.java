package org.openbando.organization;

import org.openbando.shared.PublicApi;

/** Whether a membership of a cluster is in force or has ended. */
@PublicApi
public enum MembershipStatus {
    ACTIVE, ENDED
}
