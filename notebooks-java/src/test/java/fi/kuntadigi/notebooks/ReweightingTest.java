package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The reweighted index is the engine's mean with the published method; figures worked out by hand. */
class ReweightingTest {

    /** Service a is strong on volume, b on readiness; c has no readiness value. */
    private static final Table INDICATORS = Table.create("potential_indicators",
            StringColumn.create("municipality_code", "181", "181", "181", "181", "181"),
            StringColumn.create("service_code", "a", "a", "b", "b", "c"),
            StringColumn.create("indicator_id", "volume", "readiness", "volume", "readiness", "volume"),
            DoubleColumn.create("normalised", 1.0, 0.0, 0.2, 1.0, 0.5),
            DoubleColumn.create("weight", 0.8, 0.2, 0.8, 0.2, 0.8));

    /** The rows of potential_method as analyze publishes them, with the given aggregation. */
    private static Reweighting published(String aggregation) {
        Table settings = Table.create("potential_method",
                StringColumn.create("setting", "aggregate", "aggregate.floor", "aggregate.scale", "rank.ties"),
                StringColumn.create("value", aggregation, "0.01", "100", "first"));
        return new Reweighting(INDICATORS, Reweighting.method(settings));
    }

    /** The services from the highest index down, with their indexes (to 4 decimals). */
    private static void assertIndexes(Table t, List<String> services, double... indexes) {
        assertEquals(services, t.stringColumn("service_code").asList());
        for (int i = 0; i < indexes.length; i++) {
            assertEquals(indexes[i], t.doubleColumn("index_value").get(i), 1e-4, services.get(i));
        }
    }

    /** a: 0.8 × 1 + 0.2 × 0 = 0.8; c: 0.8 × 0.5 / 0.8 = 0.5 (readiness absent); b: 0.8 × 0.2 + 0.2 × 1 = 0.36; × 100. */
    @Test
    void configuredWeightsGiveThePublishedArithmeticIndex() {
        Reweighting r = published("arithmetic");
        Table t = r.index(r.configured());

        assertIndexes(t, List.of("a", "c", "b"), 80, 50, 36);
        assertEquals(List.of(1, 2, 3), t.intColumn("rank").asList());
    }

    /**
     * a: 0.01^0.2 (0 raised to the floor 0.01) = 0.398107; b: 0.2^0.8 = 0.275946; c: 0.5; × 100. The arithmetic
     * mean would give 80, 36 and 50.
     */
    @Test
    void aPublishedGeometricIndexIsRecomputedGeometricWithItsFloor() {
        Reweighting r = published("geometric");
        Table t = r.index(r.configured());

        assertIndexes(t, List.of("c", "a", "b"), 50, 39.8107, 27.5946);
    }

    /** Volume 1, readiness 3 → 0.25 and 0.75: b 0.25 × 0.2 + 0.75 × 1 = 0.8; c 0.5; a 0.25 × 1 = 0.25. */
    @Test
    void otherWeightsAreScaledToOneAndReorder() {
        Table t = published("arithmetic").index(Map.of("volume", 1.0, "readiness", 3.0));

        assertIndexes(t, List.of("b", "c", "a"), 80, 50, 25);
    }

    /** Equal weights: a 0.5, b 0.6, c 0.5; a and c tie and are ranked in unit order (rank.ties = first). */
    @Test
    void equalIndexesAreRankedAsPublished() {
        Reweighting r = published("arithmetic");
        Table t = r.index(r.equal());

        assertEquals(Map.of("volume", 1.0, "readiness", 1.0), r.equal());
        assertIndexes(t, List.of("b", "a", "c"), 60, 50, 50);
        assertEquals(List.of(1, 2, 3), t.intColumn("rank").asList());
    }

    @Test
    void weightsMustNotAllBeZero() {
        Reweighting r = published("arithmetic");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.index(Map.of("volume", 0.0)));
        assertEquals("weights must sum to more than 0", e.getMessage());
    }
}
