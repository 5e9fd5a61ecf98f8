package cn.yanggu.workbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @Test
    void uiFeaturesDoNotDependOnEachOther() {
        String[] features = {"overview", "indicators", "chains", "zones", "projects"};
        for (String f : features) {
            for (String g : features) {
                if (!f.equals(g)) {
                    noClasses().that().resideInAPackage(ROOT + ".ui." + f + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui." + g + "..")
                            .check(classes);
                }
            }
        }
    }
}
