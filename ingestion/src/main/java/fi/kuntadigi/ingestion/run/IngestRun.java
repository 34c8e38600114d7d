package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.load.DatasetLoader;
import fi.kuntadigi.ingestion.load.LoadResult;
import fi.kuntadigi.ingestion.publish.Json;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One ingestion run over the chosen source kinds. Every dataset is staged first; only when
 * all loads succeeded are they published, so a failed or killed run leaves the previous
 * published data as it was.
 */
public final class IngestRun {

    /** What to load and where to publish it; no sources means all of them. */
    public record Options(Path datasetsDir, Warehouse warehouse, List<String> sources) {
        public Options {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    private static final Duration STALE_STAGING = Duration.ofHours(6);

    private final SparkSession spark;
    private final PrintStream out;
    private final boolean terminal;

    public IngestRun(SparkSession spark, PrintStream out, boolean terminal) {
        this.spark = spark;
        this.out = out;
        this.terminal = terminal;
    }

    public RunRecord run(Options options) throws IOException {
        List<SourceJob> jobs = SourceJobs.named(options.sources());
        Instant started = Instant.now();
        String runId = RunIds.next(started);
        Warehouse warehouse = options.warehouse();
        Path recordFile = warehouse.runs().resolve(runId + ".json");
        Path staging = warehouse.staging(runId);
        Json.write(recordFile, new RunRecord(runId, "ingest", RunRecord.RUNNING, started.toString(), null, List.of(), null));
        removeStaleStaging(warehouse);
        try (RunLog log = new RunLog(warehouse.runs().resolve(runId + ".log.jsonl"), runId)) {
            log.event("run_started", Map.of("job", "ingest", "sources", jobs.stream().map(SourceJob::source).toList(),
                    "datasets_dir", options.datasetsDir().toString()));
            try {
                List<LoadResult> loads = loadAll(jobs, options, warehouse, runId, staging, log);
                new WarehousePublisher(warehouse).publish(runId, loads);
                RunRecord done = new RunRecord(runId, "ingest", RunRecord.SUCCEEDED, started.toString(),
                        Instant.now().toString(), counts(loads), null);
                Json.write(recordFile, done);
                log.event("run_published", Map.of("rows_quarantined", done.quarantined()));
                return done;
            } catch (RuntimeException | IOException e) {
                String message = Failures.message(e);
                Json.write(recordFile, new RunRecord(runId, "ingest", RunRecord.FAILED, started.toString(),
                        Instant.now().toString(), List.of(), message));
                log.event("run_failed", Map.of("error", message));
                throw e;
            } finally {
                WarehousePublisher.deleteTree(staging);
            }
        }
    }

    private List<LoadResult> loadAll(List<SourceJob> jobs, Options options, Warehouse warehouse, String runId,
                                     Path staging, RunLog log) {
        ReferenceIndex index = new ReferenceIndex();
        Set<String> referenced = ReferenceKeys.referenced();
        DatasetLoader loader = new DatasetLoader(spark, options.datasetsDir(), runId, new ConsoleProgress(out, log, terminal));
        List<LoadResult> loads = new ArrayList<>();
        for (SourceJob job : jobs) {
            out.println(job.source() + ":");
            for (DatasetSchema schema : job.datasets()) {
                ensureReferences(schema, index, warehouse);
                RecordValidator validator = new RecordValidator(schema, index, job.rules(schema, index));
                LoadResult result = loader.load(schema, job.layout(schema), validator, staging);
                loads.add(result);
                if (referenced.contains(schema.name())) {
                    ReferenceKeys.add(spark, index, schema, result.staged());
                }
            }
        }
        return loads;
    }

    /** Datasets this one refers to but the run does not load come from the published warehouse. */
    private void ensureReferences(DatasetSchema schema, ReferenceIndex index, Warehouse warehouse) {
        for (Column column : schema.columns()) {
            String ref = column.references();
            if (ref == null || index.knows(ref)) {
                continue;
            }
            Path published = warehouse.dataset(ref);
            if (!Files.isDirectory(published)) {
                throw new UnusableInputException(schema.name() + ": refers to " + ref + ", which is neither in this run nor"
                        + " published; run 'kuntadigi ingest' with the reference source first");
            }
            DatasetSchema refSchema = fi.kuntadigi.catalog.Datasets.byName(ref).orElseThrow();
            ReferenceKeys.add(spark, index, refSchema, published);
        }
    }

    private static List<RunRecord.DatasetCounts> counts(List<LoadResult> loads) {
        return loads.stream().map(l -> new RunRecord.DatasetCounts(l.schema().name(), l.schema().source(), l.read(),
                l.published(), l.quarantined(), l.elapsed().toMillis())).toList();
    }

    /** Staging left by a killed run is garbage once it is old enough that no run can still own it. */
    private static void removeStaleStaging(Warehouse warehouse) throws IOException {
        Path root = warehouse.staging("x").getParent();
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant cutoff = Instant.now().minus(STALE_STAGING);
        List<Path> stale;
        try (Stream<Path> list = Files.list(root)) {
            stale = list.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
        for (Path p : stale) {
            WarehousePublisher.deleteTree(p);
        }
    }
}
