package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Quarantine;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Loads one dataset into the staging area of a run in a single pass over the inputs: rows
 * that pass stream straight into Parquet, every other record goes to the dataset's quarantine
 * with its reason, so read = published + quarantined always holds.
 */
public final class DatasetLoader {

    private final SparkSession spark;
    private final java.nio.file.Path datasetsDir;
    private final String runId;
    private final LoadProgress progress;

    public DatasetLoader(SparkSession spark, java.nio.file.Path datasetsDir, String runId, LoadProgress progress) {
        this.spark = spark;
        this.datasetsDir = datasetsDir;
        this.runId = runId;
        this.progress = progress;
    }

    /** What one pass over the inputs produced. */
    private record Pass(long read, long published, List<QuarantinedRow> rejected, List<FileKeys> keys,
                        List<InputChecksum> checksums) {
    }

    /**
     * Parses, validates and stages {@code schema}'s exports under {@code staging} (a folder on the
     * warehouse's filesystem, local or not).
     * Unusable inputs throw {@link fi.kuntadigi.operations.UnusableInputException} before any row is written.
     */
    public LoadResult load(DatasetSchema schema, RecordLayout layout, RecordValidator validator, Path staging) {
        return load(schema, layout, validator, staging, List.of());
    }

    /** Like {@link #load(DatasetSchema, RecordLayout, RecordValidator, Path)}, with new exports from the inbox after the dataset's own files. */
    public LoadResult load(DatasetSchema schema, RecordLayout layout, RecordValidator validator, Path staging,
                           List<java.nio.file.Path> inbox) {
        return load(schema, layout, validator, staging, inbox, Set.of());
    }

    /**
     * Like {@link #load(DatasetSchema, RecordLayout, RecordValidator, Path, List)}; the inputs
     * shown as {@code replacing} are corrected exports that replace the rows of other inputs in
     * the municipality-months they cover (see {@link Replacement}).
     */
    public LoadResult load(DatasetSchema schema, RecordLayout layout, RecordValidator validator, Path staging,
                           List<java.nio.file.Path> inbox, Set<String> replacing) {
        long started = System.nanoTime();
        List<BoundInput> inputs = InputFiles.bind(datasetsDir, schema, layout, inbox);
        Replacement replacement = Replacement.of(inputs, replacing, validator);
        progress.started(schema.name(), inputs.size());
        Path stagedData = new Path(staging, schema.name());
        Path stagedQuarantine = new Path(new Path(staging, "_quarantine"), schema.name());

        List<FileGroup> groups = FileGroups.plan(inputs, spark.sparkContext().defaultParallelism());
        Pass pass = parse(schema, validator, replacement, groups, stagedData);
        List<FileGroup> merged = FileGroups.regroup(groups, pass.keys());
        if (merged != groups) {
            // Some files share key values: parse again with them in one task, so duplicates across them are caught.
            deleteTree(stagedData);
            pass = parse(schema, validator, replacement, merged, stagedData);
        }
        long written = spark.read().schema(SparkSchemas.of(schema)).parquet(stagedData.toString()).count();
        if (written != pass.published()) {
            throw new IllegalStateException(schema.name() + ": wrote " + written + " rows but counted " + pass.published());
        }
        writeQuarantine(schema, pass.rejected(), stagedQuarantine);
        LoadResult result = new LoadResult(schema, pass.checksums(), pass.read(), pass.published(), pass.rejected().size(),
                Duration.ofNanos(System.nanoTime() - started), stagedData, stagedQuarantine);
        progress.advanced(schema.name(), result.read(), inputs.size());
        progress.finished(result);
        return result;
    }

    /**
     * Validates a small dataset on the driver and returns the rows that pass, without writing
     * anything: what other datasets' references are checked against before the loads start.
     */
    public List<Object[]> scan(DatasetSchema schema, RecordLayout layout, RecordValidator validator) {
        List<Object[]> rows = new ArrayList<>();
        RecordChecker.checkFiles(InputFiles.bind(datasetsDir, schema, layout), validator, new RecordChecker.Verdicts() {
            @Override
            public void accepted(Object[] values) {
                rows.add(values);
            }

            @Override
            public void rejected(QuarantinedRow row) {
                // the load itself quarantines it
            }
        });
        return rows;
    }

    /** Total size of a dataset's input files (0 when its folder is missing), to start large loads first. */
    public long inputBytes(DatasetSchema schema) {
        java.nio.file.Path folder = datasetsDir.resolve(schema.name());
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private Pass parse(DatasetSchema schema, RecordValidator validator, Replacement replacement, List<FileGroup> groups,
                       Path target) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ParseGroup.Reports reports = new ParseGroup.Reports(
                jsc.sc().longAccumulator(schema.name() + ".read"),
                jsc.sc().longAccumulator(schema.name() + ".published"),
                jsc.sc().collectionAccumulator(schema.name() + ".rejected"),
                jsc.sc().collectionAccumulator(schema.name() + ".keys"),
                jsc.sc().collectionAccumulator(schema.name() + ".checksums"));
        JavaRDD<Row> rows = jsc.parallelize(groups, groups.size()).flatMap(new ParseGroup(validator, replacement, reports));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> progress.advanced(schema.name(), reports.read().value(),
                reports.checksums().value().size()), 250, 250, TimeUnit.MILLISECONDS);
        try {
            DataFrameWriter<Row> writer = spark.createDataFrame(rows, SparkSchemas.of(schema)).write().mode(SaveMode.ErrorIfExists);
            if (!schema.partitionBy().isEmpty()) {
                writer = writer.partitionBy(schema.partitionBy().toArray(String[]::new));
            }
            writer.parquet(target.toString());
        } finally {
            ticker.shutdownNow();
        }
        List<QuarantinedRow> rejected = new ArrayList<>(unique(reports.rejected().value(),
                r -> r.file() + "\u0001" + r.line() + "\u0001" + r.column()).values());
        rejected.sort(Comparator.comparing(QuarantinedRow::file).thenComparingLong(QuarantinedRow::line));
        return new Pass(reports.read().value(), reports.published().value(), rejected,
                List.copyOf(unique(reports.keys().value(), FileKeys::file).values()),
                unique(reports.checksums().value(), InputChecksum::file).values().stream()
                        .sorted(Comparator.comparing(InputChecksum::file)).toList());
    }

    private void writeQuarantine(DatasetSchema schema, List<QuarantinedRow> rejected, Path target) {
        List<Row> rows = rejected.stream().map(r -> RowFactory.create(runId, schema.name(), r.file(), r.line(), r.column(),
                r.value(), r.reason(), r.record())).toList();
        spark.createDataFrame(rows, SparkSchemas.of(Quarantine.COLUMNS)).coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(target.toString());
    }

    /** Task retries may report an item twice; keep one per identity, in first-seen order. */
    private static <T> Map<String, T> unique(List<T> items, Function<T, String> identity) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            byId.putIfAbsent(identity.apply(item), item);
        }
        return byId;
    }

    private void deleteTree(Path path) {
        try {
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
