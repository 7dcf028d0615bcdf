package org.openbando.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Validation;

/**
 * Getting a VAT number back (finding M6). Registering an organisation is first come, first served; an applicant whose
 * company's VAT number is already registered by someone else files a claim (the VAT number, a statement, where the
 * evidence is). An officer or an administrator verifies it outside the application (the company register, the legal
 * representative's identity) and approves it, which hands the organisation over to the claimant (it becomes its legal
 * representative; whoever acted for it stops), or rejects it with a reason. Everything is audited.
 */
@ApplicationScoped
public class VatClaims {

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    public VatClaims(CurrentUser currentUser, UserService users, AuditTrail audit, Validator validator, Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** What a claimant sends. */
    public record ClaimRequest(
            @NotBlank @Size(max = 20) @ItalianVatNumber String vatNumber,
            @NotBlank @Size(max = 4000) String statement,
            @Size(max = 300) String documentReference) {
    }

    /** An officer's decision: the reason is required either way. */
    public record Decision(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ClaimView(long id, long organizationId, String organizationName, String vatNumber,
            String claimant, String statement, String documentReference, VatClaim.Status status, Instant filedAt,
            String decidedBy, Instant decidedAt, String reason) {

        public boolean pending() {
            return status == VatClaim.Status.PENDING;
        }
    }

    @Transactional
    public ClaimView file(ClaimRequest request) {
        if (!currentUser.isApplicant()) {
            throw ProblemException.forbidden("Only applicants claim an organisation");
        }
        Validation.check(validator, request);
        currentUser.organizationId().ifPresent(existing -> {
            throw ProblemException.conflict("already-acting", "You already act for organisation " + existing
                    + "; an applicant acts for one organisation");
        });
        String vat = VatNumber.normalize(request.vatNumber());
        Organization organization = Organization.findByVatNumber(vat).orElseThrow(() -> ProblemException.invalid(
                "vatNumber", "no organisation is registered with VAT number " + vat + ": register it instead"));
        if (VatClaim.count("organizationId = ?1 and claimant = ?2 and status = ?3", organization.id,
                currentUser.username(), VatClaim.Status.PENDING) > 0) {
            throw ProblemException.conflict("claim-pending", "You already claimed the organisation with VAT number "
                    + vat + "; an officer is verifying it");
        }
        VatClaim claim = new VatClaim();
        claim.organizationId = organization.id;
        claim.vatNumber = vat;
        claim.claimant = currentUser.username();
        claim.statement = request.statement().trim();
        claim.documentReference = request.documentReference() == null || request.documentReference().isBlank()
                ? null : request.documentReference().trim();
        claim.status = VatClaim.Status.PENDING;
        claim.filedAt = clock.instant();
        claim.persist();
        audit.record(currentUser.username(), "vat-claim", claim.id, "filed", null, claim.status.name(),
                "claims organisation " + organization.id + " (VAT " + vat + ")");
        return views(List.of(claim)).get(0);
    }

    /** Every claim, pending first, for officers, auditors and administrators; the caller's own for an applicant. */
    public List<ClaimView> list() {
        List<VatClaim> claims = currentUser.readsEverything()
                ? VatClaim.list("order by case when status = ?1 then 0 else 1 end, id", VatClaim.Status.PENDING)
                : VatClaim.list("claimant = ?1 order by id", currentUser.username());
        return views(claims);
    }

    /** One claim: its claimant and those who read everything see it; 404 for anybody else. */
    public ClaimView get(long id) {
        VatClaim claim = VatClaim.findById(id);
        if (claim == null || !(currentUser.readsEverything() || claim.claimant.equals(currentUser.username()))) {
            throw ProblemException.notFound("VAT number claim", id);
        }
        return views(List.of(claim)).get(0);
    }

    /** Approves the claim: the organisation moves to the claimant, whoever acted for it stops. */
    @Transactional
    public ClaimView approve(long id, Decision decision) {
        VatClaim claim = deciding(id, decision);
        Organization organization = Organization.findById(claim.organizationId);
        Organization.getEntityManager().refresh(organization, LockModeType.PESSIMISTIC_WRITE);
        String former = organization.legalRepresentative;
        List<String> stopped = users.handOver(currentUser.username(), organization.id, claim.claimant);
        organization.legalRepresentative = claim.claimant;
        decide(claim, VatClaim.Status.APPROVED, decision);
        audit.record(currentUser.username(), "organization", organization.id, "handed-over", former, claim.claimant,
                "VAT number claim " + claim.id + " approved: " + claim.reason + "; stopped acting for it: "
                        + (stopped.isEmpty() ? "nobody" : String.join(", ", stopped)));
        return views(List.of(claim)).get(0);
    }

    @Transactional
    public ClaimView reject(long id, Decision decision) {
        VatClaim claim = deciding(id, decision);
        decide(claim, VatClaim.Status.REJECTED, decision);
        return views(List.of(claim)).get(0);
    }

    /** The pending claim an officer or administrator decides, locked; never the decider's own claim. */
    private VatClaim deciding(long id, Decision decision) {
        if (!currentUser.hasRole(Role.OFFICER) && !currentUser.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("Only officers and administrators decide on claims");
        }
        Validation.check(validator, decision);
        VatClaim claim = VatClaim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw ProblemException.notFound("VAT number claim", id);
        }
        if (claim.claimant.equals(currentUser.username())) {
            throw ProblemException.forbidden("Nobody decides on their own claim");
        }
        if (claim.status != VatClaim.Status.PENDING) {
            throw ProblemException.conflict("claim-decided", "Claim " + id + " was already " + claim.status
                    + " by " + claim.decidedBy);
        }
        return claim;
    }

    private void decide(VatClaim claim, VatClaim.Status status, Decision decision) {
        claim.status = status;
        claim.decidedBy = currentUser.username();
        claim.decidedAt = clock.instant();
        claim.reason = decision.reason().trim();
        audit.record(currentUser.username(), "vat-claim", claim.id, status.name().toLowerCase(java.util.Locale.ROOT),
                VatClaim.Status.PENDING.name(), status.name(), claim.reason);
    }

    private static List<ClaimView> views(List<VatClaim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Map<Long, Organization> organizations = Organization.<Organization>list("id in ?1", claims.stream()
                .map(c -> c.organizationId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return claims.stream().map(c -> new ClaimView(c.id, c.organizationId,
                organizations.get(c.organizationId).name, c.vatNumber, c.claimant, c.statement, c.documentReference,
                c.status, c.filedAt, c.decidedBy, c.decidedAt, c.reason)).toList();
    }
}
