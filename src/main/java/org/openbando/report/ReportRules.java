package org.openbando.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.SizeClass;
import org.openbando.report.FundingReport.Unit;
import org.openbando.shared.ProblemException;

/**
 * The rules of the funding report, one named function each: which projects a figure counts (its drill-down lists
 * exactly these) and what it adds up over them. A figure of a line is its rule over that line's projects; the total is
 * the same rule over both lines' projects, so that a distinct count (enterprises, research organisations) is distinct
 * across the lines, not a sum. Pure: no database, no clock.
 *
 * <p>Paid grants are not reported: payments do not exist yet (a later issue); GRANTS are the grants in force.
 */
final class ReportRules {

    private ReportRules() {
    }

    /** How a rule adds up the projects it counts. */
    enum Aggregation {
        /** the number of projects */
        PROJECTS,
        /** the sum of an amount (or a number) per project */
        SUM,
        /** the number of distinct organisations over the projects */
        DISTINCT
    }

    /**
     * A figure's rule.
     *
     * @param counts  which projects it counts (and its drill-down lists)
     * @param amount  for SUM: what a project adds
     * @param members for DISTINCT: the organisations a project adds
     */
    record Rule(Measure measure, Unit unit, Predicate<ProjectFacts> counts, Aggregation aggregation,
            Function<ProjectFacts, BigDecimal> amount, Function<ProjectFacts, Stream<Long>> members) {

        List<ProjectFacts> counted(List<ProjectFacts> projects) {
            return projects.stream().filter(counts).toList();
        }

        BigDecimal value(List<ProjectFacts> projects) {
            List<ProjectFacts> counted = counted(projects);
            return switch (aggregation) {
                case PROJECTS -> BigDecimal.valueOf(counted.size());
                case SUM -> {
                    BigDecimal sum = counted.stream().map(amount).filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    yield unit == Unit.EUR ? sum.setScale(2, RoundingMode.UNNECESSARY) : sum;
                }
                case DISTINCT -> BigDecimal.valueOf(counted.stream().flatMap(members).distinct().count());
            };
        }
    }

    // --- the named rules over one project

    /** Every submission in force (withdrawn ones are not read). */
    static boolean submitted(ProjectFacts p) {
        return true;
    }

    /** Admitted to evaluation. */
    static boolean admitted(ProjectFacts p) {
        return p.admitted();
    }

    /** Evaluated fundable (the ranking's funded or reserve list). */
    static boolean fundable(ProjectFacts p) {
        return p.fundable();
    }

    /** Holds a grant now: an award not renounced, forfeited nor revoked. */
    static boolean financed(ProjectFacts p) {
        return p.financed();
    }

    /** The enterprises of a project's consortium. */
    static Stream<Long> enterprises(ProjectFacts p) {
        return p.participants().stream().filter(ProjectFacts.Participant::enterprise)
                .map(ProjectFacts.Participant::organizationId);
    }

    /** The research organisations of a project: partners that are not enterprises, and contract providers. */
    static Stream<Long> researchOrganisations(ProjectFacts p) {
        return Stream.concat(p.participants().stream().filter(x -> !x.enterprise())
                .map(ProjectFacts.Participant::organizationId),
                p.contracts().stream().map(ProjectFacts.ContractFact::providerOrganizationId));
    }

    static boolean financedWithEnterprises(ProjectFacts p) {
        return financed(p) && enterprises(p).findAny().isPresent();
    }

    static boolean financedWithResearchOrganisations(ProjectFacts p) {
        return financed(p) && researchOrganisations(p).findAny().isPresent();
    }

    static boolean financedWithContracts(ProjectFacts p) {
        return financed(p) && !p.contracts().isEmpty();
    }

    static BigDecimal contracts(ProjectFacts p) {
        return BigDecimal.valueOf(p.contracts().size());
    }

