package org.openbando.proposal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.call.ResearchCategory;
import org.openbando.identity.Role;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.proposal.DraftForm.Section;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.Languages;
import org.openbando.shared.ProblemException;
import org.openbando.shared.web.FormValues;
import org.openbando.shared.web.Pages;

/**
 * The guided draft form: one page per section of the proposal (general, consortium, budget, work packages, TRL
 * plan) and a summary with the completeness of each section and what still blocks the submission, each item linking
 * to the field that holds it. Every button of a section page saves: the form posts the version it was rendered with,
 * the section is merged into the current content and saved through {@link ProposalService#update}, so the API's rules
 * and authorization apply. A stale version is never saved: the page says so and keeps what the user typed.
 */
@Path("/proposals/{id}/edit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.APPLICANT)
public class DraftFormPages {

    /** A row the user removes: {@code budget[2]}, {@code workPackages[0].milestones[1]}. */
    private static final Pattern ROW = Pattern.compile(
            "(partners|contracts|budget|workPackages)\\[\\d{1,4}\\](\\.milestones\\[\\d{1,4}\\])?");

    /**
     * The pages' templates, checked at build time: the summary ({@code templates/proposal-form-overview.html}) and one
     * per section ({@code proposal-form-general.html}...), each with the section's {@link Frame} (which
     * {@code proposal-form.html}, the frame they include, shows) and what the section's fields need.
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /** @param estimate the draft's estimated grant (its total is summed up, the budget page has the details) */
        static native TemplateInstance proposalFormOverview(ProposalView p, List<Step> steps, List<Issue> issues,
                boolean saved, GrantEstimate estimate);

        static native TemplateInstance proposalFormGeneral(Frame frame, List<Option> areas);

        /** @param researchOrganisations the research organisations of the consortium, suggested as providers */
        static native TemplateInstance proposalFormConsortium(Frame frame, OrganizationDirectory.Entry lead,
                List<PartnerRow> partners, List<ContractRow> contracts, List<Option> researchOrganisations);

        /** @param members the lead and the partners, then others that a row names (outside the consortium) */
        static native TemplateInstance proposalFormBudget(Frame frame, List<BudgetRow> rows, List<Option> members,
                List<String> costCategories, List<String> researchCategories, Totals totals, GrantEstimate estimate);

        static native TemplateInstance proposalFormWorkPackages(Frame frame, List<WorkPackageRow> rows);

        static native TemplateInstance proposalFormTrl(Frame frame, CallView.RulesView rules);
    }

    private final ProposalService drafts;
    private final CallService calls;
    private final OrganizationDirectory directory;
    private final PartnerConsents consents;
    private final Pages pages;

    public DraftFormPages(ProposalService drafts, CallService calls, OrganizationDirectory directory,
            PartnerConsents consents, Pages pages) {
        this.drafts = drafts;
        this.consents = consents;
        this.calls = calls;
        this.directory = directory;
        this.pages = pages;
    }

    // ---------------------------------------------------------------------------------------------------------
    // views for the templates

    /** A section in the list of sections: how many items still block the submission there. */
    public record Step(String slug, int open, boolean current) {
        public boolean isComplete() {
            return open == 0;
        }
    }

    /**
     * An item that blocks the submission (or an error of the form), with the section and input that hold it and the
     * field's label in the page's language ({@link FieldLabels}).
     */
    public record Issue(String field, String input, String label, String message, String section) {
    }

    /** A choice of a select. */
    public record Option(String value, String label, boolean outside) {
    }

    /** Someone else's save that made the form stale. */
    public record Stale(String who, Instant when) {
    }

    /**
     * A partner of the consortium; {@code confirmed}: whether it has confirmed its participation; {@code publish}: the
     * input of a research organisation's right to publish its results.
     */
    public record PartnerRow(String field, String id, String name, String vatNumber, String type, boolean enterprise,
            String remove, boolean confirmed, String publish) {
    }

    public record ContractRow(int index, String provider, String subject, String amount, String remove,
            String providerName, boolean isNew) {
    }

    public record BudgetRow(int index, String organization, String costCategory, String researchCategory,
            String amount, String remove, boolean isNew) {
    }

    public record MilestoneRow(String title, String month, String remove, boolean isNew) {
    }

    public record WorkPackageRow(int index, String code, String title, String startTrl, String targetTrl,
            String trlJustification, String remove, List<MilestoneRow> milestones, boolean isNew) {
    }

    /** The budget's totals per partner and per research category. */
    public record Totals(List<TotalRow> partners, TotalRow all, boolean other) {
    }

    public record TotalRow(String name, BigDecimal research, BigDecimal development, BigDecimal otherCategories,
            BigDecimal total) {
    }

    /**
     * What every section page shows around its fields ({@code proposal-form.html}): the proposal, the sections with
     * their completeness, the values typed or saved and the errors and issues by input name, the items of this
     * section, the form's errors that no input shows, the outcome of the last save, the version the form edits, the
     * sections before and after, and the TRL levels.
     */
    public record Frame(ProposalView p, String section, List<Step> steps, Map<String, String> form,
            Map<String, String> errors, Map<String, String> issues, List<Issue> sectionIssues, List<Issue> formErrors,
            boolean saved, Stale stale, String failure, String version, String previous, String next,
            List<String> trlLevels) {
    }

    /** What a section page shows besides the proposal: values typed or saved, errors, issues, and the outcome. */
    private record FormState(Map<String, String> values, Map<String, String> errors, Map<String, String> inline,
            List<Issue> sectionIssues, boolean saved, Stale stale, String failure, String version,
            ProposalContent shown, Set<Long> found) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // pages

    @GET
    public String overview(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        ProposalView p = editable(id);
        List<FieldViolation> issues = drafts.blockingIssues(id, pages.locale());
        List<Issue> items = issues.stream().map(i -> new Issue(i.field(), DraftForm.input(i.field(), Map.of()),
                FieldLabels.label(i.field(), pages.locale()), i.message(),
                Section.holding(i.field()).map(s -> s.slug).orElse(null))).toList();
        return pages.render(Templates.proposalFormOverview(p, steps(issues, null), items, saved,
                drafts.grantEstimate(id, pages.locale())));
    }

    @GET
    @Path("/{section}")
    public String section(@PathParam("id") long id, @PathParam("section") String slug,
            @QueryParam("saved") boolean saved) {
        Section section = section(slug);
        ProposalView p = editable(id);
        List<FieldViolation> issues = drafts.blockingIssues(id, pages.locale());
        Map<String, String> inline = new LinkedHashMap<>();
        List<Issue> sectionIssues = new ArrayList<>();
        for (FieldViolation i : issues) {
            if (section.holds(i.field())) {
                String input = DraftForm.input(i.field(), Map.of());
                inline.merge(input, i.message(), (a, b) -> a + "; " + b);
                sectionIssues.add(new Issue(i.field(), input, FieldLabels.label(i.field(), pages.locale()),
                        i.message(), section.slug));
            }
        }
        Map<String, String> values = DraftForm.values(section, p.content(), organisations(p, Set.of()),
                pages.locale());
        return render(section, p, issues, new FormState(values, Map.of(), inline, sectionIssues, saved, null, null,
                String.valueOf(p.version()), p.content(), Set.of()));
    }

    @POST
    @Path("/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @PathParam("section") String slug,
            MultivaluedMap<String, String> form) {
        Section section = section(slug);
        ProposalView p = editable(id);
        Map<String, String> values = FormValues.of(form);
        String action = Optional.ofNullable(values.remove("action")).orElse("save");
        String version = values.remove("version");
        String remove = action.startsWith("remove:") && ROW.matcher(action.substring(7)).matches()
                ? action.substring(7) : null;

        Set<Long> found = new HashSet<>(); // the organisations just found by VAT number: the page may name them
        DraftForm.Read read = DraftForm.read(section, values, remove, p.leadOrganizationId(), vat -> {
            Optional<OrganizationDirectory.Entry> entry = directory.byVatNumber(vat);
            entry.ifPresent(e -> found.add(e.id()));
            return entry;
        });
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        Set<Long> known = new HashSet<>(found);
        known.addAll(p.content().namedOrganizationIds());
        List<ProposalContent.Partner> partners = read.part().partnersOrEmpty();
        for (int i = 0; i < partners.size(); i++) { // a partner is one saved or found by VAT number, never an id typed
            Long partner = partners.get(i).organizationId();
            if (!known.contains(partner)) {
                errors.put(read.input("partners[" + i + "].organizationId"),
                        pages.texts(ProposalTexts.class).checks_partner_unknown(String.valueOf(partner)));
            }
        }
        Long sent = null;
        try {
            sent = version == null ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (sent == null) {
            errors.put("version", DraftForm.messages().form_no_version());
        }
        if (!errors.isEmpty()) {
            return failed(400, section, p, values, errors, null, null, version, read.part(), found);
        }
        ProposalContent merged = DraftForm.merge(p.content(), section, read.part());
        try {
            drafts.update(id, new ProposalService.DraftUpdate(sent, merged));
        } catch (ProblemException problem) {
            if ("stale-version".equals(problem.slug())) {
                return stale(section, id, values, version, read.part(), found);
            }
            problem.errors().forEach(e -> errors.merge(read.input(e.field()), e.message(), (a, b) -> a + "; " + b));
            return failed(problem.status(), section, drafts.get(id), values, errors,
                    problem.errors().isEmpty() ? problem.getMessage() : null, null, version, read.part(), found);
        } catch (OptimisticLockException e) {
            return stale(section, id, values, version, read.part(), found);
        }
        return Response.seeOther(URI.create(target(id, section, action))).build();
    }

    // ---------------------------------------------------------------------------------------------------------

    private Response stale(Section section, long id, Map<String, String> values, String version,
            ProposalContent typed, Set<Long> found) {
        ProposalView now = drafts.get(id);
        return failed(409, section, now, values, Map.of(), null, new Stale(now.updatedBy(), now.updatedAt()),
                version, typed, found);
    }

    private Response failed(int status, Section section, ProposalView p, Map<String, String> values,
            Map<String, String> errors, String failure, Stale stale, String version, ProposalContent typed,
            Set<Long> found) {
        FormState state = new FormState(values, errors, Map.of(), List.of(), false, stale, failure, version,
                DraftForm.merge(p.content(), section, typed), found);
        return Response.status(status).entity(render(section, p, drafts.blockingIssues(p.id(), pages.locale()),
                state)).build();
    }

    /** Where a successful save goes: the button says which section comes next. */
    private static String target(long id, Section section, String action) {
        String base = "/proposals/" + id + "/edit";
        Optional<Section> to;
        String anchor = "";
        if (action.equals("next")) {
            to = section.next();
        } else if (action.equals("previous")) {
            to = section.previous();
        } else if (action.startsWith("goto:")) {
            to = Section.ofSlug(action.substring(5));
        } else {
            to = Optional.of(section);
            if (action.startsWith("remove:") || action.startsWith("add:")) {
                String list = action.substring(action.indexOf(':') + 1).replaceAll("\\[.*", "");
                anchor = "#" + list;
            }
        }
        return to.map(s -> base + "/" + s.slug).orElse(base) + "?saved=true" + anchor;
    }

    private static Section section(String slug) {
        return Section.ofSlug(slug).orElseThrow(() -> ProblemException.notFound("Section of the proposal form", slug));
    }

    /** The draft, when the caller acts for its lead (404 when it may not read it, 403 when it may only read it). */
    private ProposalView editable(long id) {
        drafts.actionable(id, "change");
        ProposalView p = drafts.get(id);
        if (p.status() != ProposalStatus.DRAFT) {
            throw ProblemException.conflict("proposal-not-draft", "Proposal " + id + " is " + p.status()
                    + ": only a draft can be changed");
        }
        return p;
    }

    private List<Step> steps(List<FieldViolation> issues, Section current) {
        return java.util.Arrays.stream(Section.values()).map(s -> new Step(s.slug,
                (int) issues.stream().filter(i -> s.holds(i.field())).count(), s == current)).toList();
    }

    /**
     * The organisations the page may name: the lead, the partners and providers of the saved content, and those the
     * user just found by VAT number. An id only posted is never resolved, nor saved as a partner by this form
     * (finding L5: posting {@code partners[i].organizationId=1..N} listed every organisation's name and VAT number);
     * the page shows it as {@code #id}.
     */
    private Map<Long, OrganizationDirectory.Entry> organisations(ProposalView p, Set<Long> found) {
        Set<Long> ids = new HashSet<>(found);
        ids.add(p.leadOrganizationId());
        ids.addAll(p.content().namedOrganizationIds());
        return directory.byIds(ids);
    }

    private String render(Section section, ProposalView p, List<FieldViolation> issues, FormState s) {
        Map<Long, OrganizationDirectory.Entry> orgs = organisations(p, s.found());
        List<Issue> formErrors = s.errors().entrySet().stream()
                .filter(e -> !s.values().containsKey(e.getKey()))
                .map(e -> new Issue(e.getKey(), e.getKey(), FieldLabels.label(e.getKey(), pages.locale()),
                        e.getValue(), section.slug)).toList();
        Frame frame = new Frame(p, section.slug, steps(issues, section), s.values(), s.errors(), s.inline(),
                s.sectionIssues(), formErrors, s.saved(), s.stale(), s.failure(), s.version(),
                section.previous().map(x -> x.slug).orElse(null), section.next().map(x -> x.slug).orElse(null),
                IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).toList());
        OrganizationDirectory.Entry lead = orgs.get(p.leadOrganizationId());
        TemplateInstance page = switch (section) {
            case GENERAL -> Templates.proposalFormGeneral(frame, areas(calls.get(p.callId()),
                    s.values().get("thematicAreaCode")));
            case CONSORTIUM -> {
                List<PartnerRow> partners = new ArrayList<>();
                Set<Long> confirmed = consents.confirmed(p.id());
                for (int i = 0; i < DraftForm.rows(s.values(), "partners"); i++) {
                    String field = "partners[" + i + "].organizationId";
                    String id = s.values().get(field);
                    OrganizationDirectory.Entry o = id == null || !id.matches("\\d{1,18}") ? null
                            : orgs.get(Long.valueOf(id));
                    if (id != null) {
                        partners.add(new PartnerRow(field, id, o == null ? "#" + id : o.name(),
                                o == null ? "" : o.vatNumber(), o == null ? "" : o.type().name(),
                                o != null && o.enterprise(), "partners[" + i + "]",
                                o != null && confirmed.contains(o.id()), "partners[" + i + "].rightToPublish"));
                    }
                }
                List<ContractRow> contracts = new ArrayList<>();
                int n = DraftForm.rows(s.values(), "contracts");
                for (int i = 0; i < n; i++) {
                    String at = "contracts[" + i + "]";
                    String vat = s.values().get(at + ".providerVat");
                    String providerName = vat == null ? null
                            : directory.byVatNumber(vat).map(OrganizationDirectory.Entry::name).orElse(null);
                    contracts.add(new ContractRow(i, at + ".providerVat", at + ".subject", at + ".amount", at,
                            providerName, isBlank(s.values(), at)));
                }
                List<Option> research = partners.stream().filter(r -> !r.enterprise() && !r.vatNumber().isEmpty())
                        .map(r -> new Option(r.vatNumber(), r.name(), false)).toList();
                yield Templates.proposalFormConsortium(frame, lead, partners, contracts, research);
            }
            case BUDGET -> {
                List<BudgetRow> rows = new ArrayList<>();
                int n = DraftForm.rows(s.values(), "budget");
                for (int i = 0; i < n; i++) {
                    String at = "budget[" + i + "]";
                    rows.add(new BudgetRow(i, at + ".organizationId", at + ".costCategory",
                            at + ".researchCategory", at + ".amount", at, isBlank(s.values(), at)));
                }
                yield Templates.proposalFormBudget(frame, rows, members(p, s.shown(), orgs),
                        List.of(ProposalContent.CostCategory.values()).stream().map(Enum::name).toList(),
                        List.of(ResearchCategory.INDUSTRIAL_RESEARCH.name(),
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT.name()),
                        totals(s.shown(), orgs), drafts.grantEstimate(p.id(), pages.locale()));
            }
            case WORK_PACKAGES -> {
                List<WorkPackageRow> rows = new ArrayList<>();
                int n = DraftForm.rows(s.values(), "workPackages");
                for (int i = 0; i < n; i++) {
                    String at = "workPackages[" + i + "]";
                    List<MilestoneRow> milestones = new ArrayList<>();
                    int m = DraftForm.rows(s.values(), at + ".milestones");
                    for (int j = 0; j < m; j++) {
                        String ms = at + ".milestones[" + j + "]";
                        milestones.add(new MilestoneRow(ms + ".title", ms + ".month", ms, isBlank(s.values(), ms)));
                    }
                    rows.add(new WorkPackageRow(i, at + ".code", at + ".title", at + ".startTrl", at + ".targetTrl",
                            at + ".trlJustification", at, milestones, isBlank(s.values(), at)));
                }
                yield Templates.proposalFormWorkPackages(frame, rows);
            }
            case TRL -> Templates.proposalFormTrl(frame, calls.get(p.callId()).rules());
        };
        return pages.render(page);
    }

    /** True when every input of the row (and of its nested rows) is empty: the row for a new entry. */
    private static boolean isBlank(Map<String, String> values, String row) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(row + "."))
                .allMatch(e -> e.getValue() == null);
    }

    private List<Option> areas(CallView call, String chosen) {
        boolean english = !Languages.isItalian(pages.locale());
        List<Option> areas = new ArrayList<>(call.thematicAreas().stream()
                .map(a -> new Option(a.code(), a.code() + " · " + (english ? a.nameEn() : a.name()), false)).toList());
        if (chosen != null && areas.stream().noneMatch(a -> a.value().equals(chosen))) {
            areas.add(new Option(chosen, chosen, true));
        }
        return areas;
    }

    /** The lead and the partners, for the budget's partner column; others named by a row are marked outside. */
    private static List<Option> members(ProposalView p, ProposalContent shown,
            Map<Long, OrganizationDirectory.Entry> orgs) {
        List<Option> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        ids.add(p.leadOrganizationId());
        p.content().partnersOrEmpty().forEach(x -> ids.add(x.organizationId()));
        for (Long id : ids) {
            if (id != null && seen.add(id)) {
                members.add(new Option(id.toString(), name(orgs, id), false));
            }
        }
        for (ProposalContent.BudgetItem b : shown.budgetOrEmpty()) {
            if (b.organizationId() != null && seen.add(b.organizationId())) {
                members.add(new Option(b.organizationId().toString(), name(orgs, b.organizationId()), true));
            }
        }
        return members;
    }

    private static String name(Map<Long, OrganizationDirectory.Entry> orgs, Long id) {
        OrganizationDirectory.Entry o = orgs.get(id);
        return o == null ? "#" + id : o.name();
    }

    private static Totals totals(ProposalContent content, Map<Long, OrganizationDirectory.Entry> orgs) {
        Map<Long, BigDecimal[]> byPartner = new LinkedHashMap<>();
        BigDecimal[] all = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (ProposalContent.BudgetItem b : content.budgetOrEmpty()) {
            if (b.organizationId() == null || b.amount() == null) {
                continue;
            }
            int column = b.researchCategory() == ResearchCategory.INDUSTRIAL_RESEARCH ? 0
                    : b.researchCategory() == ResearchCategory.EXPERIMENTAL_DEVELOPMENT ? 1 : 2;
            BigDecimal[] sums = byPartner.computeIfAbsent(b.organizationId(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[column] = sums[column].add(b.amount());
            all[column] = all[column].add(b.amount());
        }
        List<TotalRow> rows = byPartner.entrySet().stream().map(e -> row(name(orgs, e.getKey()), e.getValue()))
                .toList();
        return new Totals(rows, row(null, all), all[2].signum() != 0);
    }

    private static TotalRow row(String name, BigDecimal[] sums) {
        return new TotalRow(name, sums[0], sums[1], sums[2], sums[0].add(sums[1]).add(sums[2]));
    }
}
