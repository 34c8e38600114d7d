package fi.kuntadigi.reports;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports run with the dashboard and the Spark-free core only (the root pom's enforcer rule {@code spark-free}
 * fails the build otherwise); the batch jobs that build their test warehouse run in a forked process.
 */
class ClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.spark.sql.SparkSession", "org.apache.hadoop.conf.Configuration", "scala.Option",
            "fi.kuntadigi.cli.Kuntadigi"})
    void classIsNotOnTheClasspath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }
}
