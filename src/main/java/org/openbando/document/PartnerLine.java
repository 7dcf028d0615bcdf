package org.openbando.document;

import java.math.BigDecimal;
import org.openbando.shared.PublicApi;

/**
 * One member of the consortium in a receipt.
 *
 * @param role LEAD, ENTERPRISE or RESEARCH_ORGANISATION
 * @param cost the member's share of the eligible costs in EUR; may be null (a research organisation as contractor)
 */
@PublicApi
public record PartnerLine(String name, String vatNumber, String role, BigDecimal cost) {
}
