package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ReweightingTest {

    /** Service a is strong on volume, b on readiness. */
    private static final Table INDICATORS = Table.create("i",
            StringColumn.create("municipality_code", "181", "181", "181", "181"),
            StringColumn.create("service_code", "a", "a", "b", "b"),
            StringColumn.create("indicator_id", "volume", "readiness", "volume", "readiness"),
            DoubleColumn.create("normalised", 1.0, 0.0, 0.2, 1.0),
            DoubleColumn.create("weight", 0.8, 0.2, 0.8, 0.2));

    @Test
    void configuredWeightsGiveTheLinearIndex() {
        Table t = Reweighting.index(INDICATORS, Reweighting.configured(INDICATORS));
        assertEquals("a", t.stringColumn("service_code").get(0));
        assertEquals(80.0, t.doubleColumn("index_value").get(0), 1e-9);
        assertEquals(36.0, t.doubleColumn("index_value").get(1), 1e-9);
    }

    @Test
    void otherWeightsAreScaledToOneAndReorder() {
        Table t = Reweighting.index(INDICATORS, Map.of("volume", 1.0, "readiness", 3.0));
        assertEquals("b", t.stringColumn("service_code").get(0));
        assertEquals(80.0, t.doubleColumn("index_value").get(0), 1e-9);
        assertEquals(1, t.intColumn("rank").get(0));
        assertEquals(Map.of("volume", 1.0, "readiness", 1.0), Reweighting.equal(INDICATORS));
    }

    @Test
    void weightsMustNotAllBeZero() {
        assertThrows(IllegalArgumentException.class, () -> Reweighting.index(INDICATORS, Map.of("volume", 0.0)));
    }
}
