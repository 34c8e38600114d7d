package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Sources;
import fi.kuntadigi.dashboard.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalised indicators of every service and municipality, held in memory so that a
 * what-if over the weights is a loop, not a query: read once per warehouse version.
 *
 * @param indicators indicator ids in column order
 * @param weights    configured weight of each indicator
 * @param items      one per service and municipality
 * @param values     normalised values, row-major: item i's indicator k at {@code i * indicators + k}
 *                   (NaN when absent), one array so that a what-if walks memory in order
 */
record IndicatorMatrix(List<String> indicators, double[] weights, List<Item> items, double[] values) {

    /**
     * @param currentCode   municipality in today's borders
     * @param labelFi       service and municipality in Finnish
     * @param labelEn       service and municipality in English
     * @param publishedRank rank in the published index
     */
    record Item(String currentCode, String labelFi, String labelEn, int publishedRank) {
    }

    static IndicatorMatrix load(DataAccess data) {
        String indicators = Sources.readParquet(data.warehouse().martGlob("potential_indicators"));
        String index = Sources.readParquet(data.warehouse().martGlob("potential_index"));
        Table t = data.duck().query("""
                select i.municipality_code, i.service_code, p.current_code,
                       p.service_name_fi || ' – ' || p.municipality_name_fi as label_fi,
                       p.service_name_en || ' – ' || p.municipality_name_fi as label_en,
                       p.rank, i.indicator_id, i.normalised, i.weight
                from %s i join %s p using (municipality_code, service_code)
                order by i.municipality_code, i.service_code, i.indicator_id""".formatted(indicators, index), List.of());
        Map<String, Double> weightById = new LinkedHashMap<>();
        t.rows().stream().map(r -> (String) r.get(6)).distinct().sorted().forEach(id -> weightById.put(id, 0.0));
        List<String> ids = List.copyOf(weightById.keySet());
        Map<String, Integer> position = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        double[] weights = new double[ids.size()];
        for (List<Object> r : t.rows()) {
            position.computeIfAbsent(r.get(0) + "/" + r.get(1), key -> {
                items.add(new Item((String) r.get(2), (String) r.get(3), (String) r.get(4), ((Number) r.get(5)).intValue()));
                return items.size() - 1;
            });
        }
        double[] values = new double[items.size() * ids.size()];
        java.util.Arrays.fill(values, Double.NaN);
        for (List<Object> r : t.rows()) {
            int k = ids.indexOf((String) r.get(6));
            weights[k] = ((Number) r.get(8)).doubleValue();
            if (r.get(7) != null) {
                values[position.get(r.get(0) + "/" + r.get(1)) * ids.size() + k] = ((Number) r.get(7)).doubleValue();
            }
        }
        return new IndicatorMatrix(ids, weights, items, values);
    }
}
