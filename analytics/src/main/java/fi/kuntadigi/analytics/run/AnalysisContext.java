package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * What every job of one analyze run shares: Spark, the warehouse inputs, the reference data, the
 * configuration, and results one feature hands to a later one (e.g. potential to roadmap).
 */
public final class AnalysisContext {

    private final WarehouseInputs inputs;
    private final ReferenceData reference;
    private final AnalyticsConfig config;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final BiConsumer<String, Map<String, ?>> events;
    private final Consumer<MartTable> stager;
    private final java.util.List<Runnable> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AnalysisContext(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config) {
        this(inputs, reference, config, (event, fields) -> { }, table -> {
            throw new UnsupportedOperationException("no run to stage " + table.schema().name() + " in");
        });
    }

    /**
     * {@code events} receives the run's structured events (the run log); {@code stager} starts writing a
     * mart to the run's staging area (see {@link #stage}).
     */
    public AnalysisContext(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config,
                           BiConsumer<String, Map<String, ?>> events, Consumer<MartTable> stager) {
        this.inputs = inputs;
        this.reference = reference;
        this.config = config;
        this.events = events;
        this.stager = stager;
    }

    /**
     * Starts writing a finished mart now, while the job goes on computing the rest (its Spark tasks use
     * the cores the driver-side work leaves idle). A staged mart is part of the job's output exactly like
     * one it returns; the job must not return it again.
     */
    public void stage(MartTable table) {
        stager.accept(table);
    }

    /** Runs one step of a job and logs its duration as a {@code step_done} event. */
    public <T> T timed(String step, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        events.accept("step_done", Map.of("step", step, "elapsed_ms", (System.nanoTime() - t0) / 1_000_000));
        return result;
    }

    /** Runs when every mart of the run has been written (or the run failed): e.g. to release cached frames. */
    public void whenWritten(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    /** Runs the cleanups registered with {@link #whenWritten}; called by the run once its writes have ended. */
    void cleanUp() {
        for (Runnable r : cleanups) {
            r.run();
        }
        cleanups.clear();
    }

    public SparkSession spark() {
        return inputs.spark();
    }

    public WarehouseInputs inputs() {
        return inputs;
    }

    public ReferenceData reference() {
        return reference;
    }

    public AnalyticsConfig config() {
        return config;
    }

    public <T> void share(Class<T> type, T value) {
        shared.put(type, value);
    }

    /** A result shared by an earlier job; jobs run in dependency order, so a missing one is a bug. */
    public <T> T shared(Class<T> type) {
        Object v = shared.get(type);
        if (v == null) {
            throw new IllegalStateException(type.getSimpleName() + " has not been computed yet");
        }
        return type.cast(v);
    }
}
