package fi.kuntadigi.reports;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reports' packages (compiled classes, not the tests) depend on each other without cycles: {@code run} uses the others. */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false); // the module's own classes are enough
        slices().matching("fi.kuntadigi.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPath(Path.of("target", "classes")));
    }
}
