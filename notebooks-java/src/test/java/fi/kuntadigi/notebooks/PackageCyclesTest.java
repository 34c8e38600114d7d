package fi.kuntadigi.notebooks;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The notebooks' packages (compiled classes, not the tests) stay free of cycles: one package today, the rule for any next one. */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false); // the module's own classes are enough
        slices().matching("fi.kuntadigi.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPath(Path.of("target", "classes")));
    }
}
