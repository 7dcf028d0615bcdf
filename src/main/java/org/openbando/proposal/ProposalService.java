package org.openbando.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.call.AidIntensityMatrix;
import org.openbando.call.CallRules;
import org.openbando.call.CallService;
import org.openbando.call.CallStatus;
import org.openbando.call.GrantComputation;
import org.openbando.call.GrantStatement;
import org.openbando.call.Line;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Json;
import org.openbando.shared.Languages;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Validation;

/**
 * Drafting of proposals. An applicant drafts for the enterprise it acts for (the lead); users acting for the same
 * organisation edit the same drafts, and a stale version is refused instead of overwriting someone else's work.
 * Officers and auditors read every proposal; so does a user whom a {@link ProposalReadGrant} lets read it (an expert
 * of its panel); anybody else is told the proposal does not exist.
 */
@ApplicationScoped
@PublicApi
public class ProposalService {

    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final ObjectMapper json;
    private final CallService calls;
    private final OrganizationDirectory organizations;
    private final DraftRules rules;
    private final PartnerConsents consents;
    private final int maxDraftsPerCall;
    private final Instance<ProposalReadGrant> grants;

    public ProposalService(CurrentUser currentUser, AuditTrail audit, Validator validator, Clock clock,
            ObjectMapper json, CallService calls, OrganizationDirectory organizations, DraftRules rules,
            PartnerConsents consents,
            @ConfigProperty(name = "openbando.proposals.max-drafts-per-call", defaultValue = "5") int maxDraftsPerCall,
            Instance<ProposalReadGrant> grants) {
        this.grants = grants;
        this.consents = consents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
        this.calls = calls;
        this.organizations = organizations;
        this.rules = rules;
        this.maxDraftsPerCall = maxDraftsPerCall;
    }

    /** What an applicant sends to start a draft. */
    public record NewDraft(@NotNull Long callId, @NotNull Line line) {
    }

    /** What an applicant sends to save a draft: the version it read and the whole content. */
    public record DraftUpdate(@NotNull Long version, @NotNull @jakarta.validation.Valid ProposalContent content) {
    }

    @Transactional
    public ProposalView create(NewDraft request) {
        Validation.check(validator, request);
        Long lead = currentUser.organizationId().orElseThrow(() -> ProblemException.conflict("no-organization",
                "Register the organisation you act for before drafting a proposal"));
        OrganizationDirectory.Entry organization = organizations.byIds(List.of(lead)).get(lead);
        if (!organization.enterprise()) {
            throw ProblemException.conflict("lead-not-enterprise",
                    "Only an enterprise leads a proposal; research organisations join as partners");
        }
        CallRules call = draftableCall(request.callId());
        Proposal.lockProposalsOf(lead);
        long drafts = Proposal.count("leadOrganizationId = ?1 and callId = ?2 and status = ?3", lead, call.callId(),
                ProposalStatus.DRAFT);
        if (drafts >= maxDraftsPerCall) {
            throw ProblemException.conflict("too-many-drafts", organization.name() + " already has " + drafts
                    + " drafts in call " + call.code() + ", the most an organisation may have in one call: continue "
                    + "one of them instead");
        }
        Proposal proposal = new Proposal();
        proposal.callId = call.callId();
        proposal.line = request.line();
        proposal.leadOrganizationId = lead;
        proposal.status = ProposalStatus.DRAFT;
        proposal.content = write(ProposalContent.empty());
        proposal.createdBy = currentUser.username();
        proposal.createdAt = clock.instant();
        proposal.updatedBy = proposal.createdBy;
        proposal.updatedAt = proposal.createdAt;
        proposal.persist();
        audit.record(currentUser.username(), "proposal", proposal.id, "drafted", null, ProposalStatus.DRAFT.name(),
                call.code() + " line " + request.line());
        return view(proposal, call.code(), organization.name());
    }

