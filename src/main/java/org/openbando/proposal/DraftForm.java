package org.openbando.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.shared.Languages;
import org.openbando.shared.web.FormValues;

/**
 * The guided draft form, without HTTP: which section holds which field of {@link ProposalContent}, the form values
 * of a section (input names are the content's JSON paths, e.g. {@code budget[2].amount}), reading a posted section
 * back (unreadable values are recorded under the input's name), merging it into the current content, and naming
 * the input of a field that a rule reports. A list is shown with its rows plus one empty row for a new entry; a row
 * left empty is not saved, so the index of a row in the content may differ from its index in the form: {@link Read}
 * keeps the correspondence. The errors it reports under the fields are in English, like the service's validation
 * messages they stand beside ({@link #messages()}).
 */
final class DraftForm {

    /**
     * How many rows of a list a form may hold: one more than {@link ProposalContent} admits (its empty row), so that
     * a crafted form cannot make the page read thousands of rows.
     */
    private static final Map<String, Integer> MAX_ROWS = Map.of("partners", 31, "contracts", 51, "budget", 501,
            "workPackages", 31, "milestones", 31);
    /** The input where a new partner's VAT number or fiscal code is typed. */
    static final String PARTNER_TYPED = "partnerVat";

    private DraftForm() {
    }

    /**
     * The texts of the errors under the fields: English on every page, like the messages of the service's validation
     * (the API's) that appear next to them; {@link ProposalTexts} has them in Italian too.
     */
    static ProposalTexts messages() {
        return Languages.texts(ProposalTexts.class, Locale.ENGLISH);
    }

    /** The sections of the form, in order. */
    enum Section {
        GENERAL("general", "title", "acronym", "summary", "thematicAreaCode", "plannedStart", "durationMonths"),
        CONSORTIUM("consortium", "partners", "contracts", "partnerVat"),
        BUDGET("budget", "budget"),
        WORK_PACKAGES("work-packages", "workPackages"),
        TRL("trl", "trl");

        final String slug;
        private final Set<String> fields;

        Section(String slug, String... fields) {
            this.slug = slug;
            this.fields = Set.of(fields);
        }

        static Optional<Section> ofSlug(String slug) {
            return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
        }

        /** The section whose page holds the field (a content path such as {@code workPackages[0].code}). */
        static Optional<Section> holding(String field) {
            String root = root(field);
            return Arrays.stream(values()).filter(s -> s.fields.contains(root)).findFirst();
        }

        boolean holds(String field) {
            return fields.contains(root(field));
        }

        Optional<Section> next() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }

        Optional<Section> previous() {
            return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
        }

        private static String root(String field) {
            String f = field.startsWith("content.") ? field.substring("content.".length()) : field;
            int end = f.length();
            for (char c : new char[] {'.', '['}) {
                int at = f.indexOf(c);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return f.substring(0, end);
        }
    }

    /** What a posted section holds, read into content, with the errors and the content-to-form row indices. */
    record Read(ProposalContent part, Map<String, String> errors, Map<String, String> rows) {

