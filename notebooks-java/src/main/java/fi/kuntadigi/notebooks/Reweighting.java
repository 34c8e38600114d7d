package fi.kuntadigi.notebooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The digital-potential index again with other weights: linear aggregation of the {@code potential_indicators}
 * mart's normalised values, as the analytics job does when its aggregation is {@code linear}.
 */
public final class Reweighting {

    private Reweighting() {
    }

    /** Key of one service in one municipality. */
    private record Key(String municipality, String service) {
    }

    /**
     * The index 0-100 and rank (1 = highest) of every service and municipality with {@code weights} (indicator id to
     * weight; scaled to sum 1, indicators without a weight count 0).
     */
    public static Table index(Table indicators, Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("weights must sum to more than 0");
        }
        Map<Key, Double> sums = new LinkedHashMap<>();
        for (Row r : indicators) {
            double w = weights.getOrDefault(r.getString("indicator_id"), 0.0) / total;
            sums.merge(new Key(r.getString("municipality_code"), r.getString("service_code")),
                    w * r.getDouble("normalised") * 100, Double::sum);
        }
        List<Map.Entry<Key, Double>> ranked = new ArrayList<>(sums.entrySet());
        ranked.sort(Map.Entry.<Key, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(e -> e.getKey().municipality()).thenComparing(e -> e.getKey().service()));
        StringColumn muni = StringColumn.create("municipality_code");
        StringColumn service = StringColumn.create("service_code");
        DoubleColumn value = DoubleColumn.create("index_value");
        IntColumn rank = IntColumn.create("rank");
        for (Map.Entry<Key, Double> e : ranked) {
            muni.append(e.getKey().municipality());
            service.append(e.getKey().service());
            value.append(e.getValue());
            rank.append(rank.size() + 1);
        }
        return Table.create("reweighted", muni, service, value, rank);
    }

    /** Each indicator with the same weight. */
    public static Map<String, Double> equal(Table indicators) {
        Map<String, Double> w = new LinkedHashMap<>();
        indicators.stringColumn("indicator_id").unique().forEach(id -> w.put(id, 1.0));
        return w;
    }

    /** The configured weights as the mart records them. */
    public static Map<String, Double> configured(Table indicators) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Row r : indicators) {
            w.putIfAbsent(r.getString("indicator_id"), r.getDouble("weight"));
        }
        return w;
    }
}
