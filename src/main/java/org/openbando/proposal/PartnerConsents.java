package org.openbando.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * Partners confirm that they take part in a proposal (issue 12, finding H6). An applicant acting for an organisation
 * that a draft names as partner sees that draft as an invitation (its title, acronym, call, line, lead and its own
 * budget lines: nothing else of the draft), confirms it and may withdraw the confirmation while the proposal is a
 * draft. The lead sees who has confirmed; {@link DraftChecks} blocks the submission until every partner has.
 *
 * <p>Only confirmed partners count towards a call's maximum of proposals per enterprise: a proposal is submitted only
 * when every partner has confirmed (checked when the submission is prepared), and a withdrawal takes the proposal's
 * lock, is refused once it is no longer a draft and changes its version, so that a submission prepared before it is
 * refused by the register as stale. Every submitted partnership is therefore confirmed, and the register's count of
 * active proposals per enterprise ({@code submission.Submissions}) counts only confirmed ones.
 *
 * <p>Anybody whose organisation the draft does not name as partner is told the invitation does not exist (404).
 */
@ApplicationScoped
@PublicApi
public class PartnerConsents {

    /** The one role a consortium gives an organisation besides the lead's. */
    public static final String PARTNER = "PARTNER";

    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final ProposalStatuses statuses;
    private final CallService calls;
    private final OrganizationDirectory organizations;

