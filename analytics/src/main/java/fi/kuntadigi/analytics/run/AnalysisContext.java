package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What one feature of an analyze run works with: Spark, the warehouse datasets it declares
 * ({@link MartJob#datasets}; reading any other fails, naming the feature and the dataset), the reference data,
 * the configuration, and results one feature hands to a later one (e.g. potential to roadmap). The run makes one
 * context for itself and one per feature ({@link #of}); they share everything but the declaration.
 */
public final class AnalysisContext {

    /** What the features of one run share. */
    private static final class Run {
        private final WarehouseInputs inputs;
        private final ReferenceData reference;
        private final AnalyticsConfig config;
        private final BiConsumer<String, Map<String, ?>> events;
        private final Consumer<MartTable> stager;
        private final Map<Class<?>, CompletableFuture<Object>> shared = new HashMap<>();
        private final List<Runnable> cleanups = new CopyOnWriteArrayList<>();
        private Throwable abandoned;

        Run(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config,
            BiConsumer<String, Map<String, ?>> events, Consumer<MartTable> stager) {
            this.inputs = inputs;
            this.reference = reference;
            this.config = config;
            this.events = events;
            this.stager = stager;
        }
    }

    private final Run run;
    private final String feature;
    private final Set<DatasetSchema> datasets;

    private AnalysisContext(Run run, String feature, Set<DatasetSchema> datasets) {
        this.run = run;
        this.feature = feature;
        this.datasets = Set.copyOf(datasets);
    }

    /**
     * The run's context, which reads no dataset itself. {@code events} receives the run's structured events (the
     * run log); {@code stager} starts writing a mart to the run's staging area (see {@link #stage}).
     */
    AnalysisContext(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config,
                    BiConsumer<String, Map<String, ?>> events, Consumer<MartTable> stager) {
        this(new Run(inputs, reference, config, events, stager), "the analyze run", Set.of());
    }

    /** The context of one feature of this run: it reads the datasets the feature declares. */
    AnalysisContext of(MartJob job) {
        return new AnalysisContext(run, job.feature(), job.datasets());
    }

    /** A small declared dataset, read on the driver (see {@link WarehouseInputs#collect}). */
    public List<DatasetRow> collect(DatasetSchema schema) {
        return run.inputs.collect(declared(schema));
    }

    /** A declared dataset as a Spark frame with the catalog's column types. */
    public Dataset<Row> read(DatasetSchema schema) {
        return run.inputs.read(declared(schema));
    }

    private DatasetSchema declared(DatasetSchema schema) {
        if (!datasets.contains(schema)) {
            throw new IllegalStateException(feature + " reads the dataset " + schema.name()
                    + ", which it does not declare in its datasets() " + datasets.stream().map(DatasetSchema::name).sorted().toList());
        }
        return schema;
    }

    /**
     * Starts writing a finished mart now, while the job goes on computing the rest (its Spark tasks use
     * the cores the driver-side work leaves idle). A staged mart is part of the job's output exactly like
     * one it returns; the job must not return it again.
     */
    public void stage(MartTable table) {
        run.stager.accept(table);
    }

    /** Runs one step of a job and logs its duration as a {@code step_done} event. */
    public <T> T timed(String step, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        run.events.accept("step_done", Map.of("step", step, "elapsed_ms", (System.nanoTime() - t0) / 1_000_000));
        return result;
    }

    /** Runs when every mart of the run has been written (or the run failed): e.g. to release cached frames. */
    public void whenWritten(Runnable cleanup) {
        run.cleanups.add(cleanup);
    }

    /** Runs the cleanups registered with {@link #whenWritten}; called by the run once its writes have ended. */
    void cleanUp() {
        for (Runnable r : run.cleanups) {
            r.run();
        }
        run.cleanups.clear();
    }

    public SparkSession spark() {
        return run.inputs.spark();
    }

    public ReferenceData reference() {
        return run.reference;
    }

    public AnalyticsConfig config() {
        return run.config;
    }

    /** Hands a result to the jobs that read it with {@link #shared}. */
    public <T> void share(Class<T> type, T value) {
        slot(type).complete(value);
    }

    /**
     * A result another job shares. The jobs of a run compute side by side, so this waits until it is shared:
     * a job starts at once and waits only where it needs another's result. If a job of the run fails first,
     * this fails with that job's error.
     */
    public <T> T shared(Class<T> type) {
        CompletableFuture<Object> slot = slot(type);
        try {
            return type.cast(slot.join());
        } catch (CompletionException e) {
            throw new IllegalStateException(type.getSimpleName() + " was not computed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Fails every result not shared yet, so no job waits for a job that has failed. */
    void abandon(Throwable cause) {
        synchronized (run.shared) {
            run.abandoned = cause;
            run.shared.values().forEach(slot -> slot.completeExceptionally(cause));
        }
    }

    private CompletableFuture<Object> slot(Class<?> type) {
        synchronized (run.shared) {
            CompletableFuture<Object> slot = run.shared.computeIfAbsent(type, k -> new CompletableFuture<>());
            if (run.abandoned != null) {
                slot.completeExceptionally(run.abandoned);
            }
            return slot;
        }
    }
}
