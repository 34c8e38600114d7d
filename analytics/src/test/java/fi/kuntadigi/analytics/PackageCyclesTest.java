package fi.kuntadigi.analytics;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packages of core, ingestion and analytics (their compiled classes, not the tests) depend on each other
 * without cycles: the run packages own the job interfaces, the jobs register in META-INF/services.
 */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false); // the modules' own classes are enough
        slices().matching("fi.kuntadigi.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPaths(Path.of("..", "core", "target", "classes"),
                        Path.of("..", "ingestion", "target", "classes"), Path.of("target", "classes")));
    }
}
