package fi.kuntadigi.index.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImputerTest {

    private static final double NA = Double.NaN;

    /** Four units in groups E, E, E, A; x has one gap in E, y one in A (A's only unit). */
    private static UnitData data() {
        List<Unit> units = List.of(new Unit("u1", "u1", Map.of("g", "E")), new Unit("u2", "u2", Map.of("g", "E")),
                new Unit("u3", "u3", Map.of("g", "E")), new Unit("u4", "u4", Map.of("g", "A")));
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("x", new double[] {1, 2, NA, 10});
        columns.put("y", new double[] {4, 6, 20, NA});
        return new UnitData(units, columns);
    }

    @Test
    void meanImputesTheMeanOfAllUnits() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.MEAN, null, 1));

        assertArrayEquals(new double[] {1, 2, 13 / 3.0, 10}, r.data().column("x"), 1e-12);
        assertArrayEquals(new double[] {4, 6, 20, 10}, r.data().column("y"), 1e-12);
    }

    @Test
    void medianImputesTheMedian() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.MEDIAN, null, 1));

        assertEquals(2, r.data().value("x", 2));
    }

    @Test
    void groupMeanUsesTheUnitsOfTheSameGroup() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.GROUP_MEAN, "g", 1));

        assertEquals(1.5, r.data().value("x", 2));
        assertTrue(r.flags().get("x")[2]);
    }

    @Test
    void aGroupWithNoValueLeavesTheValueMissingAndUnflagged() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.GROUP_MEDIAN, "g", 1));

        assertTrue(Double.isNaN(r.data().value("y", 3)));
        assertFalse(r.flags().get("y")[3]);
        assertEquals(1, r.count());
    }

    @Test
    void theShareImputedIsPerUnit() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.MEAN, null, 1));

        assertEquals(0.5, r.shareImputed(2));
        assertEquals(0.0, r.shareImputed(0));
    }

    @Test
    void noneLeavesGapsMissing() {
        Imputer.Imputed r = Imputer.apply(data(), new ImputeSettings(Imputation.NONE, null, 1));

        assertTrue(Double.isNaN(r.data().value("x", 2)));
        assertEquals(0, r.count());
    }

    @Test
    void unitsMissingMoreThanTheThresholdAreScreenedOut() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("x", new double[] {1, NA, NA});
        columns.put("y", new double[] {1, 2, NA});
        UnitData d = new UnitData(List.of(new Unit("a", "a", Map.of()), new Unit("b", "b", Map.of()),
                new Unit("c", "c", Map.of())), columns);

        assertEquals(List.of("c"), Screening.screenedOut(d, 0.5));
        assertEquals(List.of("b", "c"), Screening.screenedOut(d, 0.4));
        assertEquals(List.of("a", "b"), Screening.keep(d, List.of("c")).units().stream().map(Unit::code).toList());
    }
}
