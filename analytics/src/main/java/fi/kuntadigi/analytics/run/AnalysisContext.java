package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final Map<Class<?>, CompletableFuture<Object>> shared = new HashMap<>();
    private Throwable abandoned;
    private final BiConsumer<String, Map<String, ?>> events;
    private final Consumer<MartTable> stager;
    private final java.util.List<Runnable> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * {@code events} receives the run's structured events (the run log); {@code stager} starts writing a
     * mart to the run's staging area (see {@link #stage}).
     */
    AnalysisContext(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config,
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
        synchronized (shared) {
            abandoned = cause;
            shared.values().forEach(slot -> slot.completeExceptionally(cause));
        }
    }

    private CompletableFuture<Object> slot(Class<?> type) {
        synchronized (shared) {
            CompletableFuture<Object> slot = shared.computeIfAbsent(type, k -> new CompletableFuture<>());
            if (abandoned != null) {
                slot.completeExceptionally(abandoned);
            }
            return slot;
        }
    }
}
