package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * Notice before revocation (Law 241/1990 art. 10-bis, as for admissibility): the reasons, the term for observations.
 *
 * @param reasons worded in the document's language
 */
@PublicApi
public record RevocationNoticeData(ProposalHeading heading, String cup, BigDecimal grant, List<String> reasons,
        Instant obligationDueAt, int observationsTermDays, Instant observationsDueAt, Instant issuedAt)
        implements DocumentData {

    public RevocationNoticeData {
        reasons = List.copyOf(reasons);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REVOCATION_NOTICE;
    }
}
