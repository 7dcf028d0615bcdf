package org.openbando.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.call.GrantComputation;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.PublicApi;

/**
 * The one mapping from a proposal's content and its members' facts to the participants of
 * {@link GrantComputation}: the submission's snapshot uses it with the frozen facts, the draft's estimate with today's.
 * Each member's eligible costs are the budget's amounts of that organisation summed per research category; the right
 * to publish comes from the partner's entry ({@link ProposalContent.Partner#rightToPublish}; the lead, an enterprise,
 * has none). Members without costs are listed with none; budget lines of organisations outside the consortium are not
 * counted (the draft's checks name them).
 */
@PublicApi
public final class GrantParticipants {

    private GrantParticipants() {
    }

    /**
     * @param members the members' facts in the consortium's order: the lead first, then the partners in the order
     *                of the content; a member without facts is left out
     */
    public static List<GrantComputation.Participant> of(ProposalContent content, List<OrganizationFacts> members) {
        Map<Long, Boolean> publishes = new LinkedHashMap<>();
        content.partnersOrEmpty().forEach(p -> {
            if (p.organizationId() != null) {
                publishes.merge(p.organizationId(), p.publishes(), Boolean::logicalOr);
            }
        });
        Map<Long, Map<ResearchCategory, BigDecimal>> costs = new LinkedHashMap<>();
        for (ProposalContent.BudgetItem item : content.budgetOrEmpty()) {
            if (item.organizationId() == null || item.researchCategory() == null || item.amount() == null) {
                continue;
            }
            costs.computeIfAbsent(item.organizationId(), id -> new EnumMap<>(ResearchCategory.class))
                    .merge(item.researchCategory(), item.amount(), BigDecimal::add);
        }
        List<GrantComputation.Participant> participants = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (OrganizationFacts m : members) {
            if (m == null || !seen.add(m.id())) {
                continue;
            }
            participants.add(new GrantComputation.Participant(m.id(), m.name(), m.vatNumber(), m.type(),
                    m.sizeClass(), !m.enterprise() && publishes.getOrDefault(m.id(), false),
                    costs.getOrDefault(m.id(), Map.of())));
        }
        return participants;
    }

    /** The members in the consortium's order (the lead, then the partners of the content) from facts by id. */
    public static List<OrganizationFacts> inOrder(long leadOrganizationId, ProposalContent content,
            Map<Long, OrganizationFacts> facts) {
        List<OrganizationFacts> ordered = new ArrayList<>();
        ordered.add(facts.get(leadOrganizationId));
        content.partnersOrEmpty().forEach(p -> {
            if (p.organizationId() != null) {
                ordered.add(facts.get(p.organizationId()));
            }
        });
        return ordered;
    }
}
