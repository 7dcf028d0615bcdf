package org.openbando.call;

import java.math.BigDecimal;
import java.util.List;
import org.openbando.call.GrantComputation.CollaborationBasis;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.shared.PublicApi;

/**
 * A {@link GrantComputation.Result} as people read it (the draft's estimate, the officer's pages, the decision): every
 * figure with its sentence in one language ({@code it} or {@code en}). Plain values, for JSON and templates.
 */
@PublicApi
public record GrantStatement(CollaborationStatement collaboration, List<PartnerStatement> partners,
        BigDecimal eligibleCost, BigDecimal grant, BigDecimal fullGrant, boolean partial) {

    public GrantStatement {
        partners = List.copyOf(partners);
    }

    /** The judgement of effective collaboration with its figures and sentence. */
    @PublicApi
    public record CollaborationStatement(boolean effective, CollaborationBasis basis, boolean smePresent,
            int undertakings, BigDecimal largestShare, Long largestOrganizationId, BigDecimal researchShare,
            String explanation) {
    }

    /** A partner's grant: who, its costs and grant, per research category. */
    @PublicApi
    public record PartnerStatement(long organizationId, String name, String vatNumber, OrganizationType type,
            SizeClass sizeClass, boolean rightToPublish, BigDecimal eligibleCost, BigDecimal grant,
            List<CategoryStatement> categories) {

        public PartnerStatement {
            categories = List.copyOf(categories);
        }
    }

    /**
     * One category of a partner: eligible cost, intensity applied (percent), grant, and how the intensity was
     * reached ("small enterprise, industrial research, effective collaboration: 50 + 20 + 15 = 85, capped at 80: 80%").
     */
    @PublicApi
    public record CategoryStatement(ResearchCategory category, BigDecimal eligibleCost, BigDecimal intensity,
            BigDecimal grant, String explanation) {
    }

    /** The statement of a computation in the language given ({@code it}; anything else is English). */
    public static GrantStatement of(GrantComputation.Result result, String language) {
        GrantComputation.Collaboration c = result.collaboration();
        CollaborationStatement collaboration = new CollaborationStatement(c.effective(), c.basis(), c.smePresent(),
                c.undertakings(), c.largestShare(), c.largestOrganizationId(), c.researchShare(),
                c.explain(language));
        List<PartnerStatement> partners = result.partners().stream().map(p -> {
            GrantComputation.Participant who = p.participant();
            SizeClass size = who.effectiveSize();
            return new PartnerStatement(who.organizationId(), who.name(), who.vatNumber(), who.type(),
                    who.sizeClass(), who.rightToPublish(), p.eligibleCost(), p.grant(),
                    p.categories().stream().map(k -> new CategoryStatement(k.category(), k.eligibleCost(),
                            k.intensity().applied(), k.grant(), k.intensity().explain(size, language))).toList());
        }).toList();
        return new GrantStatement(collaboration, partners, result.eligibleCost(), result.grant(),
                result.fullGrant(), result.partial());
    }
}
