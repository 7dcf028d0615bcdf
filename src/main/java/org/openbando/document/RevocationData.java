package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The revocation of a grant (signed): the reasons, the notice it follows, the observations received (or that none
 * came) and why they were not accepted; the amount revoked.
 *
 * @param observations the beneficiary's observations; null when none came within the term
 * @param whyNotAccepted the officer's answer to the observations (required when there were any)
 */
@PublicApi
public record RevocationData(ProposalHeading heading, String cup, String cor, BigDecimal grant,
        List<String> reasons, Instant noticeAt, String observations, Instant observationsAt, String whyNotAccepted,
        String revokedBy, Instant revokedAt) implements DocumentData {

    public RevocationData {
        reasons = List.copyOf(reasons);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REVOCATION;
    }

    /** Whether the beneficiary sent observations (then the revocation must say why they were not accepted). */
    public boolean hasObservations() {
        return observations != null && !observations.isBlank();
    }
}
