package org.openbando.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.organization.VatNumber;
import org.openbando.proposal.ProposalContent.CostCategory;

/**
 * The seed call's data set as pure data: one truth for the reproduction test ({@code SeedCallReproductionTest}) and
 * the demo ({@code openbando.demo.seed-call=true}). Built so that its funding report shows exactly the figures the seed
 * call (Piedmont, ERDF 2014-2020) published (shared/domain.md, issue 15 item 7):
 *
 * <pre>
 *                      Line A          Line B
 * budget               35,000,000.00   15,000,000.00
 * submitted            113             53
 * financed             73              34
 * enterprises          215             68       (distinct, in financed projects)
 * investment           49,800,000.00   21,200,000.00   (eligible cost of financed projects)
 * grants               23,700,000.00   9,300,000.00
 * contracts with ROs   93 / 13,000,000.00   44 / 7,000,000.00   (in financed projects)
 * </pre>
 *
 * <p>The recipe (solved by hand, checked by {@code SeedCallDataTest} with {@code GrantComputation} itself):
 * <ul>
 * <li>The call caps every intensity at {@value #AID_INTENSITY_CAP_PERCENT}% (a flat cap, as regional calls do). Every
 * lead is a MEDIUM enterprise bearing more than 70% of its project's eligible cost, so collaboration among
 * undertakings is not effective (no research organisation is a partner: they are contract providers), and the
 * intensities are: industrial research 50% (capped, any SME), experimental development 35% (medium) or 45% (small).
 * Partners are SMALL enterprises. Costs are whole euros, intensities whole percents: no rounding anywhere.</li>
 * <li>Line A, financed: 72 projects of 682,000.00 (industrial research 572,000.00, of which the lead 422,000.00
 * and each partner 75,000.00 or the one partner 150,000.00; the lead's experimental development 110,000.00): grant
 * 286,000.00 + 38,500.00 = 324,500.00; one adjusting project of 696,000.00 (research 616,000.00: lead 466,000.00;
 * development 80,000.00): grant 336,000.00. 72 x 682,000 + 696,000 = 49,800,000; 72 x 324,500 + 336,000 =
 * 23,700,000. 69 projects have three enterprises, 4 have two: 215 distinct enterprises. The first 20 projects have two
 * contracts, the others one: 93 contracts, 92 of 139,785.00 and the last of 139,780.00 = 13,000,000.00 (borne by the
 * lead as contract research).</li>
 * <li>Line B, financed: 33 projects of 624,000.00 (research: lead 209,000.00, partner 160,000.00; lead's development
 * 255,000.00): grant 184,500.00 + 89,250.00 = 273,750.00; one adjusting project of 608,000.00 (research: lead
 * 203,000.00, partner 120,000.00; development: lead 235,000.00 at 35%, partner 50,000.00 at 45%): grant 266,250.00.
 * 33 x 624,000 + 608,000 = 21,200,000; 33 x 273,750 + 266,250 = 9,300,000. Two enterprises each: 68. The first 10
 * projects have two contracts (one borne by each member), the others one: 44 contracts, 43 of 159,091.00 and the last
 * of 159,087.00 = 7,000,000.00.</li>
 * <li>Not financed: 40 on Line A and 19 on Line B, each a second proposal of a financed project's lead and (first)
 * partner (the call allows two proposals per enterprise), of the shape of a regular project with one contract; the
 * first four on Line A and the first two on Line B are evaluated below the threshold (not fundable), the others
 * declared inadmissible by the officer. The budgets (35 M and 15 M) exceed the grants, so every fundable project is
 * funded in full.</li>
 * <li>Research prevails in every project (industrial research above experimental development); TRL 4 to 7; Line A
 * enterprises are members of the project's cluster since 2015, Line B enterprises never were members (their
 * proposals carry the cluster's attestation).</li>
 * </ul>
 * VAT numbers from the seeds 250000-252999 (the same formula as the tests' {@code Api.vat}).
 */
public final class SeedCallData {

    private SeedCallData() {
    }

