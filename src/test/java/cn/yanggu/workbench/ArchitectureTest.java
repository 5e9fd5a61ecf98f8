package cn.yanggu.workbench;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way: domain ← store ← app ← ui (and cli beside ui). */
class ArchitectureTest {
    private static final String ROOT = "cn.yanggu.workbench";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "picocli..", "org.sqlite..",
                        ROOT + ".store..", ROOT + ".app..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void storeKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..",
                        ROOT + ".app..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void appHasNoToolkitAndNoUi() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoTheStore() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", "java.sql..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void commandLineNeedsNoDisplay() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", ROOT + ".ui..",
                        ROOT + ".store..")
                .check(classes);
    }

    /**
     * Every folder under ui is a feature (audit, chains, values …) except the shared parts (common) and the window's
     * frame (shell); a new feature folder is covered without being listed. The composition root (WorkbenchApp, in ui
     * itself) is in no slice and may know them all.
     */
    @Test
    void uiFeaturesDoNotDependOnEachOther() {
        slices().matching(ROOT + ".ui.(*)..").namingSlices("ui.$1")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(ROOT + ".ui.common.."))
                .check(classes);
    }

    /** The shared parts and the frame know no feature: a feature can be removed without touching them. */
    @Test
    void commonAndShellKnowNoFeature() {
        noClasses().that().resideInAnyPackage(ROOT + ".ui.common..", ROOT + ".ui.shell..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + ".ui..")
                        .and(not(resideInAnyPackage(ROOT + ".ui.common..", ROOT + ".ui.shell.."))))
                .check(classes);
    }

    /**
     * The classes that word things for a reader (ErrorText, ExchangeText, AuditText, GradingText …) use each other
     * one way only: no circle such as ErrorText → ExchangeText → ErrorText.
     */
    @Test
    void wordingClassesFormNoCircle() {
        SliceAssignment byWordingClass = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                return top.getPackageName().startsWith(ROOT + ".app") && top.getSimpleName().endsWith("Text")
                        ? SliceIdentifier.of(top.getName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the wording classes of app";
            }
        };
        slices().assignedFrom(byWordingClass).should().beFreeOfCycles().check(classes);
    }
}
