package fi.kuntadigi.index;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.NodeType;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-sized framework: index I of indicators a and b (weight 1 each, more is better) over units A, B, C;
 * each test gives the raw values and works out the rest by hand.
 */
public final class TwoUnits {

    private TwoUnits() {
    }

    public static Framework framework() {
        return new Framework(List.of(
                new Node(1, "a", "a", 1, 1, "", Double.NaN, null, "I", NodeType.INDICATOR),
                new Node(1, "b", "b", 1, 1, "", Double.NaN, null, "I", NodeType.INDICATOR),
                new Node(2, "I", "I", 1, 1, "", Double.NaN, null, null, NodeType.AGGREGATE)), "test");
    }

    public static UnitData data(double[] a, double[] b) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("a", a);
        columns.put("b", b);
        return new UnitData(List.of(new Unit("A", "A", Map.of()), new Unit("B", "B", Map.of()), new Unit("C", "C", Map.of())), columns);
    }
}
