package bd.udbhabon.bangla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module stays framework-free: only the JDK, ICU4J and itself. */
class ModuleBoundaryTest {

    @Test
    void dependsOnlyOnTheJdkAndIcu() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bd.udbhabon.bangla");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.ibm.icu..", "bd.udbhabon.bangla..")
                .check(main);
    }
}
