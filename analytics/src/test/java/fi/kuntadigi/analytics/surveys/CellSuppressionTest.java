package fi.kuntadigi.analytics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    @Test
    void smallCellAndItsSmallestNeighbourAreWithheld() {
        Map<String, Long> counts = Map.of("total", 20L, "a", 3L, "b", 8L, "c", 9L);
        var relation = new CellSuppression.Relation<>("total", List.of("a", "b", "c"));
        Map<String, String> out = new CellSuppression<>(counts, List.of(relation), Comparator.<String>naturalOrder())
                .suppress(5);
        assertEquals(Map.of("a", CellSuppression.SMALL_GROUP, "b", CellSuppression.COMPLEMENTARY), out);
    }

    @Test
    void twoSmallCellsNeedNoComplement() {
        Map<String, Long> counts = Map.of("total", 20L, "a", 3L, "b", 4L, "c", 13L);
        var relation = new CellSuppression.Relation<>("total", List.of("a", "b", "c"));
        assertEquals(2, new CellSuppression<>(counts, List.of(relation), Comparator.<String>naturalOrder())
                .suppress(5).size());
    }

    @Test
    void noRelationEverHasExactlyOneWithheldCell() {
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 100; round++) {
            // a 4 x 3 table with row totals, column totals and a grand total
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 3; j++) {
                    counts.put(i + "," + j, (long) r.nextInt(0, 15));
                }
            }
            for (int i = 0; i < 4; i++) {
                long s = 0;
                for (int j = 0; j < 3; j++) {
                    s += counts.get(i + "," + j);
                }
                counts.put(i + ",T", s);
            }
            for (String j : List.of("0", "1", "2", "T")) {
                long s = 0;
                for (int i = 0; i < 4; i++) {
                    s += counts.get(i + "," + j);
                }
                counts.put("T," + j, s);
            }
            List<CellSuppression.Relation<String>> relations = new java.util.ArrayList<>();
            for (String i : List.of("0", "1", "2", "3", "T")) {
                relations.add(new CellSuppression.Relation<>(i + ",T", List.of(i + ",0", i + ",1", i + ",2")));
            }
            for (String j : List.of("0", "1", "2", "T")) {
                relations.add(new CellSuppression.Relation<>("T," + j, List.of("0," + j, "1," + j, "2," + j, "3," + j)));
            }
            Map<String, String> out = new CellSuppression<>(counts, relations, Comparator.<String>naturalOrder())
                    .suppress(5);
            for (var rel : relations) {
                long withheld = rel.members().stream().filter(out::containsKey).count();
                assertNotEquals(1, withheld, "relation " + rel + " leaks in " + counts);
            }
            counts.forEach((k, v) -> {
                if (v < 5) {
                    assertEquals(true, out.containsKey(k), k);
                }
            });
        }
    }
}
