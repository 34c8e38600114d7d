package fi.kuntadigi.index.aggregate;

import java.util.Map;

/**
 * The aggregation step's settings.
 *
 * @param method  the aggregation of every level without its own
 * @param byLevel per framework level (2 = the parents of the indicators), its own aggregation
 * @param floor   geometric and harmonic means raise children below this value to it (e.g. 0.01 so that a
 *                unit at the bottom of one indicator is not zeroed); NaN for no floor
 */
public record AggregateSettings(Aggregation method, Map<Integer, Aggregation> byLevel, double floor) {

    public AggregateSettings {
        byLevel = Map.copyOf(byLevel);
    }

    /** The same aggregation at every level. */
    public static AggregateSettings of(Aggregation method) {
        return new AggregateSettings(method, Map.of(), Double.NaN);
    }

    /** The aggregation of a level. */
    public Aggregation at(int level) {
        return byLevel.getOrDefault(level, method);
    }

    /** Every level with another aggregation (the uncertainty analysis varies it). */
    public AggregateSettings withMethod(Aggregation other) {
        return new AggregateSettings(other, Map.of(), floor);
    }
}
