package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Set;

/** Produces a figure's table for the given filters. */
@FunctionalInterface
public interface FigureSource {

    Table load(DataAccess data, Filters filters);

    /**
     * Whether the result for these filters is worth caching (and queueing for a core): true
     * for queries; a source that answers from memory in microseconds, for requests rarely
     * repeated, says false so that it neither waits behind queries nor churns the cache.
     */
    default boolean cached(Filters filters) {
        return true;
    }

    /** The filters this source reads ({@code municipality}, {@code year}, {@code sector}); a page says which of its filters a figure ignores. */
    default Set<String> filters() {
        return Set.of("municipality", "year", "sector");
    }
}
