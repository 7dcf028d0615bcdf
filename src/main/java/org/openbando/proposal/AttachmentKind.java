package org.openbando.proposal;

import org.openbando.shared.PublicApi;
/** What an attachment of a proposal is. */
@PublicApi
public enum AttachmentKind {
    /**
     * The attestation of the cluster's managing body that the project fits the cluster's Strategic Research Agenda and
     * that the enterprise is a valid candidate member: required for Line B, at most one per proposal.
     */
    CLUSTER_ATTESTATION,
    /** Any other supporting document. */
    OTHER
}
