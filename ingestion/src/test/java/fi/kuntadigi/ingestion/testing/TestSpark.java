package fi.kuntadigi.ingestion.testing;

import fi.kuntadigi.ingestion.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for the whole test JVM, made by the product's own factory. */
public final class TestSpark {

    private TestSpark() {
    }

    public static SparkSession session() {
        return SparkSessions.getOrCreate(SparkSessions.Settings.local()
                .with("spark.sql.shuffle.partitions", "2")
                .with("spark.default.parallelism", "2"));
    }
}
