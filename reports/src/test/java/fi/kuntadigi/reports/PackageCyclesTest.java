package fi.kuntadigi.reports;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of every module (their compiled classes, not the tests) depend on each other without cycles: in
 * the batch modules the run packages own the job interfaces and the jobs register in META-INF/services; in the
 * dashboard the areas of the site stand on the shared machinery ({@code web}, {@code figures}, {@code auth},
 * {@code http}, {@code warehouse}, {@code i18n}), never the reverse. It is here because reports is the last
 * module the reactor builds (its pom orders analytics and the notebooks before it), so every module's classes
 * are there to read.
 */
class PackageCyclesTest {

    private static final List<String> MODULES = List.of("core", "ingestion", "analytics", "dashboard", "notebooks-java", "reports");

    @Test
    void packagesOfEveryModuleAreFreeOfCycles() {
        List<Path> classes = MODULES.stream().map(m -> Path.of("..", m, "target", "classes")).toList();
        classes.forEach(dir -> assertTrue(Files.isDirectory(dir), dir + " is missing: build the whole project (./mvnw verify)"));
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false); // the modules' own classes are enough
        slices().matching("fi.kuntadigi.(**)").should().beFreeOfCycles().check(new ClassFileImporter().importPaths(classes));
    }
}
