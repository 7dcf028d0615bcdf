package org.openbando.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;

/** An organisation as the API and the pages show it, with the SME size computation and the lines it may apply to. */
@PublicApi
public record OrganizationView(
        long id,
        OrganizationType type,
        String name,
        String vatNumber,
        String address,
        String city,
        String legalRepresentative,
        BigDecimal staffAwu,
        BigDecimal turnover,
        BigDecimal balanceSheetTotal,
        Integer referenceYear,
        List<OrganizationRequest.Related> relatedEnterprises,
        List<MembershipView> memberships,
        Size size,
        boolean lineAEligible,
        boolean lineBEligible,
        long version) {

    /** Membership with the cluster's name. */
    public record MembershipView(String clusterCode, String clusterName, LocalDate since, LocalDate until,
            MembershipStatus status) {
    }

    /** The size class with its computation, in full, and the reason as a sentence. */
    public record Size(SizeClass sizeClass, boolean sme, SizeComputation computation, String reason) {
    }

    static OrganizationView of(Organization o, LocalDate today, Locale locale) {
        Size size = null;
        if (o.type.isEnterprise()) {
            SizeComputation computation = o.size();
            size = new Size(computation.sizeClass(), computation.sizeClass().isSme(), computation,
                    computation.reason(locale));
        }
        List<OrganizationRequest.Related> related = o.holdings.stream()
                .map(h -> new OrganizationRequest.Related(h.name, h.vatNumber, h.holdingPercent, h.control,
                        h.exemptInvestor, h.staffAwu, h.turnover, h.balanceSheetTotal))
                .toList();
        List<MembershipView> memberships = o.memberships.stream()
                .map(m -> new MembershipView(m.cluster.code, !Languages.isItalian(locale) ? m.cluster.nameEn
                        : m.cluster.name, m.since, m.until, m.status))
                .toList();
        return new OrganizationView(o.id, o.type, o.name, o.vatNumber, o.address, o.city, o.legalRepresentative,
                o.staffAwu, o.turnover, o.balanceSheetTotal, o.referenceYear, related, memberships, size,
                o.type.isEnterprise() && o.isClusterMemberOn(today),
                o.type.isEnterprise() && o.wasNeverClusterMember(), o.version);
    }
}