    public PartnerConsents(CurrentUser currentUser, AuditTrail audit, Clock clock, ObjectMapper json,
            ProposalStatuses statuses, CallService calls, OrganizationDirectory organizations) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.statuses = statuses;
        this.calls = calls;
        this.organizations = organizations;
    }

    /** A proposal that names the caller's organisation as partner, as the partner sees it. */
    public record Invitation(long proposalId, String callCode, Line line, String title, String acronym,
            String leadName, ProposalStatus status, String role, List<BudgetLine> budget, boolean confirmed,
            String confirmedBy, Instant confirmedAt) {

        /** A confirmation is given, and withdrawn, only while the proposal is a draft. */
        public boolean open() {
            return status == ProposalStatus.DRAFT;
        }
    }

    /** One of the partner's own budget lines. */
    public record BudgetLine(ProposalContent.CostCategory costCategory, ResearchCategory researchCategory,
            BigDecimal amount) {
    }

    /** A partner of a proposal as its lead sees it: who it is and whether (who, when) it has confirmed. */
    public record PartnerState(long organizationId, String name, String vatNumber, boolean confirmed,
            String confirmedBy, Instant confirmedAt) {
    }

    /** The proposals that name the organisation the caller acts for as partner, by id (empty for anybody else). */
    public List<Invitation> invitations() {
        Long organization = currentUser.isApplicant() ? currentUser.organizationId().orElse(null) : null;
        if (organization == null) {
            return List.of();
        }
        // one scan of the drafts' JSON, only on the applicant's list of proposals (never on the submission's path)
        @SuppressWarnings("unchecked")
        List<Number> ids = Proposal.getEntityManager().createNativeQuery("select id from openbando.proposal where "
                + "cast(content as jsonb) -> 'partners' @> cast(?1 as jsonb) order by id")
                .setParameter(1, "[{\"organizationId\": " + organization + "}]").getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Proposal> proposals = Proposal.list("id in ?1 order by id", ids.stream().map(Number::longValue)
                .toList());
        return views(proposals, organization);
    }

    /** The invitation of this proposal to the caller's organisation; 404 when the draft does not name it. */
    public Invitation invitation(long proposalId) {
        Proposal proposal = Proposal.findById(proposalId);
        long organization = invited(proposal, proposalId);
        return views(List.of(proposal), organization).get(0);
    }

    /** The caller's organisation confirms that it takes part; confirming again changes nothing. */
    @Transactional
    public Invitation confirm(long proposalId) {
        invited(Proposal.findById(proposalId), proposalId);
        statuses.lock(proposalId);
        Proposal proposal = Proposal.findById(proposalId);
        long organization = invited(proposal, proposalId); // again, under the lock
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("proposal-not-draft", "Proposal " + proposalId + " is "
                    + proposal.status + ": participation is confirmed before submission");
        }
        if (PartnerConsent.count("proposalId = ?1 and organizationId = ?2", proposalId, organization) == 0) {
            PartnerConsent consent = new PartnerConsent();
            consent.proposalId = proposalId;
            consent.organizationId = organization;
            consent.confirmedBy = currentUser.username();
            consent.confirmedAt = clock.instant();
            consent.persist();
            audit.record(currentUser.username(), "proposal", proposalId, "partner-confirmed", null,
                    String.valueOf(organization), "organisation " + organization + " confirms its participation");
        }
        return views(List.of(proposal), organization).get(0);
    }

    /**
     * The caller's organisation withdraws its confirmation, only while the proposal is a draft: under the proposal's
     * lock, so that it never passes a submission being registered; the proposal's version changes, so that a
     * submission prepared with the confirmation is refused as stale.
     */
    @Transactional
    public Invitation withdraw(long proposalId) {
        invited(Proposal.findById(proposalId), proposalId);
        statuses.lock(proposalId);
        Proposal proposal = Proposal.findById(proposalId);
        long organization = invited(proposal, proposalId);
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("consent-final", "Proposal " + proposalId + " is " + proposal.status
                    + ": a confirmation can be withdrawn only before the proposal is submitted");
        }
        if (PartnerConsent.delete("proposalId = ?1 and organizationId = ?2", proposalId, organization) > 0) {
            Proposal.update("version = version + 1 where id = ?1", proposalId);
            audit.record(currentUser.username(), "proposal", proposalId, "partner-withdrew",
                    String.valueOf(organization), null, "organisation " + organization
                            + " withdraws its confirmation");
        }
        return views(List.of(proposal), organization).get(0);
    }

    /** The partners of a proposal the caller may read, each with its confirmation (404 otherwise). */
    public List<PartnerState> partners(long proposalId) {
        Proposal proposal = Proposal.findById(proposalId);
        if (proposal == null || !currentUser.mayRead(proposal.leadOrganizationId)) {
            throw ProblemException.notFound("Proposal", proposalId);
        }
        List<Long> ids = content(proposal).partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId)
                .distinct().toList();
        Map<Long, OrganizationDirectory.Entry> named = organizations.byIds(ids);
        Map<Long, PartnerConsent> consents = consentsOf(proposalId);
        return ids.stream().filter(named::containsKey).map(id -> {
            OrganizationDirectory.Entry o = named.get(id);
            PartnerConsent c = consents.get(id);
            return new PartnerState(id, o.name(), o.vatNumber(), c != null, c == null ? null : c.confirmedBy,
                    c == null ? null : c.confirmedAt);
        }).toList();
    }

    /** The organisations that have confirmed their participation in the proposal (its partners or former ones). */
    public Set<Long> confirmed(long proposalId) {
        return consentsOf(proposalId).keySet();
    }

    /**
     * Drops the confirmations of organisations the saved content no longer names as partners (a partner removed and
     * named again confirms again), in the caller's transaction ({@link ProposalService#update}).
     */
    void keepOnly(long proposalId, ProposalContent content, String actor) {
        Set<Long> partners = content.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId)
                .collect(Collectors.toSet());
        for (PartnerConsent c : PartnerConsent.<PartnerConsent>list("proposalId", proposalId)) {
            if (!partners.contains(c.organizationId)) {
                c.delete();
                audit.record(actor, "proposal", proposalId, "partner-removed", String.valueOf(c.organizationId),
                        null, "the confirmation of organisation " + c.organizationId + " lapses with its removal");
            }
        }
    }

    /** The caller's organisation when the proposal names it as partner; 404 otherwise (as if it did not exist). */
    private long invited(Proposal proposal, long proposalId) {
        Long organization = currentUser.isApplicant() ? currentUser.organizationId().orElse(null) : null;
        if (proposal == null || organization == null || !currentUser.mayActFor(organization)
                || content(proposal).partnersOrEmpty().stream().noneMatch(p -> organization.equals(
                        p.organizationId()))) {
            throw ProblemException.notFound("Invitation to take part in proposal", proposalId);
        }
        return organization;
    }

    private static Map<Long, PartnerConsent> consentsOf(long proposalId) {
        Map<Long, PartnerConsent> found = new HashMap<>();
        PartnerConsent.<PartnerConsent>list("proposalId", proposalId).forEach(c -> found.put(c.organizationId, c));
        return found;
    }

    private List<Invitation> views(List<Proposal> proposals, long organization) {
        Map<Long, CallRules> callsById = calls.rules(proposals.stream().map(p -> p.callId).distinct().toList());
        Map<Long, OrganizationDirectory.Entry> leads = organizations.byIds(proposals.stream()
                .map(p -> p.leadOrganizationId).distinct().toList());
        Map<Long, PartnerConsent> mine = new HashMap<>();
        Collection<Long> ids = proposals.stream().map(p -> p.id).collect(Collectors.toCollection(HashSet::new));
        PartnerConsent.<PartnerConsent>list("organizationId = ?1 and proposalId in ?2", organization, ids)
                .forEach(c -> mine.put(c.proposalId, c));
        return proposals.stream().map(p -> {
            ProposalContent content = content(p);
            PartnerConsent c = mine.get(p.id);
            List<BudgetLine> budget = content.budgetOrEmpty().stream()
                    .filter(b -> Long.valueOf(organization).equals(b.organizationId()))
                    .map(b -> new BudgetLine(b.costCategory(), b.researchCategory(), b.amount())).toList();
            return new Invitation(p.id, callsById.get(p.callId).code(), p.line, content.title(), content.acronym(),
                    leads.get(p.leadOrganizationId).name(), p.status, PARTNER, budget, c != null,
                    c == null ? null : c.confirmedBy, c == null ? null : c.confirmedAt);
        }).toList();
    }

    private ProposalContent content(Proposal proposal) {
        return Json.read(json, proposal.content, ProposalContent.class, "A stored proposal's content");
    }
}
