package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Notebooks start in seconds because Spark is not on their classpath; the catalog and the scheduler come along. */
class ClasspathTest {

    @Test
    void sparkIsNotOnTheClasspath() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.sql.SparkSession"));
        assertFalse(Files.readString(Path.of("target", "classpath.txt")).contains("spark"), "the runner's class path");
    }

    @Test
    void theCatalogAndTheSchedulerAre() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.catalog.Marts"));
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.analytics.roadmap.RoadmapScheduler"));
    }
}
