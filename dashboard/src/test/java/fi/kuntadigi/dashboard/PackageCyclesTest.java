package fi.kuntadigi.dashboard;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's packages (its compiled classes, not the tests) depend on each other without cycles: the areas
 * of the site stand on the shared machinery ({@code web}, {@code figures}, {@code auth}, {@code http},
 * {@code warehouse}, {@code i18n}), never the reverse, and the root package wires them together.
 */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false); // the module's own classes are enough
        slices().matching("fi.kuntadigi.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPath(Path.of("target", "classes")));
    }
}
