package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.load.BoundInput;
import fi.kuntadigi.ingestion.load.DatasetLoader;
import fi.kuntadigi.ingestion.load.InputFiles;
import fi.kuntadigi.ingestion.load.LoadProgress;
import fi.kuntadigi.ingestion.load.LoadResult;
import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.ingestion.load.RecordChecker;
import fi.kuntadigi.ingestion.load.Replacement;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.operations.inbox.Inbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * One ingestion run over the chosen source kinds. Every dataset is staged first; only when
 * all loads succeeded are they published, so a failed or killed run leaves the previous
 * published data as it was.
 */
public final class IngestRun {

    /**
     * What to load and where to publish it; no sources means all of them; a null run id is made
     * up; a null inbox means none (otherwise its waiting exports are loaded too, then adopted).
     */
    public record Options(Path datasetsDir, Warehouse warehouse, List<String> sources, String runId, Inbox inbox) {
        public Options {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        public Options(Path datasetsDir, Warehouse warehouse, List<String> sources) {
            this(datasetsDir, warehouse, sources, null, null);
        }

        List<Path> pending(DatasetSchema schema) {
            return inbox == null ? List.of() : inbox.pending(schema.name());
        }

        /**
         * The dataset's corrected exports by shown name: inputs listed in
         * {@code datasets/<dataset>/_replacing.txt} and waiting exports marked as corrections.
         */
        Set<String> replacing(DatasetSchema schema) {
            Set<String> out = new LinkedHashSet<>();
            Path list = datasetsDir.resolve(schema.name()).resolve(REPLACING);
            try {
                if (Files.isRegularFile(list)) {
                    Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(name -> out.add(schema.name() + "/" + name));
                }
            } catch (IOException e) {
                throw new UnusableInputException(schema.name() + "/" + REPLACING + ": cannot be read (" + e.getMessage() + ")");
            }
            for (Path file : pending(schema)) {
                if (inbox.replacing(schema.name(), file)) {
                    out.add("inbox/" + schema.name() + "/" + file.getFileName());
                }
            }
            return out;
        }
    }

    /** The list of a dataset's inputs that are corrected exports (one file name a line). */
    public static final String REPLACING = "_replacing.txt";

    private static final Duration STALE_STAGING = Duration.ofHours(6);
    /** Datasets loaded at the same time; small loads are mostly Spark scheduling latency. */
    private static final int PARALLEL_LOADS = 4;

    private final SparkSession spark;
    private final PrintStream out;
    private final boolean terminal;

    public IngestRun(SparkSession spark, PrintStream out, boolean terminal) {
        this.spark = spark;
        this.out = out;
        this.terminal = terminal;
    }

    /** Runs the ingestion under the warehouse's "ingest" lock; throws if another run holds it. */
    public RunRecord run(Options options) throws IOException {
        List<SourceJob> jobs = SourceJobs.named(options.sources());
        WarehouseStore store = store(options.warehouse());
        return BatchRun.run(store, "ingest", options.runId(), Map.of("sources", jobs.stream().map(SourceJob::source).toList(),
                "datasets_dir", options.datasetsDir().toString()), done -> Map.of("rows_quarantined", done.quarantined()), run -> {
                    store.removeStaging(Instant.now().minus(STALE_STAGING));
                    List<LoadResult> loads = loadAll(jobs, options, store, run.runId(), run.staging(), run.log());
                    new WarehousePublisher(store).publish(run.runId(), loads);
                    adoptInbox(options, jobs, run.runId(), run.log());
                    return counts(loads);
                });
    }

