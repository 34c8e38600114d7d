package fi.kuntadigi.analytics.run;

import java.util.List;

/** One analytics feature: computes its marts from the warehouse (through the context). */
public interface MartJob {

    /** Feature name, equal to the {@code source} of its marts in {@link fi.kuntadigi.catalog.Marts}. */
    String feature();

    List<MartTable> compute(AnalysisContext context);

    /**
     * Features whose shared results this one reads ({@link AnalysisContext#shared}); it starts when they
     * have computed. Features without such a dependency run side by side.
     */
    default List<String> after() {
        return List.of();
    }
}