        /** The input that shows a field reported by a rule or by the service's validation. */
        String input(String field) {
            return DraftForm.input(field, rows);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // content -> form values

    /** The values of a section's inputs, with one empty row at the end of every list. */
    static Map<String, String> values(Section section, ProposalContent c, Map<Long, OrganizationDirectory.Entry> orgs,
            Locale locale) {
        Map<String, String> v = new HashMap<>();
        switch (section) {
            case GENERAL -> {
                v.put("title", c.title());
                v.put("acronym", c.acronym());
                v.put("summary", c.summary());
                v.put("thematicAreaCode", c.thematicAreaCode());
                v.put("plannedStart", c.plannedStart() == null ? null : c.plannedStart().toString());
                v.put("durationMonths", text(c.durationMonths()));
            }
            case CONSORTIUM -> {
                List<ProposalContent.Partner> partners = c.partnersOrEmpty();
                for (int i = 0; i < partners.size(); i++) {
                    v.put("partners[" + i + "].organizationId", text(partners.get(i).organizationId()));
                    v.put("partners[" + i + "].rightToPublish", partners.get(i).publishes() ? "true" : null);
                }
                v.put("partnerVat", null);
                List<ProposalContent.Contract> contracts = c.contractsOrEmpty();
                for (int i = 0; i <= contracts.size(); i++) {
                    ProposalContent.Contract k = i < contracts.size() ? contracts.get(i) : null;
                    String p = "contracts[" + i + "].";
                    OrganizationDirectory.Entry provider = k == null ? null : orgs.get(k.providerOrganizationId());
                    v.put(p + "providerVat", provider == null ? null : provider.vatNumber());
                    v.put(p + "subject", k == null ? null : k.subject());
                    v.put(p + "amount", k == null ? null : amount(k.amount(), locale));
                }
            }
            case BUDGET -> {
                List<ProposalContent.BudgetItem> budget = c.budgetOrEmpty();
                for (int i = 0; i <= budget.size(); i++) {
                    ProposalContent.BudgetItem b = i < budget.size() ? budget.get(i) : null;
                    String p = "budget[" + i + "].";
                    v.put(p + "organizationId", b == null ? null : text(b.organizationId()));
                    v.put(p + "costCategory", b == null || b.costCategory() == null ? null : b.costCategory().name());
                    v.put(p + "researchCategory", b == null || b.researchCategory() == null ? null
                            : b.researchCategory().name());
                    v.put(p + "amount", b == null ? null : amount(b.amount(), locale));
                }
            }
            case WORK_PACKAGES -> {
                List<ProposalContent.WorkPackage> packages = c.workPackagesOrEmpty();
                for (int i = 0; i <= packages.size(); i++) {
                    ProposalContent.WorkPackage wp = i < packages.size() ? packages.get(i) : null;
                    String p = "workPackages[" + i + "].";
                    v.put(p + "code", wp == null ? null : wp.code());
                    v.put(p + "title", wp == null ? null : wp.title());
                    v.put(p + "startTrl", wp == null ? null : text(wp.startTrl()));
                    v.put(p + "targetTrl", wp == null ? null : text(wp.targetTrl()));
                    v.put(p + "trlJustification", wp == null ? null : wp.trlJustification());
                    List<ProposalContent.Milestone> milestones = wp == null || wp.milestones() == null ? List.of()
                            : wp.milestones();
                    for (int j = 0; j <= milestones.size(); j++) {
                        ProposalContent.Milestone m = j < milestones.size() ? milestones.get(j) : null;
                        String q = p + "milestones[" + j + "].";
                        v.put(q + "title", m == null ? null : m.title());
                        v.put(q + "month", m == null ? null : text(m.month()));
                    }
                }
            }
            case TRL -> {
                ProposalContent.Trl t = c.trl();
                v.put("trl.start", t == null ? null : text(t.start()));
                v.put("trl.target", t == null ? null : text(t.target()));
                v.put("trl.justification", t == null ? null : t.justification());
            }
        }
        return v;
    }

    /** An amount as the form shows it: no grouping, two decimals, the page language's decimal separator. */
    static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        String plain = amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
        return Languages.isItalian(locale) ? plain.replace('.', ',') : plain;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** How many rows of a list the values hold: one more than the largest index given (capped). */
    static int rows(Map<String, String> values, String list) {
        Pattern row = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d{1,4})\\]\\.");
        int max = MAX_ROWS.getOrDefault(list.replaceAll(".*\\.", ""), 31);
        int count = 0;
        for (String key : values.keySet()) {
            Matcher m = row.matcher(key);
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                if (index < max) {
                    count = Math.max(count, index + 1);
                }
            }
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------------------
    // form values -> content

    /**
     * Reads a posted section. {@code remove} names a row the user removes ({@code budget[2]},
     * {@code workPackages[0].milestones[1]}), or is null. {@code lookup} finds a registered organisation by VAT number.
     */
    static Read read(Section section, Map<String, String> values, String remove, long lead,
            Function<String, Optional<OrganizationDirectory.Entry>> lookup) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> rows = new HashMap<>();
        FormValues f = new FormValues(values, errors);
        ProposalContent empty = ProposalContent.empty();
        ProposalContent part = switch (section) {
            case GENERAL -> new ProposalContent(f.text("title"), f.text("acronym"), f.text("summary"),
                    f.text("thematicAreaCode"), f.date("plannedStart"), f.integer("durationMonths"), null, null,
                    null, null, null);
            case CONSORTIUM -> new ProposalContent(null, null, null, null, null, null,
                    partners(f, values, remove, lead, lookup, errors, rows), contracts(f, values, remove, lookup,
                            errors, rows), null, null, null);
            case BUDGET -> new ProposalContent(null, null, null, null, null, null, null, null,
                    budget(f, values, remove, errors, rows), null, null);
            case WORK_PACKAGES -> new ProposalContent(null, null, null, null, null, null, null, null, null,
                    workPackages(f, values, remove, rows), null);
            case TRL -> {
                Integer start = f.integer("trl.start");
                Integer target = f.integer("trl.target");
                String justification = f.text("trl.justification");
                yield new ProposalContent(null, null, null, null, null, null, null, null, null, null,
                        start == null && target == null && justification == null ? null
                                : new ProposalContent.Trl(start, target, justification));
            }
        };
        return new Read(part == null ? empty : part, errors, rows);
    }

