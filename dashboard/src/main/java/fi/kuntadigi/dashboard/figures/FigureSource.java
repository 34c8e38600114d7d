package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Optional;
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

    /**
     * The text summary beside the figure when the source knows better than the generic one (largest, smallest,
     * rows) what its table says; empty for the generic summary.
     */
    default Optional<String> summary(Table table, Messages m) {
        return Optional.empty();
    }

    /** The filters this source reads ({@code municipality}, {@code year}, {@code sector}); a page says which of its filters a figure ignores. */
    default Set<String> filters() {
        return Set.of("municipality", "year", "sector");
    }
}