    public static final String CODE = "POLI-INNOVAZIONE-2016";
    public static final String TITLE = "Poli di innovazione: progetti di ricerca industriale e sviluppo sperimentale "
            + "delle PMI (riproduzione del bando 2016)";
    public static final String DESCRIPTION = "Riproduzione del bando dei Poli di innovazione (POR FESR 2014-2020): "
            + "Linea A per le PMI aderenti a un cluster, Linea B per le PMI mai aderenti. I dati riproducono le cifre "
            + "pubblicate del bando: il suo rapporto di finanziamento le mostra.";
    public static final String S3_AREA = "S3 2014-2020: fabbrica intelligente, energia e ambiente, agroalimentare";
    public static final BigDecimal BUDGET_A = new BigDecimal("35000000.00");
    public static final BigDecimal BUDGET_B = new BigDecimal("15000000.00");
    /** The call's flat cap on every aid intensity (percent). */
    public static final int AID_INTENSITY_CAP_PERCENT = 50;
    public static final BigDecimal AID_INTENSITY_CAP = new BigDecimal(AID_INTENSITY_CAP_PERCENT);
    public static final int MAX_PROPOSALS_PER_ENTERPRISE = 2;
    public static final List<String> CLUSTERS = List.of("MECH", "GREENTECH", "AGRIFOOD");
    /** Thematic areas used, each of the cluster named before its dash (all exist in the demo and the tests). */
    static final List<String> AREAS = List.of("MECH-ROBOTICS", "MECH-ADDITIVE", "GREENTECH-STORAGE",
            "GREENTECH-CIRCULAR", "AGRIFOOD-TRACE");
    /** The evaluation's pass mark (out of 100, the call's default). */
    public static final BigDecimal THRESHOLD = new BigDecimal("60");

    /** What the seed call published for one line: the figures its funding report must show. */
    public record Published(Line line, BigDecimal budget, int submitted, int financed, int enterprises,
            BigDecimal investment, BigDecimal grants, int contracts, BigDecimal contractAmount) {
    }

    public static final Published LINE_A = new Published(Line.A, BUDGET_A, 113, 73, 215,
            new BigDecimal("49800000.00"), new BigDecimal("23700000.00"), 93, new BigDecimal("13000000.00"));
    public static final Published LINE_B = new Published(Line.B, BUDGET_B, 53, 34, 68,
            new BigDecimal("21200000.00"), new BigDecimal("9300000.00"), 44, new BigDecimal("7000000.00"));

    public static Published published(Line line) {
        return line == Line.A ? LINE_A : LINE_B;
    }

    /** What a project must reach. */
    public enum Outcome {
        /** Evaluated at or above the threshold, ranked and funded in full. */
        FUNDED,
        /** Admitted, evaluated below the threshold. */
        NOT_FUNDABLE,
        /** Declared inadmissible by the officer. */
        INADMISSIBLE
    }

    /**
     * An enterprise.
     *
     * @param seed    the seed of its VAT number ({@link #vat})
     * @param cluster the cluster it is a member of since {@code 2015-01-01} (Line A), null when never a member
     */
    public record Enterprise(int seed, String name, String city, SizeClass size, String cluster) {

        public String vatNumber() {
            return vat(seed);
        }

        /** Staff (annual work units), turnover and balance-sheet total that give its size class. */
        public String staff() {
            return size == SizeClass.MEDIUM ? "120.00" : "25.00";
        }

        public String turnover() {
            return size == SizeClass.MEDIUM ? "28000000.00" : "4800000.00";
        }

        public String balanceSheetTotal() {
            return size == SizeClass.MEDIUM ? "21000000.00" : "3600000.00";
        }
    }

    /** A research organisation, provider of contract research. */
    public record ResearchOrganisation(int seed, String name, OrganizationType type, String city) {

        public String vatNumber() {
            return vat(seed);
        }
    }

    /** A budget line: a member (0 the lead, then the partners in order), cost and research category, amount. */
    public record Cost(int member, CostCategory category, ResearchCategory researchCategory, BigDecimal amount) {
    }

    /** A contract with a research organisation (an index into {@link #LABS}), borne by a member as contract research. */
    public record Contract(int lab, int member, String subject, BigDecimal amount) {
    }

