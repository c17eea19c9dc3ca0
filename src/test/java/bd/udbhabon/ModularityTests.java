package bd.udbhabon;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability is a module; a module uses only the others' public API, with no cycles. */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(UdbhabonApplication.class).verify();
    }

    @Test
    void banglaCoreIsPlainJava() {
        noClasses().that().resideInAPackage("bd.udbhabon.bangla..")
                .should().dependOnClassesThat(resideInAPackage("bd.udbhabon..").and(not(resideInAPackage("bd.udbhabon.bangla.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("bd.udbhabon.bangla"));
    }
}
