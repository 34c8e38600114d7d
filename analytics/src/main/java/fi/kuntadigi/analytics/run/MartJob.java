package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.catalog.DatasetSchema;
import java.util.List;
import java.util.Set;

/**
 * One analytics feature: computes its marts from the warehouse (through the context). The features of a run
 * compute side by side; one that needs another's result reads it with {@link AnalysisContext#shared}, which waits.
 * Each feature declares the warehouse datasets it reads, and the results it shares and reads: {@link MartJobs}
 * checks the datasets against the catalog and starts the producers first, the run checks the datasets are published
 * before any work, and {@link AnalysisContext} refuses a read of any other dataset.
 */
public interface MartJob {

    /** Feature name, equal to the {@code source} of its marts in {@link fi.kuntadigi.catalog.Marts}. */
    String feature();

    List<MartTable> compute(AnalysisContext context);

    /**
     * The catalog's datasets it reads ({@link AnalysisContext#collect}, {@link AnalysisContext#read}); the reference
     * data every feature shares ({@link AnalysisContext#reference}) is read by the run.
     */
    Set<DatasetSchema> datasets();

    /** The results it hands to other features ({@link AnalysisContext#share}). */
    default Set<Class<?>> shares() {
        return Set.of();
    }

    /** The results of other features it reads ({@link AnalysisContext#shared}). */
    default Set<Class<?>> reads() {
        return Set.of();
    }

    /** Checks the feature's own input files named in the settings before any work is done; throws if unusable. */
    default void check(AnalyticsConfig config) {
    }
}