    /**
     * A project in the order of submission.
     *
     * @param members the lead first, then the partners
     * @param total   the consensus' total score (out of 100)
     */
    public record Project(int index, Line line, String acronym, String title, String area, List<Enterprise> members,
            List<Cost> budget, List<Contract> contracts, Outcome outcome, BigDecimal total) {

        public Enterprise lead() {
            return members.get(0);
        }

        public List<Enterprise> partners() {
            return members.subList(1, members.size());
        }

        public String cluster() {
            return area.substring(0, area.indexOf('-'));
        }

        public BigDecimal eligibleCost() {
            return budget.stream().map(Cost::amount).reduce(ZERO, BigDecimal::add);
        }

        /** The eligible costs of a member per research category (for GrantComputation.Participant). */
        public Map<ResearchCategory, BigDecimal> costsOf(int member) {
            Map<ResearchCategory, BigDecimal> costs = new java.util.EnumMap<>(ResearchCategory.class);
            budget.stream().filter(c -> c.member() == member)
                    .forEach(c -> costs.merge(c.researchCategory(), c.amount(), BigDecimal::add));
            return costs;
        }
    }

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    /** The research organisations, contract providers (seeds 252000-252009). */
    public static final List<ResearchOrganisation> LABS = List.of(
            new ResearchOrganisation(252000, "Politecnico - Laboratorio di Meccatronica", OrganizationType.UNIVERSITY,
                    "Torino"),
            new ResearchOrganisation(252001, "Università - Dipartimento di Ingegneria dei Materiali",
                    OrganizationType.UNIVERSITY, "Bologna"),
            new ResearchOrganisation(252002, "Centro Ricerche Energia e Ambiente", OrganizationType.RESEARCH_CENTRE,
                    "Ferrara"),
            new ResearchOrganisation(252003, "Istituto di Robotica Applicata", OrganizationType.RESEARCH_CENTRE,
                    "Genova"),
            new ResearchOrganisation(252004, "Laboratorio Prove e Certificazioni", OrganizationType.ACCREDITED_LAB,
                    "Modena"),
            new ResearchOrganisation(252005, "Laboratorio di Analisi Agroalimentari", OrganizationType.ACCREDITED_LAB,
                    "Parma"),
            new ResearchOrganisation(252006, "Tecnopolo Manifattura Additiva", OrganizationType.INNOVATION_CENTRE,
                    "Reggio Emilia"),
            new ResearchOrganisation(252007, "Centro per l'Innovazione Digitale", OrganizationType.INNOVATION_CENTRE,
                    "Bologna"),
            new ResearchOrganisation(252008, "Università - Laboratorio di Chimica Verde", OrganizationType.UNIVERSITY,
                    "Ravenna"),
            new ResearchOrganisation(252009, "Centro Ricerche Sensoristica", OrganizationType.RESEARCH_CENTRE,
                    "Novara"));

    private static final String[] TRADES = {"Meccanica", "Robotica", "Elettronica", "Automazione", "Materiali",
        "Sensori", "Energia", "Ottica", "Software", "Precisione", "Idraulica", "Plastica"};
    private static final String[] PLACES = {"Torinese", "Canavese", "Astigiana", "Cuneese", "Novarese", "Biellese",
        "Alessandrina", "Vercellese", "Emiliana", "Romagnola", "Padana", "Appenninica"};
    private static final String[] CITIES = {"Torino", "Ivrea", "Asti", "Cuneo", "Novara", "Biella", "Alessandria",
        "Vercelli", "Modena", "Cesena", "Piacenza", "Sassuolo"};
    private static final String[] SUBJECTS = {"Prove di laboratorio sui prototipi", "Modellazione e simulazione",
        "Caratterizzazione dei materiali", "Validazione sperimentale", "Analisi dei dati di campo"};
    private static final String[] TOPICS = {"Robot collaborativi per lotti piccoli", "Stampa 3D di componenti metallici",
        "Accumulo termico per processi industriali", "Recupero di materie prime seconde",
        "Tracciabilità digitale della filiera"};

    /** The 166 projects in the order of their submission (Line A first, the financed ones first). */
    public static List<Project> projects() {
        return PROJECTS;
    }

    /** Every enterprise, once, in the order of first appearance. */
    public static List<Enterprise> enterprises() {
        java.util.LinkedHashMap<Integer, Enterprise> all = new java.util.LinkedHashMap<>();
        PROJECTS.forEach(p -> p.members().forEach(e -> all.putIfAbsent(e.seed(), e)));
        return List.copyOf(all.values());
    }

