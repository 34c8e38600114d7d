package fi.kuntadigi.index;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core module stays free of Spark, Hadoop and Scala: none of their classes is on its test classpath. */
class SparkFreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.spark.sql.SparkSession", "org.apache.hadoop.conf.Configuration", "scala.Option",
            "org.apache.parquet.hadoop.ParquetWriter"})
    void classIsNotOnTheClasspath(String name) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(name));
    }
}
