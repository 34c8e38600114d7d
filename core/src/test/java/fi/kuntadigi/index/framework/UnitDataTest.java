package fi.kuntadigi.index.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instances share their arrays with each other (the analyses build thousands), never with a caller. */
class UnitDataTest {

    private static final List<Unit> UNITS = List.of(new Unit("A", "A", Map.of()), new Unit("B", "B", Map.of()));

    @Test
    void aColumnGivenToWithIsCopied() {
        double[] b = {3, 4};
        UnitData data = new UnitData(UNITS, Map.of("a", new double[] {1, 2})).with(Map.of("b", b));

        b[0] = 99;

        assertArrayEquals(new double[] {3, 4}, data.column("b"));
    }

    @Test
    void aSelectionKeepsItsValuesWhenTheCallersArrayChanges() {
        double[] a = {1, 2};
        UnitData selected = new UnitData(UNITS, Map.of("a", a)).select(List.of("a"));

        a[1] = 99;
        selected.column("a")[0] = 99;

        assertArrayEquals(new double[] {1, 2}, selected.column("a"));
    }
}