    static BigDecimal contractAmount(ProjectFacts p) {
        return p.contracts().stream().map(ProjectFacts.ContractFact::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Renounced by the beneficiary, or forfeited (not accepted in time). */
    static boolean renounced(ProjectFacts p) {
        return p.stage() == ProjectFacts.Stage.RENOUNCED || p.stage() == ProjectFacts.Stage.FORFEITED;
    }

    static boolean revoked(ProjectFacts p) {
        return p.stage() == ProjectFacts.Stage.REVOKED;
    }

    /** Funded by moving up the reserve list (whatever became of the award since). */
    static boolean movedUp(ProjectFacts p) {
        return p.movedUp();
    }

    static BigDecimal ended(ProjectFacts p) {
        return p.endedAmount();
    }

    static BigDecimal grant(ProjectFacts p) {
        return p.grant();
    }

    static BigDecimal investment(ProjectFacts p) {
        return p.eligibleCost();
    }

    // --- breakdowns

    static boolean inArea(ProjectFacts p, String area) {
        return area.equals(p.thematicAreaCode());
    }

    static Stream<ProjectFacts.Participant> enterprisesOfSize(ProjectFacts p, SizeClass size) {
        return p.participants().stream().filter(x -> x.enterprise() && x.size() == size);
    }

    static BigDecimal costOf(ProjectFacts p, ResearchCategory category) {
        return p.costByCategory().getOrDefault(category, BigDecimal.ZERO);
    }

    // --- the rules of the report's figures

    /** The measures whose figures count projects in the summary and the sections without groups. */
    static final Set<Measure> UNGROUPED = Set.of(Measure.SUBMITTED, Measure.ADMITTED, Measure.FUNDABLE,
            Measure.FINANCED, Measure.ENTERPRISES, Measure.RESEARCH_ORGANISATIONS, Measure.INVESTMENT, Measure.GRANTS,
            Measure.CONTRACTS, Measure.CONTRACT_AMOUNT, Measure.RENOUNCED, Measure.RENOUNCED_AMOUNT,
            Measure.REVOKED, Measure.REVOKED_AMOUNT, Measure.MOVED_UP, Measure.MOVED_UP_AMOUNT);
    static final Set<Measure> BY_AREA = Set.of(Measure.FINANCED, Measure.INVESTMENT, Measure.GRANTS);
    static final Set<Measure> BY_SIZE = Set.of(Measure.ENTERPRISES, Measure.INVESTMENT, Measure.GRANTS);
    static final Set<Measure> BY_CATEGORY = Set.of(Measure.INVESTMENT);

    /** A figure without a group: the summary, the budget's grants, revocations and moves. */
    static Rule rule(Measure m) {
        return switch (m) {
            case SUBMITTED -> projects(m, ReportRules::submitted);
            case ADMITTED -> projects(m, ReportRules::admitted);
            case FUNDABLE -> projects(m, ReportRules::fundable);
            case FINANCED -> projects(m, ReportRules::financed);
            case ENTERPRISES -> distinct(m, ReportRules::financedWithEnterprises, ReportRules::enterprises);
            case RESEARCH_ORGANISATIONS -> distinct(m, ReportRules::financedWithResearchOrganisations,
                    ReportRules::researchOrganisations);
            case INVESTMENT -> euros(m, ReportRules::financed, ReportRules::investment);
            case GRANTS -> euros(m, ReportRules::financed, ReportRules::grant);
            case CONTRACTS -> new Rule(m, Unit.COUNT, ReportRules::financedWithContracts, Aggregation.SUM,
                    ReportRules::contracts, null);
            case CONTRACT_AMOUNT -> euros(m, ReportRules::financedWithContracts, ReportRules::contractAmount);
            case RENOUNCED -> projects(m, ReportRules::renounced);
            case RENOUNCED_AMOUNT -> euros(m, ReportRules::renounced, ReportRules::ended);
            case REVOKED -> projects(m, ReportRules::revoked);
            case REVOKED_AMOUNT -> euros(m, ReportRules::revoked, ReportRules::ended);
            case MOVED_UP -> projects(m, ReportRules::movedUp);
            case MOVED_UP_AMOUNT -> euros(m, ReportRules::movedUp, ReportRules::grant);
            case BUDGET, BUDGET_USED_SHARE, BUDGET_REMAINING -> throw new IllegalArgumentException(m
                    + " counts no projects");
        };
    }

    /** By thematic area: the financed projects of the area, their investment and grants. */
    static Rule byArea(Measure m, String area) {
        Predicate<ProjectFacts> counts = p -> financed(p) && inArea(p, area);
        return switch (m) {
            case FINANCED -> projects(m, counts);
            case INVESTMENT -> euros(m, counts, ReportRules::investment);
            case GRANTS -> euros(m, counts, ReportRules::grant);
            default -> throw new IllegalArgumentException(m + " has no breakdown by area");
        };
    }

    /**
     * By size class: the distinct enterprises of the class in financed projects, their eligible cost and their grant
     * (each enterprise's own part); the projects counted are the financed ones with an enterprise of the class.
     */
    static Rule bySize(Measure m, SizeClass size) {
        Predicate<ProjectFacts> counts = p -> financed(p) && enterprisesOfSize(p, size).findAny().isPresent();
        return switch (m) {
            case ENTERPRISES -> distinct(m, counts, p -> enterprisesOfSize(p, size)
                    .map(ProjectFacts.Participant::organizationId));
            case INVESTMENT -> euros(m, counts, p -> enterprisesOfSize(p, size)
                    .map(ProjectFacts.Participant::eligibleCost).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            case GRANTS -> euros(m, counts, p -> enterprisesOfSize(p, size).map(ProjectFacts.Participant::grant)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
            default -> throw new IllegalArgumentException(m + " has no breakdown by size class");
        };
    }

    /** By research category: the eligible cost of financed projects in the category. */
    static Rule byCategory(Measure m, ResearchCategory category) {
        if (m != Measure.INVESTMENT) {
            throw new IllegalArgumentException(m + " has no breakdown by research category");
        }
        return euros(m, p -> financed(p) && costOf(p, category).signum() > 0, p -> costOf(p, category));
    }

    private static Rule projects(Measure m, Predicate<ProjectFacts> counts) {
        return new Rule(m, Unit.COUNT, counts, Aggregation.PROJECTS, null, null);
    }

    private static Rule euros(Measure m, Predicate<ProjectFacts> counts, Function<ProjectFacts, BigDecimal> amount) {
        return new Rule(m, Unit.EUR, counts, Aggregation.SUM, amount, null);
    }

    private static Rule distinct(Measure m, Predicate<ProjectFacts> counts,
            Function<ProjectFacts, Stream<Long>> members) {
        return new Rule(m, Unit.COUNT, counts, Aggregation.DISTINCT, null, members);
    }

    // --- groups of the drill-downs

    static final String AREA = "area:";
    static final String SIZE = "size:";
    static final String CATEGORY = "category:";
    static final int MAX_GROUP = 100;

    /**
     * The rule of a drill-down: a measure without a group, or within a group of its breakdown; 400 naming
     * {@code measure} or {@code group} when they do not make a figure of the report.
     *
     * @param areas the area codes of the report (the call's and its projects')
     */
    static Rule drill(Measure measure, String group, Set<String> areas) {
        if (measure == Measure.BUDGET || measure == Measure.BUDGET_USED_SHARE || measure == Measure.BUDGET_REMAINING) {
            throw ProblemException.invalid("measure", measure + " counts no projects: it has no drill-down");
        }
        if (group == null || group.isEmpty()) {
            return rule(measure);
        }
        if (group.length() > MAX_GROUP) {
            throw ProblemException.invalid("group", "at most " + MAX_GROUP + " characters");
        }
        if (group.startsWith(AREA)) {
            String area = group.substring(AREA.length());
            if (!areas.contains(area)) {
                throw ProblemException.invalid("group", "not a thematic area of this call's report");
            }
            requireIn(BY_AREA, measure, "area");
            return byArea(measure, area);
        }
        if (group.startsWith(SIZE)) {
            SizeClass size = parse(SizeClass.class, group.substring(SIZE.length()));
            requireIn(BY_SIZE, measure, "size class");
            return bySize(measure, size);
        }
        if (group.startsWith(CATEGORY)) {
            ResearchCategory category = parse(ResearchCategory.class, group.substring(CATEGORY.length()));
            requireIn(BY_CATEGORY, measure, "research category");
            return byCategory(measure, category);
        }
        throw ProblemException.invalid("group", "one of area:<code>, size:<"
                + Stream.of(SizeClass.values()).map(Enum::name).collect(Collectors.joining("|")) + ">, category:<"
                + Stream.of(ResearchCategory.values()).map(Enum::name).collect(Collectors.joining("|")) + ">");
    }

    private static void requireIn(Set<Measure> allowed, Measure measure, String breakdown) {
        if (!allowed.contains(measure)) {
            throw ProblemException.invalid("group", measure + " has no breakdown by " + breakdown + " (one of "
                    + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        throw ProblemException.invalid("group", "one of " + Stream.of(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + " after the prefix");
    }

    /** Grants against the budget, percent with scale 1 (half up); zero when the budget is zero. */
    static BigDecimal usedShare(BigDecimal grants, BigDecimal budget) {
        if (budget.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return grants.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
    }
}
