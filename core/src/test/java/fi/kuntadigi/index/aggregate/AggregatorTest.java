package fi.kuntadigi.index.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.NodeType;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private static final double NONE = Double.NaN;

    @Test
    void arithmeticMeanUsesTheWeights() {
        assertEquals(70, Aggregator.mean(new double[] {40, 80}, new double[] {1, 3}, Aggregation.ARITHMETIC, NONE), 1e-12);
    }

    @Test
    void geometricMeanOfTwentyFiveAndHundredIsFifty() {
        assertEquals(50, Aggregator.mean(new double[] {25, 100}, new double[] {1, 1}, Aggregation.GEOMETRIC, NONE), 1e-12);
    }

    @Test
    void harmonicMeanOfFortyAndSixtyIsFortyEight() {
        assertEquals(48, Aggregator.mean(new double[] {40, 60}, new double[] {1, 1}, Aggregation.HARMONIC, NONE), 1e-12);
    }

    @Test
    void aMissingChildLeavesTheOthersWithRescaledWeights() {
        assertEquals(80, Aggregator.mean(new double[] {NONE, 80}, new double[] {1, 3}, Aggregation.ARITHMETIC, NONE), 1e-12);
        assertEquals(Double.NaN, Aggregator.mean(new double[] {NONE, NONE}, new double[] {1, 1}, Aggregation.ARITHMETIC, NONE));
    }

    @Test
    void aZeroChildZeroesTheGeometricMeanUnlessFloored() {
        assertEquals(0, Aggregator.mean(new double[] {0, 100}, new double[] {1, 1}, Aggregation.GEOMETRIC, NONE));
        assertEquals(10, Aggregator.mean(new double[] {0, 100}, new double[] {1, 1}, Aggregation.GEOMETRIC, 1), 1e-12);
    }

    @Test
    void aNegativeValueCannotBeGeometricallyAveraged() {
        FrameworkInputException e = assertThrows(FrameworkInputException.class,
                () -> Aggregator.mean(new double[] {-1, 1}, new double[] {1, 1}, Aggregation.GEOMETRIC, NONE));
        assertEquals("method: the geometric mean needs values of 0 or more, and a normalised value is -1.0; normalise to a "
                + "positive range (e.g. min-max 1-100) or aggregate arithmetically", e.getMessage());
    }

    @Test
    void levelsAggregateBottomUpWithTheirOwnMethod() {
        Framework f = new Framework(List.of(
                new Node(1, "a", "a", 1, 1, "", NONE, null, "P", NodeType.INDICATOR),
                new Node(1, "b", "b", 1, 1, "", NONE, null, "P", NodeType.INDICATOR),
                new Node(1, "c", "c", 1, 1, "", NONE, null, "Q", NodeType.INDICATOR),
                new Node(2, "P", "P", 1, 1, "", NONE, null, "I", NodeType.AGGREGATE),
                new Node(2, "Q", "Q", 1, 3, "", NONE, null, "I", NodeType.AGGREGATE),
                new Node(3, "I", "I", 1, 1, "", NONE, null, null, NodeType.AGGREGATE)), "test");
        UnitData normalised = new UnitData(List.of(new Unit("u", "u", Map.of())),
                Map.of("a", new double[] {25}, "b", new double[] {100}, "c", new double[] {10}));

        UnitData out = Aggregator.apply(f, normalised,
                new AggregateSettings(Aggregation.ARITHMETIC, Map.of(2, Aggregation.GEOMETRIC), NONE));

        // P = sqrt(25 * 100) = 50, Q = 10, I = (1 * 50 + 3 * 10) / 4 = 20
        assertArrayEquals(new double[] {50}, out.column("P"), 1e-12);
        assertArrayEquals(new double[] {20}, out.column("I"), 1e-12);
    }

    @Test
    void theScaleMultipliesTheIndexOnly() {
        Framework f = new Framework(List.of(
                new Node(1, "a", "a", 1, 1, "", Double.NaN, null, "I", NodeType.INDICATOR),
                new Node(1, "b", "b", 1, 3, "", Double.NaN, null, "I", NodeType.INDICATOR),
                new Node(2, "I", "I", 1, 1, "", Double.NaN, null, null, NodeType.AGGREGATE)), "test");
        UnitData normalised = new UnitData(List.of(new Unit("A", "A", Map.of())),
                Map.of("a", new double[] {0.4}, "b", new double[] {0.8}));

        UnitData out = Aggregator.apply(f, normalised, new AggregateSettings(Aggregation.ARITHMETIC, Map.of(), NONE, 100));

        assertEquals(70, out.value("I", 0), 1e-12);
        assertEquals(0.4, out.value("a", 0));
    }

    /**
     * Aggregation runs column by column (the analyses aggregate thousands of times); each unit's value must be
     * the one-unit formula's, bit for bit, with missing children, a zero weight and the floor.
     */
    @Test
    void columnWiseAggregatesEqualTheOneUnitMeanBitForBit() {
        Framework f = new Framework(List.of(
                new Node(1, "a", "a", 1, 0.3, "", NONE, null, "I", NodeType.INDICATOR),
                new Node(1, "b", "b", 1, 0.7, "", NONE, null, "I", NodeType.INDICATOR),
                new Node(1, "c", "c", 1, 0, "", NONE, null, "I", NodeType.INDICATOR),
                new Node(1, "d", "d", 1, 1.1, "", NONE, null, "I", NodeType.INDICATOR),
                new Node(2, "I", "I", 1, 1, "", NONE, null, null, NodeType.AGGREGATE)), "test");
        Random random = new Random(11);
        int n = 500;
        List<Unit> units = new ArrayList<>();
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String code : List.of("a", "b", "c", "d")) {
            columns.put(code, random.doubles(n, 0, 1).map(v -> v < 0.15 ? NONE : v < 0.2 ? 0 : v).toArray());
        }
        for (int u = 0; u < n; u++) {
            units.add(new Unit("u" + u, "u" + u, Map.of()));
        }
        UnitData normalised = new UnitData(units, columns);
        double[] w = {0.3, 0.7, 0, 1.1};
        for (Aggregation method : Aggregation.values()) {
            AggregateSettings s = new AggregateSettings(method, Map.of(), 0.01, 100);

            double[] index = Aggregator.index(f, normalised, s);

            for (int u = 0; u < n; u++) {
                double[] x = new double[4];
                for (int c = 0; c < 4; c++) {
                    x[c] = columns.get(List.of("a", "b", "c", "d").get(c))[u];
                }
                assertEquals(Aggregator.mean(x, w, s.formula(2)) * 100, index[u], 0, method + ", unit " + u);
            }
        }
    }
}
