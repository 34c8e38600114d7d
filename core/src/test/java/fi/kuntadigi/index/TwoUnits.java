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
 * A hand-sized framework: index I of indicators a and b (weight 1 each) over units A, B, C, whose
 * normalised values (min-max 0-100) are A = (50, 50), B = (0, 100), C = (100, 0) when the raw values are
 * A = (5, 5), B = (0, 10), C = (10, 0). Arithmetic: 50, 50, 50; geometric with floor 1: 50, 10, 10.
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
