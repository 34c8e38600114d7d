package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import java.util.List;
import java.util.Set;

/**
 * One analytics feature: computes its marts from the warehouse (through the context). The features of a run
 * compute side by side; one that needs another's result reads it with {@link AnalysisContext#shared}, which waits.
 * Each feature declares the results it shares and reads, and {@link MartJobs} starts the producers first.
 */
public interface MartJob {

    /** Feature name, equal to the {@code source} of its marts in {@link fi.kuntadigi.catalog.Marts}. */
    String feature();

    List<MartTable> compute(AnalysisContext context);

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
