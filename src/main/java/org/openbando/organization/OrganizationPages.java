package org.openbando.organization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The applicant's pages: "my organisation" (with its size class and the computation) and the registration form.
 * The form goes through the same service as the API, so the same rules and messages apply.
 */
@Path("/organization")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrganizationPages {

    static final int RELATED_ROWS = 2;

    /** The pages' templates, checked at build time: {@code templates/organization.html} and its form. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * @param org        the organisation the visitor acts for, or null
         * @param applicant  whether the visitor may register one
         * @param registered just registered
         */
        static native TemplateInstance organization(OrganizationView org, boolean applicant, boolean registered);

        /**
         * @param form        the values typed, by input name (the API's field paths)
         * @param errors      the message under each input, by input name ({@code form}: about the whole form)
         * @param relatedRows the input names of each row of related enterprises
         */
        static native TemplateInstance organizationForm(Map<String, String> form, Map<String, String> errors,
                OrganizationType[] types, List<Cluster> clusters, List<RelatedRow> relatedRows);

        /**
         * The claim to an organisation registered with the applicant's VAT number ({@code organization-claim.html}).
         *
         * @param claims the applicant's claims
         * @param filed  a claim was just filed
         */
        static native TemplateInstance organizationClaim(Map<String, String> form, Map<String, String> errors,
                List<VatClaims.ClaimView> claims, boolean filed);
    }

    private final OrganizationService organizations;
    private final VatClaims claims;
    private final CurrentUser currentUser;
    private final Pages pages;

    public OrganizationPages(OrganizationService organizations, VatClaims claims, CurrentUser currentUser,
            Pages pages) {
        this.claims = claims;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    public String mine(@QueryParam("registered") boolean registered) {
        OrganizationView view = currentUser.organizationId().map(id -> organizations.get(id, pages.locale())).orElse(null);
        return pages.render(Templates.organization(view, currentUser.isApplicant(), registered));
    }

    @GET
    @Path("/new")
    public Response form() {
        if (currentUser.organizationId().isPresent()) {
            return Response.seeOther(URI.create("/organization")).build();
        }
        return Response.ok(renderForm(Map.of("type", OrganizationType.ENTERPRISE.name()), Map.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationRequest request = parse(values, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(renderForm(values, errors)).build();
        }
        try {
            organizations.register(request, pages.locale());
            return Response.seeOther(URI.create("/organization?registered=true")).build();
        } catch (ProblemException problem) {
            problem.errors().forEach(e -> errors.put(e.field(), e.message()));
            if (errors.isEmpty()) {
                errors.put("form", problem.getMessage());
            }
            return Response.status(problem.status()).entity(renderForm(values, errors)).build();
        }
    }

    /** The form to claim an organisation registered by someone else with one's VAT number, and one's claims. */
    @GET
    @Path("/claim")
    @RolesAllowed(Role.APPLICANT)
    public String claimForm(@QueryParam("filed") boolean filed, @QueryParam("vatNumber") String vatNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("vatNumber", vatNumber == null || vatNumber.length() > 20 ? null : vatNumber);
        return pages.render(Templates.organizationClaim(form, Map.of(), claims.list(), filed));
    }

    @POST
    @Path("/claim")
    @RolesAllowed(Role.APPLICANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        FormValues f = new FormValues(values, errors);
        try {
            claims.file(new VatClaims.ClaimRequest(f.text("vatNumber"), f.text("statement"),
                    f.text("documentReference")));
            return Response.seeOther(URI.create("/organization/claim?filed=true")).build();
        } catch (ProblemException problem) {
            problem.errors().forEach(e -> errors.put(e.field(), e.message()));
            if (errors.isEmpty()) {
                errors.put("form", problem.getMessage());
            }
            return Response.status(problem.status()).entity(pages.render(Templates.organizationClaim(values, errors,
                    claims.list(), false))).build();
        }
    }

    private String renderForm(Map<String, String> values, Map<String, String> errors) {
        List<RelatedRow> rows = new ArrayList<>();
        for (int i = 0; i < RELATED_ROWS; i++) {
            rows.add(RelatedRow.of(i));
        }
        return pages.render(Templates.organizationForm(values, errors, OrganizationType.values(),
                organizations.clusters(), rows));
    }

    /** The input names of one related-enterprise row of the form: the API's field paths. */
    public record RelatedRow(String name, String vatNumber, String holdingPercent, String control,
            String exemptInvestor, String staffAwu, String turnover, String balanceSheetTotal) {
        static RelatedRow of(int i) {
            String p = "relatedEnterprises[" + i + "].";
            return new RelatedRow(p + "name", p + "vatNumber", p + "holdingPercent", p + "control",
                    p + "exemptInvestor", p + "staffAwu", p + "turnover", p + "balanceSheetTotal");
        }
    }

    /** Reads the form into the API's request; unreadable values are recorded in {@code errors}. */
    static OrganizationRequest parse(Map<String, String> values, Map<String, String> errors) {
        FormValues f = new FormValues(values, errors);
        OrganizationType type = null;
        try {
            type = f.text("type") == null ? null : OrganizationType.valueOf(f.text("type"));
        } catch (IllegalArgumentException e) {
            errors.put("type", "is not a known type of organisation");
        }
        List<OrganizationRequest.Related> related = new ArrayList<>();
        for (int i = 0; i < RELATED_ROWS; i++) {
            RelatedRow row = RelatedRow.of(i);
            if (f.text(row.name()) == null && f.text(row.holdingPercent()) == null) {
                continue;
            }
            related.add(new OrganizationRequest.Related(f.text(row.name()), f.text(row.vatNumber()),
                    f.number(row.holdingPercent()), f.checked(row.control()), f.checked(row.exemptInvestor()),
                    f.number(row.staffAwu()), f.number(row.turnover()), f.number(row.balanceSheetTotal())));
        }
        List<OrganizationRequest.Membership> memberships = new ArrayList<>();
        if (f.text("memberships[0].clusterCode") != null) {
            LocalDate since = f.date("memberships[0].since");
            if (since == null && !errors.containsKey("memberships[0].since")) {
                errors.put("memberships[0].since", "is required with a cluster");
            }
            memberships.add(new OrganizationRequest.Membership(f.text("memberships[0].clusterCode"), since, null,
                    MembershipStatus.ACTIVE));
        }
        return new OrganizationRequest(type, f.text("name"), f.text("vatNumber"), f.text("address"), f.text("city"),
                f.number("staffAwu"), f.number("turnover"), f.number("balanceSheetTotal"), f.integer("referenceYear"),
                related, memberships, null);
    }
}
