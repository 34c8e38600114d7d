package fi.kuntadigi.index.denominate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.NodeType;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DenominationTest {

    @Test
    void anIndicatorWithADenominatorIsDividedByIt() {
        Framework f = new Framework(List.of(
                new Node(1, "flights", "", 1, 1, "", Double.NaN, "pop", "I", NodeType.INDICATOR),
                new Node(1, "lpi", "", 1, 1, "", Double.NaN, null, "I", NodeType.INDICATOR),
                new Node(2, "I", "", 1, 1, "", Double.NaN, null, null, NodeType.AGGREGATE),
                new Node(0, "pop", "", 1, 1, "", Double.NaN, null, null, NodeType.DENOMINATOR)), "test");
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("flights", new double[] {300, 50, 7});
        columns.put("lpi", new double[] {3, 4, 5});
        columns.put("pop", new double[] {100, 0, Double.NaN});
        UnitData data = new UnitData(List.of(new Unit("a", "a", Map.of()), new Unit("b", "b", Map.of()),
                new Unit("c", "c", Map.of())), columns);

        UnitData out = Denomination.apply(f, data);

        assertArrayEquals(new double[] {3, Double.NaN, Double.NaN}, out.column("flights"));
        assertArrayEquals(new double[] {3, 4, 5}, out.column("lpi"));
        assertEquals(List.of("flights", "lpi"), out.columnNames());
    }
}