    /**
     * Loads every dataset of the chosen jobs. First the keys other rows refer to are read on the
     * driver (small reference files, validated by the same rules), so that every load can then
     * start at once, several side by side, the largest first.
     */
    private List<LoadResult> loadAll(List<SourceJob> jobs, Options options, WarehouseStore store, String runId,
                                     org.apache.hadoop.fs.Path staging, RunLog log) {
        DatasetLoader loader = new DatasetLoader(spark, options.datasetsDir(), runId, progress(log));
        ReferenceIndex index = referenceIndex(jobs, loader, store);
        Map<String, CompletableFuture<LoadResult>> loads = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_LOADS, r -> {
            Thread t = new Thread(r, "load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Map.Entry<SourceJob, DatasetSchema>> all = new ArrayList<>();
            jobs.forEach(job -> job.datasets().forEach(schema -> all.add(Map.entry(job, schema))));
            all.forEach(e -> loads.put(e.getValue().name(), new CompletableFuture<>()));
            all.stream().sorted(Comparator.comparingLong(
                    (Map.Entry<SourceJob, DatasetSchema> e) -> loader.inputBytes(e.getValue())).reversed())
                    .forEach(e -> {
                        SourceJob job = e.getKey();
                        DatasetSchema schema = e.getValue();
                        CompletableFuture<LoadResult> future = loads.get(schema.name());
                        pool.execute(() -> {
                            try {
                                future.complete(loader.load(schema, job.layout(schema),
                                        new RecordValidator(schema, index, job.rules(schema, index)), staging,
                                        options.pending(schema), options.replacing(schema)));
                            } catch (Throwable ex) {
                                future.completeExceptionally(ex);
                            }
                        });
                    });
            return results(loads.values());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The keys rows may refer to: validated on the driver for referenced datasets of this run
     * (in catalog order, so a dataset's own references come first), from the published
     * warehouse for the rest.
     */
    private ReferenceIndex referenceIndex(List<SourceJob> jobs, DatasetLoader loader, WarehouseStore warehouse) {
        ReferenceIndex index = new ReferenceIndex();
        Set<String> referenced = ReferenceKeys.referenced();
        for (SourceJob job : jobs) {
            for (DatasetSchema schema : job.datasets()) {
                ensureReferences(schema, index, warehouse);
                if (referenced.contains(schema.name())) {
                    ReferenceIndex snapshot = index.snapshot();
                    ReferenceKeys.add(index, schema, loader.scan(schema, job.layout(schema),
                            new RecordValidator(schema, snapshot, job.rules(schema, snapshot))));
                }
            }
        }
        return index;
    }

    /**
     * After a published run the inbox exports it loaded become inputs of the dataset (copied into
     * {@code datasets/<dataset>/}) and the originals move to the inbox's archive: nothing is deleted.
     */
    private static void adoptInbox(Options options, List<SourceJob> jobs, String runId, RunLog log) throws IOException {
        for (SourceJob job : jobs) {
            for (DatasetSchema schema : job.datasets()) {
                for (Path file : options.pending(schema)) {
                    Path input = options.datasetsDir().resolve(schema.name()).resolve(file.getFileName());
                    Files.copy(file, input, StandardCopyOption.COPY_ATTRIBUTES);
                    if (options.inbox().replacing(schema.name(), file)) {
                        // the correction keeps replacing the rows it covers in every later run
                        Files.writeString(options.datasetsDir().resolve(schema.name()).resolve(REPLACING),
                                file.getFileName() + "\n", StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                    Path archived = options.inbox().archive(runId, schema.name(), file);
                    log.event("inbox_adopted", Map.of("dataset", schema.name(), "input", input.toString(),
                            "archived", archived.toString()));
                }
            }
        }
    }

    /**
     * What loading {@code file} into {@code dataset} would publish and quarantine, row by row,
     * checked exactly as a run would (with the dataset's current inputs, for duplicate keys) but
     * without writing anything.
     */
    public DryRun dryRun(Options options, String dataset, Path file) {
        return dryRun(options, dataset, file, row -> { }, false);
    }

    /**
     * {@link #dryRun(Options, String, Path)}, handing every quarantined row of the export to
     * {@code all} as it is found; with {@code replace} the export is a correction: the rows of
     * the dataset's other inputs in the municipality-months it covers would be replaced.
     */
    public DryRun dryRun(Options options, String dataset, Path file, Consumer<QuarantinedRow> all,
                         boolean replace) {
        DatasetSchema schema = Datasets.byName(dataset).orElseThrow(() -> new UnusableInputException(
                "unknown dataset '" + dataset + "'"));
        List<SourceJob> jobs = SourceJobs.all();
        SourceJob job = jobs.stream().filter(j -> j.datasets().contains(schema)).findFirst().orElseThrow();
        DatasetLoader loader = new DatasetLoader(spark, options.datasetsDir(), "dry-run", LoadProgress.SILENT);
        ReferenceIndex index = referenceIndex(jobs, loader, store(options.warehouse()));
        List<BoundInput> inputs = InputFiles.bind(options.datasetsDir(), schema, job.layout(schema), List.of(file));
        String shown = inputs.get(inputs.size() - 1).name().display();
        RecordValidator validator = new RecordValidator(schema, index, job.rules(schema, index));
        Set<String> replacing = new LinkedHashSet<>(options.replacing(schema));
        if (replace) {
            replacing.add(shown);
        }
        DryRun.Collector collector = new DryRun.Collector(shown,
                schema.validOn() == null ? -1 : schema.indexOf(schema.validOn()), all);
        RecordChecker.checkFiles(inputs, validator, Replacement.of(inputs, replacing, validator), collector);
        return collector.result(dataset);
    }

    /**
     * The loads' results in load order. At the first failure the other Spark jobs are cancelled
     * and awaited, so nothing still writes into the staging area when it is removed.
     */
    private List<LoadResult> results(Collection<CompletableFuture<LoadResult>> loads) {
        CompletableFuture<Void> all = CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new));
        CompletableFuture<?> firstFailure = new CompletableFuture<>();
        loads.forEach(l -> l.whenComplete((r, e) -> {
            if (e != null) {
                firstFailure.completeExceptionally(e);
            }
        }));
        try {
            CompletableFuture.anyOf(all, firstFailure).join();
        } catch (CompletionException e) {
            spark.sparkContext().cancelAllJobs();
            all.handle((r, ignored) -> r).join();
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        return loads.stream().map(CompletableFuture::join).toList();
    }

    /** Datasets whose keys a dataset's rows are checked against: its references, and the municipalities. */
    private static Set<String> dependencies(DatasetSchema schema) {
        Set<String> deps = new LinkedHashSet<>();
        schema.columns().stream().map(Column::references).filter(r -> r != null).forEach(deps::add);
        if (!schema.name().equals(Datasets.MUNICIPALITIES.name())) {
            deps.add(Datasets.MUNICIPALITIES.name());
        }
        return deps;
    }

    private LoadProgress progress(RunLog log) {
        return new ConsoleProgress(out, log, terminal);
    }

    /** Datasets this one refers to but the run does not load come from the published warehouse. */
    private void ensureReferences(DatasetSchema schema, ReferenceIndex index, WarehouseStore warehouse) {
        for (String ref : dependencies(schema)) {
            if (index.knows(ref)) {
                continue;
            }
            org.apache.hadoop.fs.Path published = current(warehouse, ref).orElseThrow(() -> new UnusableInputException(
                    schema.name() + ": refers to " + ref + ", which is neither in this run nor"
                    + " published; run 'kuntadigi ingest' with the reference source first"));
            DatasetSchema refSchema = Datasets.byName(ref).orElseThrow();
            ReferenceKeys.add(index, refSchema, spark.read().schema(SparkSchemas.of(refSchema)).parquet(published.toString())
                    .collectAsList().stream().map(ReferenceKeys::values).toList());
        }
    }

    private static List<RunRecord.DatasetCounts> counts(List<LoadResult> loads) {
        return loads.stream().map(l -> new RunRecord.DatasetCounts(l.schema().name(), l.schema().source(), l.read(),
                l.published(), l.quarantined(), l.elapsed().toMillis())).toList();
    }

    /** The warehouse on its filesystem, with this session's Hadoop settings. */
    private WarehouseStore store(Warehouse warehouse) {
        try {
            return WarehouseStore.open(warehouse, spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the warehouse " + warehouse, e);
        }
    }

    private static Optional<org.apache.hadoop.fs.Path> current(WarehouseStore store, String dataset) {
        try {
            return store.current(Layout.dataset(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
