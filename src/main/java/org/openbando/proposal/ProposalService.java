package org.openbando.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbando.call.CallStatus;
import org.openbando.call.GrantCall;
import org.openbando.call.Line;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.Organization;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Json;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Validation;

/**
 * Drafting of proposals. An applicant drafts for the enterprise it acts for (the lead); users acting for the same
 * organisation edit the same drafts, and a stale version is refused instead of overwriting someone else's work.
 * Officers and auditors read every proposal; anybody else is told the proposal does not exist.
 */
@ApplicationScoped
public class ProposalService {

    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final ObjectMapper json;

    public ProposalService(CurrentUser currentUser, AuditTrail audit, Validator validator, Clock clock,
            ObjectMapper json) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    /** What an applicant sends to start a draft. */
    public record NewDraft(@NotNull Long callId, @NotNull Line line) {
    }

    /** What an applicant sends to save a draft: the version it read and the whole content. */
    public record DraftUpdate(@NotNull Long version, @NotNull @jakarta.validation.Valid ProposalContent content) {
    }

    @Transactional
    public ProposalView create(NewDraft request) {
        List<FieldViolation> errors = Validation.toFieldViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Long lead = currentUser.organizationId().orElseThrow(() -> ProblemException.conflict("no-organization",
                "Register the organisation you act for before drafting a proposal"));
        Organization organization = Organization.findById(lead);
        if (!organization.type.isEnterprise()) {
            throw ProblemException.conflict("lead-not-enterprise",
                    "Only an enterprise leads a proposal; research organisations join as partners");
        }
        GrantCall call = draftableCall(request.callId());
        Proposal proposal = new Proposal();
        proposal.callId = call.id;
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
                call.code + " line " + request.line());
        return view(proposal, call, organization);
    }

    @Transactional
    public ProposalView update(long id, DraftUpdate request) {
        Proposal proposal = actionable(id, "change");
        List<FieldViolation> errors = Validation.toFieldViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("proposal-not-draft", "Proposal " + id + " is " + proposal.status
                    + ": only a draft can be changed");
        }
        if (request.version() != proposal.version) {
            throw ProblemException.staleVersion("Proposal " + id, request.version(), proposal.version);
        }
        GrantCall call = draftableCall(proposal.callId);
        proposal.content = write(request.content());
        proposal.updatedBy = currentUser.username();
        proposal.updatedAt = clock.instant();
        Proposal.flush();
        audit.record(currentUser.username(), "proposal", proposal.id, "edited", null, null, null);
        return view(proposal, call, Organization.findById(proposal.leadOrganizationId));
    }

    public ProposalView get(long id) {
        Proposal proposal = readable(id);
        return view(proposal, GrantCall.findById(proposal.callId), Organization.findById(proposal.leadOrganizationId));
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
        return proposals.stream().map(p -> view(p, GrantCall.findById(p.callId),
                Organization.findById(p.leadOrganizationId))).toList();
    }

    /** What still blocks the submission of the draft (empty when it can be submitted), in the language given. */
    public List<FieldViolation> blockingIssues(long id, Locale language) {
        Proposal proposal = readable(id);
        GrantCall call = GrantCall.findById(proposal.callId);
        ProposalContent content = read(proposal.content);
        Set<AttachmentKind> attached = Attachment.currentOf(id).stream().map(AttachmentView::kind)
                .collect(Collectors.toSet());
        Set<Long> named = content.namedOrganizationIds();
        Map<Long, DraftChecks.Organisation> organisations = new HashMap<>();
        if (!named.isEmpty()) {
            Organization.<Organization>list("id in ?1", named).forEach(o ->
                    organisations.put(o.id, new DraftChecks.Organisation(o.id, o.type.isEnterprise())));
        }
        DraftChecks.CallRules rules = new DraftChecks.CallRules(proposal.line,
                call.thematicAreas.stream().map(a -> a.code).collect(Collectors.toSet()), call.rules.minStartTrl,
                call.rules.minTargetTrl, call.rules.maxTargetTrl, call.rules.researchMustPrevail,
                call.rules.minProjectCost, call.rules.maxProjectCost, call.rules.minEnterprises);
        return DraftChecks.blockingIssues(content, rules, proposal.leadOrganizationId, organisations, attached,
                LocalDate.now(clock), language);
    }

    /** Drafting is possible while the call takes submissions: published or open, before its deadline. */
    private GrantCall draftableCall(long callId) {
        GrantCall call = GrantCall.findById(callId);
        if (call == null || call.status == CallStatus.DRAFT) {
            throw ProblemException.invalid("callId", "there is no published call " + callId);
        }
        if (call.status == CallStatus.CLOSED || !clock.instant().isBefore(call.deadlineAt)) {
            throw ProblemException.conflict("call-closed", "Call " + call.code + " is closed: its deadline was "
                    + call.deadlineAt.atZone(org.openbando.shared.ClockProducer.ROME));
        }
        return call;
    }

    ProposalContent content(String content) {
        return read(content);
    }

    /** A proposal the caller acts on: 404 when it may not read it, 403 when it may read but not act. */
    Proposal actionable(long id, String action) {
        Proposal proposal = Proposal.findById(id);
        mayAct(id, proposal == null ? null : proposal.leadOrganizationId, action);
        return proposal;
    }

    /** Whether the caller acts on proposal {@code id} of this lead (null: no such proposal): 404, 403 or nothing. */
    void mayAct(long id, Long leadOrganizationId, String action) {
        if (leadOrganizationId == null || !currentUser.mayRead(leadOrganizationId)) {
            throw ProblemException.notFound("Proposal", id);
        }
        if (!currentUser.mayActFor(leadOrganizationId)) {
            throw ProblemException.forbidden("You may read this proposal but not " + action + " it");
        }
    }

    Proposal readable(long id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null || !currentUser.mayRead(proposal.leadOrganizationId)) {
            throw ProblemException.notFound("Proposal", id);
        }
        return proposal;
    }

    private ProposalView view(Proposal p, GrantCall call, Organization lead) {
        return new ProposalView(p.id, p.callId, call.code, p.line, p.leadOrganizationId, lead.name, p.status,
                read(p.content), p.updatedBy, p.updatedAt, p.version);
    }

    private String write(ProposalContent content) {
        return Json.write(json, content, "A proposal's content");
    }

    private ProposalContent read(String content) {
        return Json.read(json, content, ProposalContent.class, "A stored proposal's content");
    }
}
