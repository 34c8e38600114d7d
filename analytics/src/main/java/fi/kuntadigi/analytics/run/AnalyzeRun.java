package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.ReferenceReader;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.ingestion.run.Failures;
import fi.kuntadigi.ingestion.run.RunIds;
import fi.kuntadigi.operations.RunLock;
import fi.kuntadigi.ingestion.run.RunLog;
import fi.kuntadigi.ingestion.run.RunRecord;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * One analyze run: every feature computes its marts into staging; only when all succeeded are they
 * published (versioned folder, manifest, atomic link swap), so the dashboard never sees a half-built
 * set. The run is recorded in {@code warehouse/_runs/} as job "analyze", like ingestion runs.
 */
public final class AnalyzeRun {

    /** Where to read and publish, the configuration file (a missing file means the defaults), a run id or null. */
    public record Options(Warehouse warehouse, Path configFile, String runId) {
        public Options(Warehouse warehouse, Path configFile) {
            this(warehouse, configFile, null);
        }
    }

    /** One mart written to staging. */
    record Staged(DatasetSchema schema, org.apache.hadoop.fs.Path dir, long rows, long elapsedMs) {
    }

    public static final String JOB = "analyze";

    private final SparkSession spark;
    private final PrintStream out;

    public AnalyzeRun(SparkSession spark, PrintStream out) {
        this.spark = spark;
        this.out = out;
    }

    /** Runs the analytics under the warehouse's "analyze" lock; throws if another run holds it. */
    public RunRecord run(Options options) throws IOException {
        WarehouseStore store = WarehouseStore.open(options.warehouse(), spark.sparkContext().hadoopConfiguration());
        try (RunLock lock = store.lock(JOB)) {
            return runLocked(options, store);
        }
    }

    private RunRecord runLocked(Options options, WarehouseStore store) throws IOException {
        Instant started = Instant.now();
        String runId = options.runId() != null ? options.runId() : RunIds.next(started);
        org.apache.hadoop.fs.Path recordFile = store.path(Layout.RUNS + "/" + runId + ".json");
        org.apache.hadoop.fs.Path staging = store.path(Layout.staging(runId));
        store.writeJson(recordFile, new RunRecord(runId, JOB, RunRecord.RUNNING, started.toString(), null, List.of(), null));
        try (RunLog log = new RunLog(store.appendLog(store.path(Layout.RUNS + "/" + runId + ".log.jsonl")), runId)) {
            log.event("run_started", Map.of("job", JOB, "config", String.valueOf(options.configFile())));
            try {
                AnalyticsConfig config = config(options.configFile());
                WarehouseInputs inputs = new WarehouseInputs(spark, store);
                ReferenceData reference = ReferenceReader.read(inputs);
                AnalysisContext context = new AnalysisContext(inputs, reference, config, log::event);
                List<Staged> staged = new ArrayList<>();
                for (MartJob job : MartJobs.all()) {
                    long t0 = System.nanoTime();
                    out.println(job.feature() + ":");
                    for (MartTable table : job.compute(context)) {
                        Staged s = write(table, staging);
                        staged.add(s);
                        out.printf("  %-24s %,10d rows%n", s.schema().name(), s.rows());
                        log.event("mart_staged", Map.of("mart", s.schema().name(), "rows", s.rows(),
                                "elapsed_ms", s.elapsedMs()));
                    }
                    log.event("feature_done", Map.of("feature", job.feature(),
                            "elapsed_ms", (System.nanoTime() - t0) / 1_000_000));
                }
                checkComplete(staged);
                publish(store, runId, staged, inputs.versions(), options.configFile());
                RunRecord done = new RunRecord(runId, JOB, RunRecord.SUCCEEDED, started.toString(),
                        Instant.now().toString(), staged.stream().map(s -> new RunRecord.DatasetCounts(
                                s.schema().name(), s.schema().source(), s.rows(), s.rows(), 0, s.elapsedMs())).toList(),
                        null);
                store.writeJson(recordFile, done);
                log.event("run_published", Map.of("marts", staged.size()));
                return done;
            } catch (RuntimeException | IOException e) {
                String message = Failures.message(e);
                store.writeJson(recordFile, new RunRecord(runId, JOB, RunRecord.FAILED, started.toString(),
                        Instant.now().toString(), List.of(), message));
                log.event("run_failed", Map.of("error", message));
                throw e;
            } finally {
                store.delete(staging);
            }
        }
    }

    private static AnalyticsConfig config(Path file) {
        try {
            return AnalyticsConfig.load(file);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    /**
     * Small marts computed on the driver become one file; marts computed by Spark are written by its
     * tasks as they are (no cache, no extra pass) and their rows counted from the Parquet footers.
     */
    private Staged write(MartTable table, org.apache.hadoop.fs.Path staging) {
        long t0 = System.nanoTime();
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(staging, "marts/" + table.schema().name());
        Dataset<Row> frame = table.rows() < 0 ? table.frame() : table.frame().coalesce(1);
        frame.write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
        long rows = table.rows() >= 0 ? table.rows() : spark.read().parquet(dir.toString()).count();
        return new Staged(table.schema(), dir, rows, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void checkComplete(List<Staged> staged) {
        List<String> expected = Marts.all().stream().map(DatasetSchema::name).sorted().toList();
        List<String> got = staged.stream().map(s -> s.schema().name()).sorted().toList();
        if (!expected.equals(got)) {
            throw new IllegalStateException("the jobs computed " + got + ", the catalog lists " + expected);
        }
    }

    private static void publish(WarehouseStore store, String runId, List<Staged> staged, Map<String, String> inputs,
                                Path configFile) throws IOException {
        WarehousePublisher publisher = new WarehousePublisher(store);
        String published = Instant.now().toString();
        String checksum = sha256(configFile);
        for (Staged s : staged) {
            MartManifest manifest = new MartManifest(runId, s.schema().name(), s.schema().source(),
                    s.schema().version(), published, s.schema().columnNames(), inputs,
                    configFile == null ? null : configFile.toString(), checksum, s.rows(), s.elapsedMs());
            publisher.publishFolder(runId, s.dir(), Layout.martVersions(s.schema().name()),
                    Layout.mart(s.schema().name()), manifest);
        }
    }

    private static String sha256(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
