package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.ReferenceReader;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.publish.Json;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.run.Failures;
import fi.kuntadigi.ingestion.run.RunIds;
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

    /** Where to read and publish, and the configuration file (a missing file means the defaults). */
    public record Options(Warehouse warehouse, Path configFile) {
    }

    /** One mart written to staging. */
    record Staged(DatasetSchema schema, Path dir, long rows, long elapsedMs) {
    }

    public static final String JOB = "analyze";

    private final SparkSession spark;
    private final PrintStream out;

    public AnalyzeRun(SparkSession spark, PrintStream out) {
        this.spark = spark;
        this.out = out;
    }

    public RunRecord run(Options options) throws IOException {
        Instant started = Instant.now();
        String runId = RunIds.next(started);
        Warehouse warehouse = options.warehouse();
        Path recordFile = warehouse.runs().resolve(runId + ".json");
        Path staging = warehouse.staging(runId);
        Json.write(recordFile, new RunRecord(runId, JOB, RunRecord.RUNNING, started.toString(), null, List.of(), null));
        try (RunLog log = new RunLog(warehouse.runs().resolve(runId + ".log.jsonl"), runId)) {
            log.event("run_started", Map.of("job", JOB, "config", String.valueOf(options.configFile())));
            try {
                AnalyticsConfig config = config(options.configFile());
                WarehouseInputs inputs = new WarehouseInputs(spark, warehouse);
                ReferenceData reference = ReferenceReader.read(inputs);
                AnalysisContext context = new AnalysisContext(inputs, reference, config);
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
                publish(warehouse, runId, staged, inputs.versions(), options.configFile());
                RunRecord done = new RunRecord(runId, JOB, RunRecord.SUCCEEDED, started.toString(),
                        Instant.now().toString(), staged.stream().map(s -> new RunRecord.DatasetCounts(
                                s.schema().name(), s.schema().source(), s.rows(), s.rows(), 0, s.elapsedMs())).toList(),
                        null);
                Json.write(recordFile, done);
                log.event("run_published", Map.of("marts", staged.size()));
                return done;
            } catch (RuntimeException | IOException e) {
                String message = Failures.message(e);
                Json.write(recordFile, new RunRecord(runId, JOB, RunRecord.FAILED, started.toString(),
                        Instant.now().toString(), List.of(), message));
                log.event("run_failed", Map.of("error", message));
                throw e;
            } finally {
                WarehousePublisher.deleteTree(staging);
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

    private static Staged write(MartTable table, Path staging) {
        long t0 = System.nanoTime();
        Path dir = staging.resolve("marts").resolve(table.schema().name());
        Dataset<Row> frame = table.frame();
        long rows = table.rows();
        if (rows < 0) {
            frame = frame.cache();
            rows = frame.count();
        }
        frame.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
        if (table.rows() < 0) {
            frame.unpersist();
        }
        return new Staged(table.schema(), dir, rows, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void checkComplete(List<Staged> staged) {
        List<String> expected = Marts.all().stream().map(DatasetSchema::name).sorted().toList();
        List<String> got = staged.stream().map(s -> s.schema().name()).sorted().toList();
        if (!expected.equals(got)) {
            throw new IllegalStateException("the jobs computed " + got + ", the catalog lists " + expected);
        }
    }

    private static void publish(Warehouse warehouse, String runId, List<Staged> staged, Map<String, String> inputs,
                                Path configFile) throws IOException {
        WarehousePublisher publisher = new WarehousePublisher(warehouse);
        String published = Instant.now().toString();
        String checksum = sha256(configFile);
        for (Staged s : staged) {
            MartManifest manifest = new MartManifest(runId, s.schema().name(), s.schema().source(),
                    s.schema().version(), published, s.schema().columnNames(), inputs,
                    configFile == null ? null : configFile.toString(), checksum, s.rows(), s.elapsedMs());
            publisher.publishFolder(runId, s.dir(), warehouse.martVersions(s.schema().name()),
                    warehouse.mart(s.schema().name()), manifest);
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