    @Transactional
    public ProposalView update(long id, DraftUpdate request) {
        Proposal proposal = actionableProposal(id, "change");
        Validation.check(validator, request);
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("proposal-not-draft", "Proposal " + id + " is " + proposal.status
                    + ": only a draft can be changed");
        }
        if (request.version() != proposal.version) {
            throw ProblemException.staleVersion("Proposal " + id, request.version(), proposal.version);
        }
        draftableCall(proposal.callId);
        String content = write(request.content());
        if (content.length() > ProposalContent.MAX_JSON_LENGTH) {
            throw new ProblemException(413, "content-too-large", "Content too large", "The content takes "
                    + content.length() + " characters as JSON, more than the " + ProposalContent.MAX_JSON_LENGTH
                    + " a proposal may hold: shorten its texts", List.of());
        }
        proposal.content = content;
        proposal.updatedBy = currentUser.username();
        proposal.updatedAt = clock.instant();
        Proposal.flush();
        audit.record(currentUser.username(), "proposal", proposal.id, "edited", null, null, null);
        consents.keepOnly(id, request.content(), currentUser.username());
        return views(List.of(proposal)).get(0);
    }

    public ProposalView get(long id) {
        return views(List.of(readableProposal(id))).get(0);
    }

    /** Every proposal for those who read everything; the drafts of the caller's organisation for an applicant. */
    public List<ProposalView> list() {
        List<Proposal> proposals;
        if (currentUser.readsEverything()) {
            proposals = Proposal.list("order by id");
        } else if (currentUser.isApplicant() && currentUser.organizationId().isPresent()) {
            proposals = Proposal.list("leadOrganizationId = ?1 order by id", currentUser.organizationId().get());
        } else {
            proposals = List.of();
        }
        return views(proposals);
    }

    /**
     * The status of each of these proposals, by id, in one query (a page of the auditor's list of a call's projects,
     * issue 15); unknown ids are absent. No visibility check: the caller reads everything.
     */
    public Map<Long, ProposalStatus> statuses(Collection<Long> ids) {
        Map<Long, ProposalStatus> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Proposal.<Proposal>list("id in ?1", ids).forEach(p -> found.put(p.id, p.status));
        }
        return found;
    }

    /** The proposals in these statuses (the officers' queue), by id; no visibility check: the caller is an officer. */
    public List<ProposalView> inStatus(Set<ProposalStatus> statuses) {
        return views(Proposal.list("status in ?1 order by id", statuses));
    }

    /** The proposals of a call in these statuses, by id; no visibility check: the caller is an officer's page. */
    public List<ProposalView> inCall(long callId, Set<ProposalStatus> statuses) {
        return views(Proposal.list("callId = ?1 and status in ?2 order by id", callId, statuses));
    }

    /**
     * The status of every proposal of a call, by proposal id, in one query (no content is read): what the read-only
     * projections (issue 15: the funding report) ask to place thousands of submissions before a ranking exists.
     */
    public Map<Long, ProposalStatus> statusesInCall(long callId) {
        Map<Long, ProposalStatus> found = new HashMap<>();
        Proposal.getEntityManager().createQuery("select p.id, p.status from Proposal p where p.callId = ?1",
                Object[].class).setParameter(1, callId).getResultList()
                .forEach(row -> found.put((Long) row[0], (ProposalStatus) row[1]));
        return found;
    }

    /**
     * How many proposals of a call are in these statuses, read from the database now (never from the persistence
     * context): what the call's evaluation phase waits for.
     */
    public long countInCall(long callId, Set<ProposalStatus> statuses) {
        return Proposal.getEntityManager().createQuery("select count(p) from Proposal p where p.callId = ?1 "
                + "and p.status in ?2", Long.class).setParameter(1, callId).setParameter(2, statuses)
                .getSingleResult();
    }

    /** What still blocks the submission of the draft (empty when it can be submitted), in the language given. */
    public List<FieldViolation> blockingIssues(long id, Locale language) {
        return DraftChecks.blockingIssues(draftFacts(id), rules, language);
    }

    /**
     * What the eligibility checks will find against the draft on the register's facts (size, cluster membership), in
     * the language given: it does not block the submission, but the office will find the proposal ineligible unless
     * the register is wrong.
     */
    public List<FieldViolation> warnings(long id, Locale language) {
        return rules.warnings(draftFacts(id), language);
    }

    /** The draft as the rules judge it today: content, call, the facts of its lead and partners, its attachments. */
    public DraftFacts draftFacts(long id) {
        Proposal proposal = readableProposal(id);
        ProposalContent content = read(proposal.content);
        Set<AttachmentKind> attached = Attachment.currentOf(id).stream().map(AttachmentView::kind)
                .collect(Collectors.toSet());
        Set<Long> named = new HashSet<>(content.namedOrganizationIds());
        named.add(proposal.leadOrganizationId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ROME);
        return new DraftFacts(proposal.line, content, calls.rules(proposal.callId), proposal.leadOrganizationId,
                organizations.facts(named, today), attached, clock.instant(), today, consents.confirmed(id));
    }

    /**
     * The estimated grant of the proposal per partner and research category, with its explanations in the language
     * given: the one {@link GrantComputation} over the saved content and the register's facts of today, under the
     * call's intensity cap. Who may read the proposal may read it (404 otherwise).
     */
    public GrantEstimate grantEstimate(long id, Locale language) {
        Proposal proposal = readableProposal(id);
        ProposalContent content = read(proposal.content);
        Set<Long> members = new HashSet<>();
        members.add(proposal.leadOrganizationId);
        content.partnersOrEmpty().stream().map(ProposalContent.Partner::organizationId).filter(Objects::nonNull)
                .forEach(members::add);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ROME);
        Map<Long, OrganizationFacts> facts = organizations.facts(members, today);
        AidIntensityMatrix intensities = calls.fundingRules(proposal.callId).aidIntensities();
        GrantComputation.Result result = GrantComputation.compute(intensities, GrantParticipants.of(content,
                GrantParticipants.inOrder(proposal.leadOrganizationId, content, facts)));
        String lang = Languages.isItalian(language) ? "it" : "en";
        GrantStatement statement = GrantStatement.of(result, lang);
        return new GrantEstimate(id, true, today, intensities.cap().orElse(null), statement.collaboration(),
                statement.partners(), statement.eligibleCost(), statement.grant(),
                Languages.texts(ProposalTexts.class, language).estimate_note());
    }

    /** A line of a call as offered to the caller: whether its organisation may lead a proposal on it, and why not. */
    public record LineOffer(Line line, boolean open, String whyNot) {
    }

    /**
     * The lines of a call the caller may start a proposal on, judged by the line's eligibility rule on the facts of
     * the organisation it acts for today (empty when it acts for none: the page offers both and the draft says why).
     */
    public List<LineOffer> lineOffers(Locale language) {
        Long lead = currentUser.organizationId().orElse(null);
        if (lead == null || !currentUser.isApplicant()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ROME);
        OrganizationFacts facts = organizations.facts(List.of(lead), today).get(lead);
        return Arrays.stream(Line.values()).map(line -> {
            String whyNot = !facts.enterprise() ? null : rules.whyNotLine(line, facts, today, language).orElse(null);
            return new LineOffer(line, facts.enterprise() && whyNot == null, whyNot);
        }).toList();
    }

    /** Drafting is possible while the call takes submissions: published or open, before its deadline. */
    CallRules draftableCall(long callId) {
        CallRules call = calls.rules(Objects.requireNonNull(callId));
        if (call.window().status() == CallStatus.DRAFT) {
            throw ProblemException.invalid("callId", "there is no published call " + callId);
        }
        if (!call.window().acceptsDraftsAt(clock.instant())) {
            throw ProblemException.conflict("call-closed", "Call " + call.code() + " is closed: its deadline was "
                    + call.window().deadlineAt().atZone(ClockProducer.ROME));
        }
        return call;
    }

    /** The content of a draft as stored (JSON), typed. */
    public ProposalContent content(String stored) {
        return read(stored);
    }

    /** A proposal the caller may read; 404 otherwise (as if it did not exist). */
    public ProposalRef readable(long id) {
        return ProposalRef.of(readableProposal(id));
    }

    /** A proposal the caller acts on: 404 when it may not read it, 403 when it may read but not act. */
    public ProposalRef actionable(long id, String action) {
        return ProposalRef.of(actionableProposal(id, action));
    }

    /** Whether the caller acts on proposal {@code id} of this lead (null: no such proposal): 404, 403 or nothing. */
    public void mayAct(long id, Long leadOrganizationId, String action) {
        if (leadOrganizationId == null || !currentUser.mayRead(leadOrganizationId)) {
            throw ProblemException.notFound("Proposal", id);
        }
        if (!currentUser.mayActFor(leadOrganizationId)) {
            throw ProblemException.forbidden("You may read this proposal but not " + action + " it");
        }
    }

    Proposal actionableProposal(long id, String action) {
        Proposal proposal = Proposal.findById(id);
        mayAct(id, proposal == null ? null : proposal.leadOrganizationId, action);
        return proposal;
    }

    Proposal readableProposal(long id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null || !currentUser.mayRead(proposal.leadOrganizationId) && !granted(id)) {
            throw ProblemException.notFound("Proposal", id);
        }
        return proposal;
    }

    /** Whether a feature's {@link ProposalReadGrant} lets the (authenticated) caller read the proposal. */
    private boolean granted(long id) {
        if (!currentUser.isAuthenticated() || currentUser.isApplicant()) {
            return false;
        }
        String username = currentUser.username();
        for (ProposalReadGrant grant : grants) {
            if (grant.grants(username, id)) {
                return true;
            }
        }
        return false;
    }

    /** The views of these proposals, with their calls' codes and leads' names read once each. */
    private List<ProposalView> views(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<Long, CallRules> callsById = calls.rules(proposals.stream().map(p -> p.callId).distinct().toList());
        Map<Long, OrganizationDirectory.Entry> leads = organizations.byIds(proposals.stream()
                .map(p -> p.leadOrganizationId).distinct().toList());
        return proposals.stream().map(p -> view(p, callsById.get(p.callId).code(),
                leads.get(p.leadOrganizationId).name())).toList();
    }

    private ProposalView view(Proposal p, String callCode, String leadName) {
        return new ProposalView(p.id, p.callId, callCode, p.line, p.leadOrganizationId, leadName, p.status,
                read(p.content), p.updatedBy, p.updatedAt, p.version);
    }

    private String write(ProposalContent content) {
        return Json.write(json, content, "A proposal's content");
    }

    private ProposalContent read(String content) {
        return Json.read(json, content, ProposalContent.class, "A stored proposal's content");
    }
}
