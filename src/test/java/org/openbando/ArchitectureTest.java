package org.openbando;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbando.shared.PublicApi;

/**
 * The module rules of docs/architecture.md, checked on the production classes. Plain JUnit tests over ArchUnit's
 * core API (ArchUnit's own JUnit engine does not run on the JUnit 6 platform that Quarkus 3.33 brings).
 *
 * <p>The packages under {@code org.openbando} are the features of the call's life (and {@code shared},
 * {@code workflow}, {@code portal}, {@code demo}); {@link #MAY_USE} says which feature may use which, once, and a
 * package missing from it fails the build. Across features only the types marked {@link PublicApi} (and the types
 * nested in them) may be used, and never an entity.
 */
class ArchitectureTest {

    static final String ROOT = "org.openbando";

    /** The features every feature may use: the bottom of the stack. */
    static final Set<String> BASE = Set.of("shared", "shared.web");

    /**
     * Which package may use which (besides itself and {@link #BASE}). Dependencies point down the call's life:
     * identity, organisation, call, proposal, submission, eligibility; documents serve them all; the workflow (the
     * engine), the portal (pages composing several phases) and the demo data sit on top, and nothing uses them;
     * the embedded database of dev mode ({@code devdb}) stands apart.
     */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("shared.web", Set.of("shared")),
            Map.entry("identity", Set.of()),
            Map.entry("document", Set.of()),
            Map.entry("organization", Set.of("identity")),
            Map.entry("call", Set.of("identity", "organization")),
            Map.entry("proposal", Set.of("identity", "organization", "call", "document")),
            Map.entry("submission", Set.of("identity", "organization", "call", "document", "proposal")),
            Map.entry("eligibility", Set.of("identity", "organization", "call", "document", "proposal",
                    "submission")),
            // the incidents: the submissions whose process failed to start (submission's outbox), the administrators'
            // role; the engine's incidents come through its port EngineIncidents, which workflow implements
            Map.entry("operations", Set.of("identity", "submission")),
            // e-mail: the recipients' addresses and languages, the users of an organisation; it observes eligibility's
            // decisions (eligibility never uses it); evaluation and workflow call Notifications
            Map.entry("notification", Set.of("identity", "proposal", "submission", "eligibility")),
            // experts, panels, scores, consensus: the experts' users, the clusters and organisations of the conflict
            // checks, the call's rules, the proposal's status, the frozen snapshot, eligibility's results, documents
            // and mail
            Map.entry("evaluation", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "notification")),
            // the ranking of a call: the evaluations' outcomes (and their release), the frozen submissions, the
            // inadmissible proposals, the call's funding rules and grant computation, the ranking act, mail
            Map.entry("ranking", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "evaluation", "notification")),
            // the concession of a funded project: the ranking's allocation, the frozen submission, the cluster
            // memberships, the call's rules and grant computation, decisions, mail
            Map.entry("funding", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "ranking", "notification")),
            Map.entry("workflow", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "evaluation", "ranking", "funding", "operations")),
            Map.entry("portal", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "evaluation", "ranking", "funding")),
            // the demo acts through the features' services and takes the process along (workflow.ProcessDriver)
            Map.entry("demo", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "evaluation", "ranking", "funding", "workflow")),
            // reports, open data, dossiers and the audit trail: read-only projections of every phase
            Map.entry("report", Set.of("identity", "organization", "call", "document", "proposal", "submission",
                    "eligibility", "evaluation", "ranking", "funding")),
            Map.entry("devdb", Set.of()));

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The feature of a class: the package under org.openbando ({@code shared.web} counts apart from shared). */
    static Optional<String> featureOf(JavaClass type) {
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length() + 1);
        return Optional.of(rest.startsWith("shared.web") ? "shared.web" : rest.split("\\.")[0]);
    }

    static boolean mayUse(String from, String to) {
        return from.equals(to) || BASE.contains(to) && !(from.equals("shared") && to.equals("shared.web"))
                || MAY_USE.getOrDefault(from, Set.of()).contains(to);
    }

    @Test
    void everyPackageIsInTheMapOfFeatures() {
        Set<String> packages = classes.stream().map(ArchitectureTest::featureOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(MAY_USE.keySet()).as("a new package must be added to MAY_USE with what it may use")
                .containsAll(packages);
        MAY_USE.values().forEach(uses -> assertThat(MAY_USE.keySet()).containsAll(uses));
    }

    @Test
    void featuresUseOnlyWhatTheMapAllows() {
        assertThat(violations(crossing().filter(d -> !mayUse(featureOf(d.getOriginClass()).orElseThrow(),
                featureOf(d.getTargetClass()).orElseThrow())))).isEmpty();
    }

    @Test
    void noFeatureTouchesAnotherFeaturesEntities() {
        assertThat(violations(crossing().filter(d -> isEntity(d.getTargetClass())))).isEmpty();
    }

    @Test
    void onlyThePublicSurfaceOfAFeatureCrossesFeatures() {
        assertThat(violations(crossing().filter(d -> !BASE.contains(featureOf(d.getTargetClass()).orElseThrow()))
                .filter(d -> !isPublicApi(d.getTargetClass())))).isEmpty();
    }

    /** The dependencies as ArchUnit describes them (origin, target, source line), sorted. */
    static Set<String> violations(Stream<Dependency> dependencies) {
        return dependencies.map(Dependency::getDescription).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void onlyTheWorkflowPackageUsesCamunda() {
        noClasses().that().resideOutsideOfPackage("org.openbando.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("a move to Operaton (or another engine) must touch one package").check(classes);
    }

    @Test
    void onlyTheDocumentPackageUsesPdfBoxAndSigns() {
        noClasses().that().resideOutsideOfPackage("org.openbando.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                        "org.apache.xmpbox..", "com.openhtmltopdf..", "org.bouncycastle..").check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.openbando.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedNeverUsesItsWebPart() {
        noClasses().that().resideInAPackage("org.openbando.shared").should().dependOnClassesThat()
                .resideInAPackage("org.openbando.shared.web..")
                .because("shared.web builds on shared: the other way round would be a cycle the slices cannot see")
                .check(classes);
    }

    /** Dependencies from a class of one feature to a class of another (both under org.openbando). */
    static Stream<Dependency> crossing() {
        return classes.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> featureOf(d.getOriginClass()).isPresent() && featureOf(d.getTargetClass()).isPresent())
                .filter(d -> !featureOf(d.getOriginClass()).equals(featureOf(d.getTargetClass())));
    }

    static boolean isEntity(JavaClass type) {
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        return c.isAnnotatedWith("jakarta.persistence.Entity") || c.isAnnotatedWith("jakarta.persistence.Embeddable");
    }

    /** Marked {@link PublicApi}, or nested in a type that is. */
    static boolean isPublicApi(JavaClass type) {
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        for (Optional<JavaClass> t = Optional.of(c); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (t.get().isAnnotatedWith(PublicApi.class)) {
                return true;
            }
        }
        return false;
    }
}
