package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard starts in a second because Spark is not on its classpath: it depends on the Spark-free core only
 * (the root pom's enforcer rule {@code spark-free} fails the build otherwise; this test checks the result).
 */
class ClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.spark.sql.SparkSession", "org.apache.spark.SparkContext",
            "org.apache.hadoop.conf.Configuration", "scala.Option"})
    void sparkHadoopAndScalaAreNotOnTheClasspath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }

    @Test
    void theBatchJobsAreNot() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("fi.kuntadigi.ingestion.run.IngestRun"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("fi.kuntadigi.analytics.run.AnalyzeRun"));
    }

    @Test
    void theCatalogIs() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.catalog.Marts"));
    }

    @Test
    void theSchedulerAndTheInboxAreWithTheirCronParser() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.operations.schedule.Scheduler"));
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.operations.inbox.Inbox"));
        assertDoesNotThrow(() -> Class.forName("com.cronutils.parser.CronParser"));
    }
}
