package org.openbando.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.openbando.call.CallRules;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.PublicApi;

/**
 * What a draft is judged on, as it is now: its line and content, the call's rules, the facts of the lead and of the
 * organisations the content names (today; unknown ids absent), the kinds of its attachments in force and the
 * organisations that have confirmed their participation ({@link PartnerConsents}).
 */
@PublicApi
public record DraftFacts(Line line, ProposalContent content, CallRules call, long leadOrganizationId,
        Map<Long, OrganizationFacts> organisations, Set<AttachmentKind> attached, Instant now, LocalDate today,
        Set<Long> confirmedPartners) {
}
