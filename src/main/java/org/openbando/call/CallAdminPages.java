package org.openbando.call;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.identity.Role;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The officer's pages: every call with its status, a form that creates a draft with the default rules, and the
 * publish action. They go through {@link CallService}, like the API.
 */
@Path("/officer/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.OFFICER)
public class CallAdminPages {

    /** The pages' templates, checked at build time: {@code templates/officer-calls.html}, {@code call-form.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance officerCalls(List<CallView.Summary> calls, boolean created, boolean published,
                String error);

        /**
         * @param form   the values typed, by input name (the API's field paths)
         * @param errors the message under each input, by input name ({@code form}: about the whole form)
         * @param chosen the codes of the clusters ticked
         */
        static native TemplateInstance callForm(Map<String, String> form, Map<String, String> errors,
                List<ClusterDirectory.ClusterRef> clusters, List<String> chosen, List<String> aggregations,
                List<CallRequest.Criterion> criteria);
    }

    private final CallService calls;
    private final Pages pages;

    public CallAdminPages(CallService calls, Pages pages) {
        this.calls = calls;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("created") boolean created, @QueryParam("published") boolean published) {
        return renderList(created, published, null);
    }

    @GET
    @Path("/new")
    public String form() {
        return renderForm(Map.of(), List.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> values = FormValues.of(form);
        List<String> clusters = form.getOrDefault("clusterCodes", List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        FormValues f = new FormValues(values, errors);
        CallRequest request = new CallRequest(f.text("code"), f.text("title"), f.text("description"),
                f.text("s3PriorityArea"), f.romeDateTime("publicationAt"), f.romeDateTime("opensAt"),
                f.romeDateTime("deadlineAt"), f.number("budgetLineA"), f.number("budgetLineB"), clusters, List.of(),
                evaluationRules(f, errors), null, null);
        if (errors.isEmpty()) {
            try {
                calls.create(request);
                return Response.seeOther(URI.create("/officer/calls?created=true")).build();
            } catch (ProblemException problem) {
                // clusterCodes[2] is shown on the cluster list as a whole
                List<String> elsewhere = new ArrayList<>(); // fields the form has no input for (the criteria)
                problem.errors().forEach(e -> {
                    String field = e.field().replaceAll("\\[\\d+]$", "");
                    if (field.contains("[") || field.equals("criteria")) {
                        elsewhere.add(e.field() + ": " + e.message());
                    } else {
                        errors.putIfAbsent(field, e.message());
                    }
                });
                if (errors.isEmpty() || !elsewhere.isEmpty()) {
                    errors.put("form", elsewhere.isEmpty() ? problem.getMessage() : String.join("; ", elsewhere));
                }
            }
        }
        return Response.status(400).entity(renderForm(values, clusters, errors)).build();
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id) {
        try {
            calls.publish(id, null);
            return Response.seeOther(URI.create("/officer/calls?published=true")).build();
        } catch (ProblemException problem) {
            return Response.status(problem.status()).entity(renderList(false, false, problem.getMessage())).build();
        }
    }

    /**
     * The evaluation's and the funding's rules the form sets (the API's {@code rules.*} names); an empty input takes
     * the default, and the other rules always do (the API sets them).
     */
    private static CallRequest.Rules evaluationRules(FormValues f, Map<String, String> errors) {
        String aggregation = f.text("rules.scoreAggregation");
        ScoreAggregation chosen = null;
        if (aggregation != null) {
            try {
                chosen = ScoreAggregation.valueOf(aggregation);
            } catch (IllegalArgumentException e) {
                errors.put("rules.scoreAggregation", "must be MEAN or MEDIAN");
            }
        }
        return new CallRequest.Rules(null, null, null, null, null, null, null, null,
                f.number("rules.aidIntensityCap"),
                f.integer("rules.evaluatorsPerProposal"), f.number("rules.evaluationThreshold"),
                f.integer("rules.evaluationTermDays"), f.integer("rules.evaluationReminderDays"),
                f.number("rules.scoreStep"), chosen, f.number("rules.divergencePercent"),
                f.text("rules.tieBreakCriterion"), yesNo(f, "rules.partialFundingAllowed", errors),
                f.integer("rules.reserveListValidityMonths"), null, null, null,
                f.integer("rules.clusterJoiningTermDays"), f.number("rules.partialFundingMinShare"),
                yesNo(f, "rules.remainderToOtherLine", errors), f.integer("rules.grantAcceptanceTermDays"),
                f.integer("rules.revocationObservationsTermDays"));
    }

    /** A yes/no choice: empty takes the default. */
    private static Boolean yesNo(FormValues f, String field, Map<String, String> errors) {
        String value = f.text(field);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.put(field, "must be true or false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    private String renderList(boolean created, boolean published, String error) {
        return pages.render(Templates.officerCalls(calls.list(), created, published, error));
    }

    private String renderForm(Map<String, String> values, List<String> chosen, Map<String, String> errors) {
        return pages.render(Templates.callForm(values, errors, calls.clusters(), chosen,
                java.util.Arrays.stream(ScoreAggregation.values()).map(Enum::name).toList(),
                CallDefaults.criteria(null)));
    }
}