    private static List<ProposalContent.Partner> partners(FormValues f, Map<String, String> values, String remove,
            long lead, Function<String, Optional<OrganizationDirectory.Entry>> lookup, Map<String, String> errors,
            Map<String, String> rows) {
        List<ProposalContent.Partner> partners = new ArrayList<>();
        for (int i = 0, n = rows(values, "partners"); i < n; i++) {
            String at = "partners[" + i + "]";
            Long id = id(f, at + ".organizationId", errors);
            if (at.equals(remove) || id == null) {
                continue;
            }
            rows.put("partners[" + partners.size() + "]", at);
            partners.add(new ProposalContent.Partner(id, f.checked(at + ".rightToPublish") ? Boolean.TRUE : null));
        }
        String typed = f.text("partnerVat");
        if (typed != null) {
            Optional<OrganizationDirectory.Entry> found = lookup.apply(typed);
            if (found.isEmpty()) {
                errors.put("partnerVat", messages().form_partner_unknown(typed));
            } else if (found.get().id() == lead) {
                errors.put("partnerVat", messages().form_partner_is_lead(found.get().name()));
            } else if (partners.stream().anyMatch(p -> p.organizationId() == found.get().id())) {
                errors.put("partnerVat", messages().form_partner_twice(found.get().name()));
            } else {
                rows.put("partners[" + partners.size() + "]", PARTNER_TYPED);
                partners.add(new ProposalContent.Partner(found.get().id()));
            }
        }
        return partners;
    }

    private static List<ProposalContent.Contract> contracts(FormValues f, Map<String, String> values, String remove,
            Function<String, Optional<OrganizationDirectory.Entry>> lookup, Map<String, String> errors,
            Map<String, String> rows) {
        List<ProposalContent.Contract> contracts = new ArrayList<>();
        for (int i = 0, n = rows(values, "contracts"); i < n; i++) {
            String at = "contracts[" + i + "]";
            if (at.equals(remove) || blank(f, at + ".providerVat", at + ".subject", at + ".amount")) {
                continue;
            }
            String vat = f.text(at + ".providerVat");
            String subject = f.text(at + ".subject");
            BigDecimal amount = f.number(at + ".amount");
            Long provider = null;
            if (vat == null) {
                errors.put(at + ".providerVat", messages().form_provider_required());
            } else {
                provider = lookup.apply(vat).map(OrganizationDirectory.Entry::id).orElse(null);
                if (provider == null) {
                    errors.put(at + ".providerVat", messages().form_provider_unknown(vat));
                }
            }
            if (amount == null && !errors.containsKey(at + ".amount")) {
                errors.put(at + ".amount", messages().form_required());
            }
            rows.put("contracts[" + contracts.size() + "]", at);
            contracts.add(new ProposalContent.Contract(provider, subject, amount));
        }
        return contracts;
    }

    private static List<ProposalContent.BudgetItem> budget(FormValues f, Map<String, String> values, String remove,
            Map<String, String> errors, Map<String, String> rows) {
        List<ProposalContent.BudgetItem> budget = new ArrayList<>();
        for (int i = 0, n = rows(values, "budget"); i < n; i++) {
            String at = "budget[" + i + "]";
            if (at.equals(remove) || blank(f, at + ".organizationId", at + ".costCategory", at + ".researchCategory",
                    at + ".amount")) {
                continue;
            }
            Long organization = id(f, at + ".organizationId", errors);
            ProposalContent.CostCategory cost = choice(f, at + ".costCategory", ProposalContent.CostCategory.class,
                    errors);
            ResearchCategory research = choice(f, at + ".researchCategory", ResearchCategory.class, errors);
            BigDecimal amount = f.number(at + ".amount");
            for (String field : List.of(".organizationId", ".costCategory", ".researchCategory", ".amount")) {
                if (f.text(at + field) == null) {
                    errors.put(at + field, messages().form_required());
                }
            }
            rows.put("budget[" + budget.size() + "]", at);
            budget.add(new ProposalContent.BudgetItem(organization, cost, research, amount));
        }
        return budget;
    }