    // -- the recipe ----------------------------------------------------------------------------------------------

    static final int FINANCED_A = 73;
    static final int FINANCED_B = 34;
    static final int OTHERS_A = 40;
    static final int OTHERS_B = 19;
    static final int NOT_FUNDABLE_A = 4;
    static final int NOT_FUNDABLE_B = 2;
    /** Line A financed projects with only two enterprises (the others have three). */
    static final List<Integer> PAIRS_A = List.of(17, 35, 53, 71);

    private static final List<Project> PROJECTS = build();

    private static List<Project> build() {
        List<Project> projects = new ArrayList<>();
        List<List<Enterprise>> consortiaA = new ArrayList<>();
        // Line A, financed
        int contractNo = 0;
        for (int i = 0; i < FINANCED_A; i++) {
            String area = AREAS.get(i % AREAS.size());
            String cluster = area.substring(0, area.indexOf('-'));
            int seed = 250000 + 3 * i;
            List<Enterprise> members = new ArrayList<>();
            members.add(enterprise(seed, SizeClass.MEDIUM, cluster));
            boolean pair = PAIRS_A.contains(i);
            members.add(enterprise(seed + 1, SizeClass.SMALL, cluster));
            if (!pair) {
                members.add(enterprise(seed + 2, SizeClass.SMALL, cluster));
            }
            consortiaA.add(members);
            boolean adjusting = i == FINANCED_A - 1;
            int contracts = i < 20 ? 2 : 1;
            List<Contract> cs = new ArrayList<>();
            for (int k = 0; k < contracts; k++) {
                contractNo++;
                String amount = contractNo == 93 ? "139780.00" : "139785.00";
                cs.add(new Contract((i + k) % LABS.size(), 0, SUBJECTS[(i + k) % SUBJECTS.length], money(amount)));
            }
            List<String> partnerResearch = pair ? List.of("150000") : List.of("75000", "75000");
            List<Cost> budget = budget(adjusting ? "466000" : "422000", adjusting ? "80000" : "110000",
                    partnerResearch, null, cs);
            projects.add(project(projects.size(), Line.A, area, members, budget, cs, Outcome.FUNDED, i));
        }
        // Line B, financed (built now, submitted after Line A's others)
        List<Project> financedB = new ArrayList<>();
        List<List<Enterprise>> consortiaB = new ArrayList<>();
        contractNo = 0;
        for (int j = 0; j < FINANCED_B; j++) {
            String area = AREAS.get((j + 2) % AREAS.size());
            int seed = 251000 + 2 * j;
            List<Enterprise> members = List.of(enterprise(seed, SizeClass.MEDIUM, null),
                    enterprise(seed + 1, SizeClass.SMALL, null));
            consortiaB.add(members);
            boolean adjusting = j == FINANCED_B - 1;
            int contracts = j < 10 ? 2 : 1;
            List<Contract> cs = new ArrayList<>();
            for (int k = 0; k < contracts; k++) {
                contractNo++;
                String amount = contractNo == 44 ? "159087.00" : "159091.00";
                cs.add(new Contract((j + 3 + k) % LABS.size(), k, SUBJECTS[(j + k) % SUBJECTS.length],
                        money(amount)));
            }
            List<Cost> budget = adjusting ? budget("203000", "235000", List.of("120000"), "50000", cs)
                    : budget("209000", "255000", List.of("160000"), null, cs);
            financedB.add(project(-1, Line.B, area, members, budget, cs, Outcome.FUNDED, j));
        }
        // Line A, not financed: second proposals of financed consortia (lead and first partner)
        for (int k = 0; k < OTHERS_A; k++) {
            List<Enterprise> members = consortiaA.get(k).subList(0, 2);
            String area = AREAS.get(k % AREAS.size());
            List<Contract> cs = List.of(new Contract(k % LABS.size(), 0, SUBJECTS[k % SUBJECTS.length],
                    money("120000")));
            List<Cost> budget = budget("422000", "110000", List.of("150000"), null, cs);
            Outcome outcome = k < NOT_FUNDABLE_A ? Outcome.NOT_FUNDABLE : Outcome.INADMISSIBLE;
            projects.add(project(projects.size(), Line.A, area, members, budget, cs, outcome, FINANCED_A + k));
        }
        for (Project p : financedB) {
            projects.add(new Project(projects.size(), p.line(), p.acronym(), p.title(), p.area(), p.members(),
                    p.budget(), p.contracts(), p.outcome(), p.total()));
        }
        for (int k = 0; k < OTHERS_B; k++) {
            List<Enterprise> members = consortiaB.get(k);
            String area = AREAS.get((k + 2) % AREAS.size());
            List<Contract> cs = List.of(new Contract((k + 5) % LABS.size(), 0, SUBJECTS[k % SUBJECTS.length],
                    money("120000")));
            List<Cost> budget = budget("209000", "255000", List.of("160000"), null, cs);
            Outcome outcome = k < NOT_FUNDABLE_B ? Outcome.NOT_FUNDABLE : Outcome.INADMISSIBLE;
            projects.add(project(projects.size(), Line.B, area, members, budget, cs, outcome, FINANCED_B + k));
        }
        return List.copyOf(projects);
    }

