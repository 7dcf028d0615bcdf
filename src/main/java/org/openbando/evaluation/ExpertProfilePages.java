package org.openbando.evaluation;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.organization.ClusterDirectory;
import org.openbando.shared.InputLimits;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The experts' profiles for officers and administrators: the list ({@code /officer/experts}, searched by name,
 * username, affiliation or cluster, at most {@link #SHOWN} at once) and each expert's profile form
 * ({@code /officer/experts/{username}}): affiliation, its VAT number, clusters and thematic areas of expertise,
 * languages, how many proposals per call, active. They go through {@link ExpertProfiles}, like the API.
 */
@Path("/officer/experts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class ExpertProfilePages {

    /** The most experts the list shows at once: a search narrows it. */
    static final int SHOWN = 100;
    /** The languages an expert may evaluate in. */
    static final List<String> LANGUAGES = List.of("it", "en", "de", "fr", "es");

    /** The pages' templates, checked at build time: {@code templates/officer-experts.html}, {@code officer-expert.html}. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance officerExperts(List<ExpertProfileView> experts, String q, int found,
                int shown);

        /**
         * @param form   the values typed (or stored), by input name (the API's field names)
         * @param lists  the codes ticked, by input name ({@code clusterCodes}, {@code areaCodes}, {@code languages})
         * @param errors the message under each input ({@code form}: about the whole form)
         */
        static native TemplateInstance officerExpert(ExpertProfileView expert, Map<String, String> form,
                Map<String, List<String>> lists, Map<String, String> errors, boolean saved,
                List<ClusterDirectory.ClusterRef> clusters, List<ClusterDirectory.AreaRef> areas,
                List<String> languages);
    }

    private final ExpertProfiles profiles;
    private final ClusterDirectory clusters;
    private final CurrentUser currentUser;
    private final Pages pages;

    public ExpertProfilePages(ExpertProfiles profiles, ClusterDirectory clusters, CurrentUser currentUser,
            Pages pages) {
        this.profiles = profiles;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    public String list(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100 || InputLimits.refusedCharacterMessage(query) != null) {
            throw ProblemException.invalid("q", "must be at most 100 ordinary characters");
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<ExpertProfileView> found = profiles.list(currentUser.username()).stream()
                .filter(e -> needle.isEmpty() || matches(e, needle)).toList();
        return pages.render(Templates.officerExperts(found.stream().limit(SHOWN).toList(), query, found.size(),
                SHOWN));
    }

    @GET
    @Path("/{username}")
    public String form(@PathParam("username") String username, @QueryParam("saved") boolean saved) {
        ExpertProfileView expert = profiles.get(username, currentUser.username());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("affiliationName", expert.affiliationName());
        form.put("affiliationVat", expert.affiliationVat());
        form.put("maxProposalsPerCall", String.valueOf(expert.maxProposalsPerCall() == null
                ? ExpertProfiles.DEFAULT_MAX_PER_CALL : expert.maxProposalsPerCall()));
        form.put("active", !expert.profiled() || expert.active() ? "true" : null);
        form.put("version", expert.version() == null ? "" : String.valueOf(expert.version()));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("clusterCodes", expert.clusterCodes() == null ? List.of() : expert.clusterCodes());
        lists.put("areaCodes", expert.areaCodes() == null ? List.of() : expert.areaCodes());
        lists.put("languages", expert.languages() == null || expert.languages().isEmpty() ? List.of("it")
                : expert.languages());
        return render(expert, form, lists, Map.of(), saved);
    }

    @POST
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("username") String username, MultivaluedMap<String, String> input) {
        ExpertProfileView expert = profiles.get(username, currentUser.username()); // 404 for who is no expert
        Map<String, String> values = FormValues.of(input);
        Map<String, String> errors = new LinkedHashMap<>();
        FormValues f = new FormValues(values, errors);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String list : List.of("clusterCodes", "areaCodes", "languages")) {
            List<String> ticked = input.getOrDefault(list, List.of());
            if (ticked.size() > 60) {
                errors.put(list, "at most 60");
                ticked = List.of();
            }
            lists.put(list, ticked.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
        }
        Integer max = f.integer("maxProposalsPerCall");
        String version = f.text("version");
        Long read = null;
        if (version != null) {
            try {
                read = Long.valueOf(version);
            } catch (NumberFormatException e) {
                errors.put("form", "the version read is not a number: reload the page");
            }
        }
        ExpertProfileRequest request = new ExpertProfileRequest(f.text("affiliationName"), f.text("affiliationVat"),
                lists.get("clusterCodes"), lists.get("areaCodes"), lists.get("languages"), max,
                f.checked("active"), read);
        if (errors.isEmpty()) {
            try {
                profiles.save(username, request, currentUser.username());
                return Response.seeOther(URI.create("/officer/experts/"
                        + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20") + "?saved=true"))
                        .build();
            } catch (ProblemException problem) {
                List<String> elsewhere = new ArrayList<>();
                problem.errors().forEach(e -> {
                    String field = e.field().replaceAll("\\[\\d+]$", "");
                    if (field.contains(".") || field.contains("[")) {
                        elsewhere.add(e.field() + ": " + e.message());
                    } else {
                        errors.putIfAbsent(field, e.message());
                    }
                });
                if (errors.isEmpty() || !elsewhere.isEmpty()) {
                    errors.put("form", elsewhere.isEmpty() ? problem.getMessage() : String.join("; ", elsewhere));
                }
                return Response.status(problem.status()).entity(render(expert, values, lists, errors, false)).build();
            }
        }
        return Response.status(400).entity(render(expert, values, lists, errors, false)).build();
    }

    private String render(ExpertProfileView expert, Map<String, String> form, Map<String, List<String>> lists,
            Map<String, String> errors, boolean saved) {
        List<ClusterDirectory.ClusterRef> all = clusters.clusters();
        List<ClusterDirectory.AreaRef> areas = new ArrayList<>();
        all.forEach(c -> areas.addAll(clusters.areasOf(c.id())));
        return pages.render(Templates.officerExpert(expert, form, lists, errors, saved, all, areas, LANGUAGES));
    }

    private static boolean matches(ExpertProfileView e, String needle) {
        return contains(e.username(), needle) || contains(e.displayName(), needle)
                || contains(e.affiliationName(), needle)
                || e.clusterCodes() != null && e.clusterCodes().stream().anyMatch(c -> contains(c, needle))
                || e.areaCodes() != null && e.areaCodes().stream().anyMatch(c -> contains(c, needle));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
