package org.openbando.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;
import org.openbando.shared.Validation;

/**
 * Registers and updates organisations. Authorization is checked on the object: an applicant reads and changes only
 * the organisation it acts for; officers, auditors and administrators read all; nobody but its applicants changes it.
 * Objects the caller may not read are reported as not found, so that their existence does not leak.
 */
@ApplicationScoped
@PublicApi
public class OrganizationService {

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    public OrganizationService(CurrentUser currentUser, UserService users, AuditTrail audit, Validator validator,
            Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Registers an organisation; the registering applicant becomes its legal representative and acts for it. */
    @Transactional
    public OrganizationView register(OrganizationRequest request, Locale locale) {
        if (!currentUser.isApplicant()) {
            throw ProblemException.forbidden("Only applicants register organisations");
        }
        currentUser.organizationId().ifPresent(existing -> {
            throw ProblemException.conflict("already-acting", "You already act for organisation " + existing
                    + "; an applicant acts for one organisation");
        });
        // one registration of a user at a time: a second one waits, then finds the user acting for the first (409),
        // so that two parallel registrations never leave an organisation nobody acts for
        Organization.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "organization-register:" + currentUser.username()).getSingleResult();
        validate(request, null);
        Organization organization = new Organization();
        organization.createdAt = clock.instant();
        organization.legalRepresentative = currentUser.username();
        apply(organization, request);
        try {
            organization.persist();
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) { // registered by someone else after validate() looked
                throw vatNumberRegistered(organization.vatNumber);
            }
            throw e;
        }
        users.actFor(currentUser.username(), organization.id);
        audit.record(currentUser.username(), "organization", organization.id, "registered", null,
                organization.type.name(), OrganizationChanges.State.NONE.diffTo(OrganizationChanges.State.of(
                        organization)));
        return OrganizationView.of(organization, today(), locale);
    }

    @Transactional
    public OrganizationView update(long id, OrganizationRequest request, Locale locale) {
        Organization organization = readable(id);
        if (!currentUser.mayActFor(id)) {
            throw ProblemException.forbidden("You may read this organisation but not change it");
        }
        if (request.version() == null) {
            throw ProblemException.invalid("version", "is required on update: send the version you read");
        }
        if (request.version() != organization.version) {
            throw ProblemException.staleVersion("Organisation " + id, request.version(), organization.version);
        }
        validate(request, organization.id);
        OrganizationChanges.State before = OrganizationChanges.State.of(organization);
        apply(organization, request);
        Organization.flush();
        audit.record(currentUser.username(), "organization", organization.id, "updated", null, null,
                before.diffTo(OrganizationChanges.State.of(organization)));
        return OrganizationView.of(organization, today(), locale);
    }

    public OrganizationView get(long id, Locale locale) {
        return OrganizationView.of(readable(id), today(), locale);
    }

    /** Every organisation for those who read everything; the caller's own for an applicant. */
    public List<OrganizationView> list(Locale locale) {
        List<Organization> organizations;
        if (currentUser.readsEverything()) {
            organizations = Organization.list("order by name");
        } else {
            organizations = currentUser.organizationId().map(id -> Organization.<Organization>list("id", id))
                    .orElse(List.of());
        }
        return organizations.stream().map(o -> OrganizationView.of(o, today(), locale)).toList();
    }

    public List<Cluster> clusters() {
        return Cluster.list("order by code");
    }

    private Organization readable(long id) {
        Organization organization = Organization.findById(id);
        if (organization == null || !currentUser.mayRead(id)) {
            throw ProblemException.notFound("Organisation", id);
        }
        return organization;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Bean Validation plus the rules across fields; every offending field is reported at once. */
    private void validate(OrganizationRequest request, Long self) {
        List<FieldViolation> errors = new ArrayList<>(Validation.violations(validator, request));
        if (request.type() != null && request.type().isEnterprise()) {
            if (request.staffAwu() == null) {
                errors.add(new FieldViolation("staffAwu", "is required for an enterprise (annual work units)"));
            }
            if (request.turnover() == null) {
                errors.add(new FieldViolation("turnover", "is required for an enterprise"));
            }
            if (request.balanceSheetTotal() == null) {
                errors.add(new FieldViolation("balanceSheetTotal", "is required for an enterprise"));
            }
            if (request.referenceYear() == null) {
                errors.add(new FieldViolation("referenceYear", "is required for an enterprise (year of the figures)"));
            }
        } else if (request.type() != null && !request.relatedEnterprisesOrEmpty().isEmpty()) {
            errors.add(new FieldViolation("relatedEnterprises",
                    "only enterprises declare partner and linked enterprises"));
        }
        List<OrganizationRequest.Related> related = request.relatedEnterprisesOrEmpty();
        for (int i = 0; i < related.size(); i++) {
            OrganizationRequest.Related r = related.get(i);
            if (r != null && r.vatNumber() != null && VatNumber.normalize(r.vatNumber())
                    .equals(VatNumber.normalize(request.vatNumber()))) {
                errors.add(new FieldViolation("relatedEnterprises[" + i + "].vatNumber",
                        "is the organisation's own VAT number"));
            }
        }
        List<OrganizationRequest.Membership> memberships = request.membershipsOrEmpty();
        for (int i = 0; i < memberships.size(); i++) {
            OrganizationRequest.Membership m = memberships.get(i);
            if (m == null) {
                continue;
            }
            if (m.clusterCode() != null && Cluster.findByCode(m.clusterCode()).isEmpty()) {
                errors.add(new FieldViolation("memberships[" + i + "].clusterCode",
                        "there is no cluster " + m.clusterCode() + " (see GET /api/clusters)"));
            }
            if (m.since() != null && m.until() != null && m.until().isBefore(m.since())) {
                errors.add(new FieldViolation("memberships[" + i + "].until", "must not be before since"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String vat = VatNumber.normalize(request.vatNumber());
        Organization.findByVatNumber(vat).filter(o -> !o.id.equals(self)).ifPresent(o -> {
            throw vatNumberRegistered(vat);
        });
    }

    private static ProblemException vatNumberRegistered(String vat) {
        return ProblemException.conflict("vat-number-registered",
                "An organisation with VAT number " + vat + " is already registered");
    }

    private static void apply(Organization o, OrganizationRequest r) {
        o.type = r.type();
        o.name = r.name().trim();
        o.vatNumber = VatNumber.normalize(r.vatNumber());
        o.address = r.address();
        o.city = r.city();
        boolean enterprise = r.type().isEnterprise();
        o.staffAwu = enterprise ? r.staffAwu() : null;
        o.turnover = enterprise ? r.turnover() : null;
        o.balanceSheetTotal = enterprise ? r.balanceSheetTotal() : null;
        o.referenceYear = enterprise ? r.referenceYear() : null;
        o.holdings.clear();
        int position = 0;
        for (OrganizationRequest.Related related : r.relatedEnterprisesOrEmpty()) {
            Holding h = new Holding();
            h.organization = o;
            h.position = position++;
            h.name = related.name().trim();
            h.vatNumber = related.vatNumber() == null ? null : VatNumber.normalize(related.vatNumber());
            h.holdingPercent = related.holdingPercent();
            h.control = related.control();
            h.exemptInvestor = related.exemptInvestor();
            h.staffAwu = related.staffAwu();
            h.turnover = related.turnover();
            h.balanceSheetTotal = related.balanceSheetTotal();
            o.holdings.add(h);
        }
        o.memberships.clear();
        for (OrganizationRequest.Membership membership : r.membershipsOrEmpty()) {
            ClusterMembership m = new ClusterMembership();
            m.organization = o;
            m.cluster = Cluster.findByCode(membership.clusterCode()).orElseThrow();
            m.since = membership.since();
            m.until = membership.until();
            m.status = membership.status();
            o.memberships.add(m);
        }
    }
}
