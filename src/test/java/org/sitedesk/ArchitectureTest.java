package org.sitedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the code (STYLE.md "In practice here"), checked on every build. */
@AnalyzeClasses(packages = "org.sitedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    /** Core is the bottom layer: features build on it, so it knows none of them (the wiring lives in {@code app}). */
    @ArchTest
    static final ArchRule coreKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.sitedesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitedesk.app..", "org.sitedesk.cli..",
                    "org.sitedesk.estate..", "org.sitedesk.fees..", "org.sitedesk.repair..", "org.sitedesk.print..",
                    "org.sitedesk.archive..", "org.sitedesk.keys..", "org.sitedesk.lostfound..", "org.sitedesk.renovation..");

    /** The composition root sits above the features; only the two faces (window and command line) use it. */
    @ArchTest
    static final ArchRule onlyTheFacesUseTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackages("org.sitedesk.app..", "org.sitedesk.cli..", "org.sitedesk.shell..")
            .and().doNotHaveFullyQualifiedName("org.sitedesk.Main")
            .should().dependOnClassesThat().resideInAPackage("org.sitedesk.app..");

    @ArchTest
    static final ArchRule featureServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.estate..")
            .and().resideOutsideOfPackage("org.sitedesk.estate.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule feeServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.fees..")
            .and().resideOutsideOfPackage("org.sitedesk.fees.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule feeScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.fees.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule repairServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.repair..")
            .and().resideOutsideOfPackage("org.sitedesk.repair.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule repairScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.repair.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule keyServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.keys..")
            .and().resideOutsideOfPackage("org.sitedesk.keys.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule keyScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.keys.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule archiveServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.archive..")
            .and().resideOutsideOfPackage("org.sitedesk.archive.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.sitedesk.ui..",
                    "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule archiveScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.archive.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule renovationServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.renovation..")
            .and().resideOutsideOfPackage("org.sitedesk.renovation.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule renovationScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.renovation.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..")
            .allowEmptyShould(true);

    /** The estate is below the archive: it tells the archive of owner changes through its own interface. */
    @ArchTest
    static final ArchRule theEstateKnowsNothingOfTheArchive = noClasses()
            .that().resideInAPackage("org.sitedesk.estate..")
            .should().dependOnClassesThat().resideInAPackage("org.sitedesk.archive..");

    @ArchTest
    static final ArchRule lostAndFoundServicesKnowNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.lostfound..")
            .and().resideOutsideOfPackage("org.sitedesk.lostfound.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule lostAndFoundScreensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.lostfound.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule theReportEngineKnowsNothingOfJavaFx = noClasses()
            .that().resideInAPackage("org.sitedesk.print..")
            .and().resideOutsideOfPackage("org.sitedesk.print.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule screensGoThroughServices = noClasses()
            .that().resideInAPackage("org.sitedesk.estate.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule theCommandLineNeedsNoDisplay = noClasses()
            .that().resideInAPackage("org.sitedesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sitedesk.ui..", "org.sitedesk.shell..");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheDatabase = noClasses()
            .that().resideInAnyPackage("org.sitedesk.shell..", "org.sitedesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sitedesk.core.db.schema..");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackages("org.sitedesk.cli..")
            .and().doNotHaveFullyQualifiedName("org.sitedesk.Main")
            .and().doNotHaveFullyQualifiedName("org.sitedesk.shell.GuiLauncher")
            .and().doNotHaveFullyQualifiedName("org.sitedesk.shell.GuiLauncher$SmokeCheck")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("logging goes through slf4j; only the command line and --smoke print");

    @ArchTest
    static final ArchRule loggingOnlyThroughSlf4j = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                    "org.apache.commons.logging..");

    @ArchTest
    static final ArchRule viewModelsOpenNoDialogsThemselves = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert");

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("org.sitedesk..")
            .should().beFinal()
            .because("state lives in objects wired by the composition root, never in static fields");

    @ArchTest
    static final ArchRule noGrabBagClassNames = classes()
            .that().resideInAPackage("org.sitedesk..")
            .should().haveSimpleNameNotEndingWith("Util")
            .andShould().haveSimpleNameNotEndingWith("Utils")
            .andShould().haveSimpleNameNotEndingWith("Helper")
            .andShould().haveSimpleNameNotEndingWith("Manager");
}
