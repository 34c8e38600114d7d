package fi.kuntadigi.index.aggregate;

import java.util.Map;

/**
 * The aggregation step's settings.
 *
 * @param method  the aggregation of every level without its own
 * @param byLevel per framework level (2 = the parents of the indicators), its own aggregation
 * @param floor   geometric and harmonic means raise children below this value to it (e.g. 0.01 so that a
 *                unit at the bottom of one indicator is not zeroed); NaN for no floor
 * @param scale   the index (the top aggregate) is multiplied by this: 100 reports indicators normalised to
 *                0-1 as a 0-100 index; 1 leaves it on the indicators' scale
 */
public record AggregateSettings(Aggregation method, Map<Integer, Aggregation> byLevel, double floor, double scale) {

    public AggregateSettings {
        byLevel = Map.copyOf(byLevel);
    }

    /** Settings with the index on the indicators' scale. */
    public AggregateSettings(Aggregation method, Map<Integer, Aggregation> byLevel, double floor) {
        this(method, byLevel, floor, 1);
    }

    /** The same aggregation at every level. */
    public static AggregateSettings of(Aggregation method) {
        return new AggregateSettings(method, Map.of(), Double.NaN);
    }

    /** The aggregation of a level. */
    public Aggregation at(int level) {
        return byLevel.getOrDefault(level, method);
    }

    /** The formula of a level's means. */
    public MeanFormula formula(int level) {
        return new MeanFormula(at(level), floor);
    }

    /** Every level with another aggregation (the uncertainty analysis varies it). */
    public AggregateSettings withMethod(Aggregation other) {
        return new AggregateSettings(other, Map.of(), floor, scale);
    }
}
