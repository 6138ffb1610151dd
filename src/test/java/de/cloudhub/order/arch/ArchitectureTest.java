package de.cloudhub.order.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.cloudhub.order.app.AppOptions;
import de.cloudhub.order.app.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of STYLE.md: app → ui → (api, drafts) → model; sandbox → model; logging through SLF4J. */
class ArchitectureTest {
    private static final String ROOT = "de.cloudhub.order";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void modelApiDraftsAndSandboxUseNoJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".api..", ROOT + ".drafts..",
                        ROOT + ".sandbox..", ROOT + ".auth..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void modelUsesNoHttp() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.hc..", "java.net.http..",
                        "com.sun.net.httpserver..")
                .check(classes);
    }

    @Test
    void sandboxDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".api..",
                        ROOT + ".app..", ROOT + ".drafts..")
                .check(classes);
    }

    @Test
    void draftsAndApiNeverUseTheUi() {
        noClasses().that().resideInAnyPackage(ROOT + ".drafts..", ROOT + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void authDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".auth..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".api..",
                        ROOT + ".app..", ROOT + ".drafts..", ROOT + ".sandbox..")
                .check(classes);
    }

    @Test
    void uiDependsNeitherOnTheAppNorOnTheSandbox() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".sandbox..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "org.apache.log4j..",
                        "org.apache.logging.log4j..")
                .check(classes);
    }

    @Test
    void onlyTheLauncherWritesToTheConsole() {
        noClasses().that().doNotBelongToAnyOf(Launcher.class, AppOptions.class)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
