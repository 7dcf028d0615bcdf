package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The receipt of a submission: the heading plus a summary of the proposal as submitted. Nullable: thematicArea,
 * plannedStart, durationMonths, startTrl, targetTrl (a submitted proposal has them, but the receipt does not insist).
 *
 * @param arrivedAt when the request arrived at the server, the instant judged against the deadline (the heading's
 *        {@code receivedAt} is when it was registered)
 */
@PublicApi
public record ReceiptData(ProposalHeading heading, Instant arrivedAt, String submittedBy, String thematicArea, LocalDate plannedStart,
        Integer durationMonths, List<PartnerLine> partners, BigDecimal totalCost, BigDecimal industrialResearchCost,
        BigDecimal experimentalDevelopmentCost, int workPackages, Integer startTrl, Integer targetTrl)
        implements DocumentData {

    public ReceiptData {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECEIPT;
    }
}
