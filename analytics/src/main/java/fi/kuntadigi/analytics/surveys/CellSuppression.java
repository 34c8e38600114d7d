package fi.kuntadigi.analytics.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control of a table of counts with totals. Primary suppression withholds
 * every cell under the threshold; complementary suppression then withholds, in every additive
 * relation (total = sum of parts) that has exactly one withheld member, the smallest other member,
 * until no relation has exactly one — so no withheld cell can be recovered by subtracting from a total.
 *
 * @param <K> cell key
 */
public final class CellSuppression<K> {

    public static final String SMALL_GROUP = "small_group";
    public static final String COMPLEMENTARY = "complementary";

    /** total = sum of parts. */
    public record Relation<K>(K total, List<K> parts) {
        List<K> members() {
            List<K> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }

    private final Map<K, Long> counts;
    private final List<Relation<K>> relations;
    private final Comparator<K> order;

    /** {@code order} breaks ties between equally small cells, for a deterministic result. */
    public CellSuppression(Map<K, Long> counts, List<Relation<K>> relations, Comparator<K> order) {
        this.counts = counts;
        this.relations = relations;
        this.order = order;
    }

    /** Withheld cells with the reason, in the order they were withheld. */
    public Map<K, String> suppress(int threshold) {
        Map<K, String> out = new LinkedHashMap<>();
        counts.keySet().stream().sorted(order).filter(k -> counts.get(k) < threshold)
                .forEach(k -> out.put(k, SMALL_GROUP));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation<K> r : relations) {
                List<K> members = r.members();
                long withheld = members.stream().filter(out::containsKey).count();
                if (withheld != 1) {
                    continue;
                }
                // prefer a part over the total: withholding a total hides more of the table
                K pick = members.stream().filter(k -> !out.containsKey(k))
                        .min(Comparator.<K, Boolean>comparing(k -> k.equals(r.total()))
                                .thenComparing(k -> counts.getOrDefault(k, 0L)).thenComparing(order))
                        .orElse(null);
                if (pick != null) {
                    out.put(pick, COMPLEMENTARY);
                    changed = true;
                }
            }
        }
        return out;
    }
}
