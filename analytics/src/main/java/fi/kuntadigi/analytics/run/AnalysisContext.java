package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What every job of one analyze run shares: Spark, the warehouse inputs, the reference data, the
 * configuration, and results one feature hands to a later one (e.g. potential to roadmap).
 */
public final class AnalysisContext {

    private final WarehouseInputs inputs;
    private final ReferenceData reference;
    private final AnalyticsConfig config;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    public AnalysisContext(WarehouseInputs inputs, ReferenceData reference, AnalyticsConfig config) {
        this.inputs = inputs;
        this.reference = reference;
        this.config = config;
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
