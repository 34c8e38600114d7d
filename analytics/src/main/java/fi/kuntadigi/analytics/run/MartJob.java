package fi.kuntadigi.analytics.run;

import java.util.List;

/**
 * One analytics feature: computes its marts from the warehouse (through the context). The features of a run
 * compute side by side; one that needs another's result reads it with {@link AnalysisContext#shared}, which waits.
 */
public interface MartJob {

    /** Feature name, equal to the {@code source} of its marts in {@link fi.kuntadigi.catalog.Marts}. */
    String feature();

    List<MartTable> compute(AnalysisContext context);
}
