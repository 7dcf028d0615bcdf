package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * The facts common to every document of a proposal.
 *
 * @param line "A" (cluster members) or "B" (non-members)
 * @param acronym may be null
 * @param receivedAt the server receipt time of the submission (shown to the millisecond, in Europe/Rome)
 * @param snapshotSha256 the SHA-256 (hex) of the frozen submission snapshot
 */
@PublicApi
public record ProposalHeading(String callCode, String callTitle, String line, String proposalTitle, String acronym,
        String leadName, String leadVatNumber, long protocolNumber, Instant receivedAt, String snapshotSha256) {
}
