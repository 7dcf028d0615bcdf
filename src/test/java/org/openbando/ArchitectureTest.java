package org.openbando;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md, checked on the production classes. Plain JUnit tests over ArchUnit's
 * core API (ArchUnit's own JUnit engine does not run on the JUnit 6 platform that Quarkus 3.33 brings).
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openbando");
    }

    @Test
    void onlyTheWorkflowPackageUsesCamunda() {
        noClasses().that().resideOutsideOfPackage("org.openbando.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("a move to Operaton (or another engine) must touch one package").check(classes);
    }

    @Test
    void onlyTheDocumentPackageUsesPdfBox() {
        noClasses().that().resideOutsideOfPackage("org.openbando.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                        "org.apache.xmpbox..", "com.openhtmltopdf..").check(classes);
    }

    @Test
    void featuresDoNotDependOnTheWorkflow() {
        noClasses().that().resideInAnyPackage("org.openbando.call..", "org.openbando.organization..",
                        "org.openbando.identity..", "org.openbando.proposal..", "org.openbando.document..",
                        "org.openbando.shared..")
                .should().dependOnClassesThat().resideInAPackage("org.openbando.workflow..")
                .because("features fire CDI events; the workflow observes them and calls the features back")
                .check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.openbando.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openbando.call..",
                        "org.openbando.organization..", "org.openbando.identity..", "org.openbando.proposal..",
                        "org.openbando.document..", "org.openbando.workflow..",
                        "org.openbando.demo..")
                .check(classes);
    }

    @Test
    void theDocumentPackageDependsOnNothingButShared() {
        noClasses().that().resideInAPackage("org.openbando.document..")
                .should().dependOnClassesThat(resideInAPackage("org.openbando..")
                        .and(not(resideInAnyPackage("org.openbando.document..", "org.openbando.shared.."))))
                .because("callers fill plain DocumentData records; documents know no other feature")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses().that().resideOutsideOfPackage("org.openbando.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.openbando.demo..").check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.openbando.(*)..").should().beFreeOfCycles().check(classes);
    }
}
