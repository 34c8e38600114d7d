package fi.kuntadigi.ingestion.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one place a Spark session is made. Local mode by default; {@code --master} and any
 * {@code spark.*} setting pass through for a real cluster.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** Settings of a session: master URL and extra {@code spark.*} configuration. */
    public record Settings(String master, Map<String, String> conf) {
        public Settings {
            conf = Map.copyOf(conf);
        }

        public static Settings local() {
            return new Settings(defaultMaster(), Map.of());
        }

        public Settings with(String key, String value) {
            Map<String, String> copy = new LinkedHashMap<>(conf);
            copy.put(key, value);
            return new Settings(master, copy);
        }
    }

    /** {@code local[N]} with N = available cores, or {@code KUNTADIGI_SPARK_MASTER} when set. */
    public static String defaultMaster() {
        String env = System.getenv("KUNTADIGI_SPARK_MASTER");
        return env == null || env.isBlank() ? "local[*]" : env;
    }

    /**
     * The JVM openings Spark needs on Java 17, as defined once in the parent pom and built into
     * {@code kuntadigi/jvm.options}; executors of a cluster get the same.
     */
    public static String jvmOptions() {
        try (var in = SparkSessions.class.getResourceAsStream("/kuntadigi/jvm.options")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Returns the running session or starts one with these settings. */
    public static synchronized SparkSession getOrCreate(Settings settings) {
        int cores = Runtime.getRuntime().availableProcessors();
        SparkSession.Builder builder = SparkSession.builder()
                .appName("kuntadigi")
                .master(settings.master())
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, cores * 2)))
                .config("spark.default.parallelism", String.valueOf(Math.max(4, cores * 2)))
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.scheduler.mode", "FAIR")
                .config("spark.sql.session.timeZone", "Europe/Helsinki")
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                // Partitioned writes keep one open file per partition value instead of sorting every row first.
                .config("spark.sql.optimizer.plannedWrite.enabled", "false")
                .config("spark.sql.maxConcurrentOutputFileWriters", "16")
                .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
                .config("spark.hadoop.parquet.summary.metadata.level", "NONE");
        String jvmOptions = jvmOptions();
        if (!jvmOptions.isBlank()) {
            builder.config("spark.executor.extraJavaOptions", jvmOptions);
        }
        settings.conf().forEach(builder::config);
        return builder.getOrCreate();
    }
}
