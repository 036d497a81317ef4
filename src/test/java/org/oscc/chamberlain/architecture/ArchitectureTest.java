package org.oscc.chamberlain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of docs/architecture.md, held by the build (as JabRef's CommonArchitectureTest does). */
@AnalyzeClasses(packages = "org.oscc.chamberlain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAppAndUiPackagesUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.oscc.chamberlain.app..", "org.oscc.chamberlain..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("services, repositories, importers, exporters and the CLI must run without a screen");

    @ArchTest
    static final ArchRule onlyRepositoriesAndTheStoreTouchTheDatabase = noClasses()
            .that().resideOutsideOfPackages("org.oscc.chamberlain.store..")
            .and().haveNameNotMatching(".*Repository(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.sqlite..", "org.flywaydb..")
            .because("controllers and services call repositories, never SQL");

    @ArchTest
    static final ArchRule controllersDoNotReachIntoTheStore = noClasses()
            .that().resideInAPackage("org.oscc.chamberlain..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.oscc.chamberlain.store.jooq..");

    @ArchTest
    static final ArchRule theCliNeverOpensWindows = noClasses()
            .that().resideInAPackage("org.oscc.chamberlain.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.oscc.chamberlain.app..", "javafx..");

    @ArchTest
    static final ArchRule repositoriesAreBuiltOnlyInTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("org.oscc.chamberlain.root..")
            .and().haveNameNotMatching(".*Repository(\\$.*)?")
            .should().callConstructorWhere(JavaConstructorCall.Predicates.target(
                    HasOwner.Predicates.With.owner(HasName.Predicates.nameMatching(".*Repository"))))
            .because("services are built once, in root.ChamberServices, for the window, the CLI and the tests alike");

    @ArchTest
    static final ArchRule theCompositionRootUsesNoJavaFx = noClasses()
            .that().resideInAPackage("org.oscc.chamberlain.root..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.oscc.chamberlain.app..",
                    "org.oscc.chamberlain..ui..")
            .because("the CLI builds its services from the same root as the window");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToStandardOutput = noClasses()
            .that().resideOutsideOfPackage("org.oscc.chamberlain.cli..")
            // the entry point hands standard output to the CLI; the window prints one FIRST_FRAME_MS line only when
            // the start-up benchmark asks for it with a system property
            .and().doNotHaveFullyQualifiedName("org.oscc.chamberlain.app.Launcher")
            .and().haveNameNotMatching("org\\.oscc\\.chamberlain\\.app\\.ChamberlainApp(\\$.*)?")
            .should().accessField(System.class, "out")
            .because("logs go to the log file; only what a command is asked for goes to standard output");

    @ArchTest
    static final ArchRule screensUseServicesNotRepositories = noClasses()
            .that().resideInAPackage("org.oscc.chamberlain..ui..")
            .should().dependOnClassesThat().haveNameMatching(".*Repository(\\$.*)?")
            .because("controllers call services; repositories are the services' business");

    @ArchTest
    static final ArchRule noMutableStaticState = fields()
            .that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.oscc.chamberlain..")
            .and().doNotHaveName("$VALUES")
            .should().beFinal()
            .because("no static singletons: state lives in objects the composition root builds");

    @ArchTest
    static final ArchRule featureFoldersHaveNoCycles = slices()
            .matching("org.oscc.chamberlain.(*)..")
            .should().beFreeOfCycles();
}
