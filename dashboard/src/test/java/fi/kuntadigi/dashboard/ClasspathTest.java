package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The dashboard starts in a second because Spark is not on its classpath; only the catalog comes along. */
class ClasspathTest {

    @Test
    void sparkIsNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.sql.SparkSession"));
    }

    @Test
    void theCatalogIs() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.catalog.Marts"));
    }

    @Test
    void theSchedulerAndTheInboxAreWithTheirCronParserButNotSparksJobs() {
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.operations.schedule.Scheduler"));
        assertDoesNotThrow(() -> Class.forName("fi.kuntadigi.operations.inbox.Inbox"));
        assertDoesNotThrow(() -> Class.forName("com.cronutils.parser.CronParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.SparkContext"));
    }
}