    private static List<ProposalContent.WorkPackage> workPackages(FormValues f, Map<String, String> values,
            String remove, Map<String, String> rows) {
        List<ProposalContent.WorkPackage> packages = new ArrayList<>();
        for (int i = 0, n = rows(values, "workPackages"); i < n; i++) {
            String at = "workPackages[" + i + "]";
            if (at.equals(remove)) {
                continue;
            }
            String wpKey = "workPackages[" + packages.size() + "]";
            List<ProposalContent.Milestone> milestones = new ArrayList<>();
            for (int j = 0, count = rows(values, at + ".milestones"); j < count; j++) {
                String m = at + ".milestones[" + j + "]";
                if (m.equals(remove) || blank(f, m + ".title", m + ".month")) {
                    continue;
                }
                rows.put(wpKey + ".milestones[" + milestones.size() + "]", m);
                milestones.add(new ProposalContent.Milestone(f.text(m + ".title"), f.integer(m + ".month")));
            }
            if (milestones.isEmpty() && blank(f, at + ".code", at + ".title", at + ".startTrl", at + ".targetTrl",
                    at + ".trlJustification")) {
                continue;
            }
            rows.put(wpKey, at);
            packages.add(new ProposalContent.WorkPackage(f.text(at + ".code"), f.text(at + ".title"),
                    f.integer(at + ".startTrl"), f.integer(at + ".targetTrl"), f.text(at + ".trlJustification"),
                    milestones));
        }
        return packages;
    }

    private static boolean blank(FormValues f, String... fields) {
        return Arrays.stream(fields).allMatch(field -> f.text(field) == null);
    }

    private static Long id(FormValues f, String field, Map<String, String> errors) {
        String raw = f.text(field);
        if (raw == null) {
            return null;
        }
        try {
            return Long.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.put(field, messages().form_not_listed());
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(FormValues f, String field, Class<E> type, Map<String, String> errors) {
        String raw = f.text(field);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.put(field, messages().form_not_a_choice());
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // merging and naming

    /** The current content with the section's part put in place of what the section holds. */
    static ProposalContent merge(ProposalContent c, Section section, ProposalContent part) {
        return switch (section) {
            case GENERAL -> new ProposalContent(part.title(), part.acronym(), part.summary(), part.thematicAreaCode(),
                    part.plannedStart(), part.durationMonths(), c.partners(), c.contracts(), c.budget(),
                    c.workPackages(), c.trl());
            case CONSORTIUM -> new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                    c.plannedStart(), c.durationMonths(), part.partnersOrEmpty(), part.contractsOrEmpty(), c.budget(),
                    c.workPackages(), c.trl());
            case BUDGET -> new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                    c.plannedStart(), c.durationMonths(), c.partners(), c.contracts(), part.budgetOrEmpty(),
                    c.workPackages(), c.trl());
            case WORK_PACKAGES -> new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                    c.plannedStart(), c.durationMonths(), c.partners(), c.contracts(), c.budget(),
                    part.workPackagesOrEmpty(), c.trl());
            case TRL -> new ProposalContent(c.title(), c.acronym(), c.summary(), c.thematicAreaCode(),
                    c.plannedStart(), c.durationMonths(), c.partners(), c.contracts(), c.budget(), c.workPackages(),
                    part.trl());
        };
    }

    private static final Pattern ROW = Pattern.compile("^(\\w+\\[\\d+\\])(\\.milestones\\[\\d+\\])?(.*)$");

    /**
     * The input that shows a field: drops the {@code content.} prefix of the service's validation, maps content rows
     * to form rows, and names the provider of a contract by the VAT number input that chooses it.
     */
    static String input(String field, Map<String, String> rows) {
        String f = field.startsWith("content.") ? field.substring("content.".length()) : field;
        Matcher m = ROW.matcher(f);
        if (m.matches()) {
            String inner = m.group(2) == null ? "" : m.group(2);
            if (PARTNER_TYPED.equals(rows.get(m.group(1)))) {
                return PARTNER_TYPED; // the partner added by the VAT number typed in this post
            }
            if (!inner.isEmpty() && rows.containsKey(m.group(1) + inner)) {
                f = rows.get(m.group(1) + inner) + m.group(3);
            } else {
                f = rows.getOrDefault(m.group(1), m.group(1)) + inner + m.group(3);
            }
        }
        if (f.startsWith("contracts[") && f.endsWith(".providerOrganizationId")) {
            f = f.substring(0, f.length() - ".providerOrganizationId".length()) + ".providerVat";
        }
        return f;
    }
}
