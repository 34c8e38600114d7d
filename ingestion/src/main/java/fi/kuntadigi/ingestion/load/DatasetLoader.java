package fi.kuntadigi.ingestion.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Loads one dataset into the staging area of a run: every input record ends up either in the
 * staged dataset or in its staged quarantine, never both and never neither.
 */
public final class DatasetLoader {

    /** Rows per output Parquet file we aim at; small datasets get one file. */
    private static final long ROWS_PER_FILE = 4_000_000L;

    private final SparkSession spark;
    private final Path datasetsDir;
    private final String runId;
    private final LoadProgress progress;

    public DatasetLoader(SparkSession spark, Path datasetsDir, String runId, LoadProgress progress) {
        this.spark = spark;
        this.datasetsDir = datasetsDir;
        this.runId = runId;
        this.progress = progress;
    }

    /**
     * Parses, validates and stages {@code schema}'s exports under {@code staging}.
     * Unusable inputs throw {@link fi.kuntadigi.ingestion.source.UnusableInputException} before any row is written.
     */
    public LoadResult load(DatasetSchema schema, RecordLayout layout, RecordValidator validator, Path staging) {
        long started = System.nanoTime();
        List<BoundInput> inputs = InputFiles.bind(datasetsDir, schema, layout);
        progress.started(schema.name(), inputs.size());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator records = jsc.sc().longAccumulator(schema.name() + ".records");
        CollectionAccumulator<InputChecksum> checksums = jsc.sc().collectionAccumulator(schema.name() + ".checksums");
        JavaRDD<Row> rows = jsc.parallelize(inputs, inputs.size())
                .flatMap(new ParseFiles(validator, records, checksums));
        Dataset<Row> parsed = spark.createDataFrame(rows, ParsedRows.type(schema)).persist(StorageLevel.MEMORY_AND_DISK());

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> progress.advanced(schema.name(), records.value(), checksums.value().size()),
                250, 250, TimeUnit.MILLISECONDS);
        try {
            long read = parsed.count();
            Dataset<Row> accepted = parsed.filter(col(ParsedRows.REASON).isNull());
            Dataset<Row> rejected = parsed.filter(col(ParsedRows.REASON).isNotNull());
            Dataset<Row> duplicates = schema.naturalKey().isEmpty() ? null : DuplicateKeys.find(schema, accepted);
            Dataset<Row> publishable = accepted;
            if (duplicates != null) {
                duplicates = duplicates.persist(StorageLevel.MEMORY_AND_DISK());
                publishable = accepted.join(duplicates.select(ParsedRows.FILE, ParsedRows.LINE),
                        accepted.col(ParsedRows.FILE).equalTo(duplicates.col(ParsedRows.FILE))
                                .and(accepted.col(ParsedRows.LINE).equalTo(duplicates.col(ParsedRows.LINE))), "left_anti");
                rejected = rejected.unionByName(duplicates);
            }
            long quarantined = rejected.count();
            long published = read - quarantined;

            Path stagedData = staging.resolve(schema.name());
            Path stagedQuarantine = staging.resolve("_quarantine").resolve(schema.name());
            writeData(schema, publishable, published, stagedData);
            writeQuarantine(schema, rejected, stagedQuarantine);
            if (duplicates != null) {
                duplicates.unpersist();
            }
            progress.advanced(schema.name(), records.value(), inputs.size());
            LoadResult result = new LoadResult(schema, uniqueByFile(checksums.value()), read, published, quarantined,
                    Duration.ofNanos(System.nanoTime() - started), stagedData, stagedQuarantine);
            progress.finished(result);
            return result;
        } finally {
            ticker.shutdownNow();
            parsed.unpersist();
        }
    }

    private void writeData(DatasetSchema schema, Dataset<Row> publishable, long rows, Path target) {
        Column[] columns = schema.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        int files = (int) Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
        Dataset<Row> out = publishable.select(columns).coalesce(files);
        var writer = out.write().mode(SaveMode.ErrorIfExists);
        if (!schema.partitionBy().isEmpty() && rows > 0) {
            writer = writer.partitionBy(schema.partitionBy().toArray(String[]::new));
        }
        writer.parquet(target.toString());
    }

    private void writeQuarantine(DatasetSchema schema, Dataset<Row> rejected, Path target) {
        rejected.select(
                        lit(runId).as("run_id"),
                        lit(schema.name()).as("dataset"),
                        col(ParsedRows.FILE).as("file"),
                        col(ParsedRows.LINE).as("line"),
                        col(ParsedRows.COLUMN).as("column"),
                        col(ParsedRows.VALUE).as("value"),
                        col(ParsedRows.REASON).as("reason"),
                        col(ParsedRows.RECORD).as("record"))
                .orderBy("file", "line")
                .coalesce(1)
                .write().mode(SaveMode.ErrorIfExists)
                .parquet(target.toString());
    }

    /** Task retries may report a file twice; keep one checksum per file, in file order. */
    private static List<InputChecksum> uniqueByFile(List<InputChecksum> checksums) {
        Map<String, InputChecksum> byFile = new LinkedHashMap<>();
        checksums.stream().sorted(java.util.Comparator.comparing(InputChecksum::file)).forEach(c -> byFile.put(c.file(), c));
        return new ArrayList<>(byFile.values());
    }
}
