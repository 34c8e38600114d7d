package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notebooks start in seconds because Spark is not on their classpath: they depend on the Spark-free core only
 * (the root pom's enforcer rule {@code spark-free} fails the build otherwise); the catalog and the scheduler come along.
 */
class ClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.spark.sql.SparkSession", "org.apache.hadoop.conf.Configuration", "scala.Option"})
    void sparkHadoopAndScalaAreNotOnTheClasspath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }

    @Test
    void norOnTheRunnersClassPath() throws Exception {
        String classPath = Files.readString(Path.of("target", "classpath.txt"));
        assertFalse(classPath.contains("spark") || classPath.contains("hadoop") || classPath.contains("scala-library"), classPath);
    }

    @Test
    void theCatalogAndTheSchedulerAre() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.catalog.Marts"));
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.roadmap.RoadmapScheduler"));
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.analytics.config.AnalyticsConfig"));
    }
}