    /**
     * A project's budget: the lead's industrial research (contract research for the contracts it bears, the rest
     * personnel) and experimental development (equipment); each partner's industrial research (its contracts, the
     * rest personnel); the first partner's experimental development if given.
     */
    private static List<Cost> budget(String leadResearch, String leadDevelopment, List<String> partnerResearch,
            String partnerDevelopment, List<Contract> contracts) {
        List<Cost> budget = new ArrayList<>();
        research(budget, 0, money(leadResearch), contracts);
        budget.add(new Cost(0, CostCategory.INSTRUMENTS_AND_EQUIPMENT, ResearchCategory.EXPERIMENTAL_DEVELOPMENT,
                money(leadDevelopment)));
        for (int p = 0; p < partnerResearch.size(); p++) {
            research(budget, p + 1, money(partnerResearch.get(p)), contracts);
        }
        if (partnerDevelopment != null) {
            budget.add(new Cost(1, CostCategory.INSTRUMENTS_AND_EQUIPMENT, ResearchCategory.EXPERIMENTAL_DEVELOPMENT,
                    money(partnerDevelopment)));
        }
        return List.copyOf(budget);
    }

    private static void research(List<Cost> budget, int member, BigDecimal total, List<Contract> contracts) {
        BigDecimal left = total;
        for (Contract c : contracts) {
            if (c.member() == member) {
                budget.add(new Cost(member, CostCategory.CONTRACT_RESEARCH_AND_CONSULTANCY,
                        ResearchCategory.INDUSTRIAL_RESEARCH, c.amount()));
                left = left.subtract(c.amount());
            }
        }
        if (left.signum() < 0) {
            throw new IllegalStateException("contracts above the research costs of member " + member);
        }
        if (left.signum() > 0) {
            budget.add(new Cost(member, CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH, left));
        }
    }

    private static Project project(int index, Line line, String area, List<Enterprise> members, List<Cost> budget,
            List<Contract> contracts, Outcome outcome, int n) {
        String acronym = "PI16-" + line.name() + String.format("%03d", n + 1);
        String title = TOPICS[AREAS.indexOf(area)] + " (" + members.get(0).name() + ")";
        BigDecimal total = switch (outcome) {
            case FUNDED -> new BigDecimal(61 + (n * 7) % 38); // 61..98
            case NOT_FUNDABLE -> new BigDecimal(45 + n % 10); // 45..54
            case INADMISSIBLE -> null;
        };
        return new Project(index, line, acronym, title, area, List.copyOf(members), budget, List.copyOf(contracts),
                outcome, total);
    }

    private static Enterprise enterprise(int seed, SizeClass size, String cluster) {
        int n = seed % 1000;
        String name = TRADES[n % TRADES.length] + " " + PLACES[(n / TRADES.length) % PLACES.length] + " " + seed
                + (size == SizeClass.MEDIUM ? " S.p.A." : " S.r.l.");
        return new Enterprise(seed, name, CITIES[n % CITIES.length], size, cluster);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** A valid Italian VAT number from a seed (the numbers the tests' Api.vat makes from the same seed). */
    public static String vat(int seed) {
        return VatNumber.withCheckDigit(String.format("%010d", 1000000L + seed * 7919L));
    }
}
