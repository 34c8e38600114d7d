package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The normalised indicators of every service and municipality of the published index, held in
 * primitive arrays so that a what-if over the weights is a loop, not a query: read once per
 * warehouse version (the marts are immutable per version).
 *
 * <p>Units are stored in published rank order (unit {@code i} is the published {@code i + 1}th),
 * so a scope (a municipality, a sector) is an ascending array of unit positions that is also in
 * published order, and "earlier" breaks ties the way the analytics does. Values are stored one
 * array per indicator so that the weighted sum over all units is a plain loop the JIT vectorises.
 * For the geometric aggregation the stored value is {@code log(max(n, floor))}: the index is then
 * {@code 100 exp(sum w log n / sum w)}, again a weighted sum, ranked the same way.
 *
 * @param indicators      indicator ids, in column order
 * @param weights         configured weight of each indicator
 * @param geometric       whether the published index aggregates geometrically
 * @param columns         {@code columns[k][i]}: unit i's value of indicator k (0 when absent)
 * @param present         {@code present[k][i]}: 1 when unit i has indicator k, else 0; null when every unit has all
 * @param labelsFi        unit i's service and municipality in Finnish
 * @param labelsEn        unit i's service and municipality in English
 * @param publishedIndex  unit i's published index
 * @param byMunicipality  units of each municipality (today's borders), ascending
 * @param bySector        units of each sector, ascending
 * @param blockMax        {@code blockMax[k][b]}: the largest value of indicator k among units
 *                        {@code b * BLOCK} to {@code (b + 1) * BLOCK - 1}; with weights of at least 0,
 *                        {@code sum w[k] blockMax[k][b]} bounds every weighted sum in the block
 */
record IndicatorMatrix(List<String> indicators, double[] weights, boolean geometric, double[][] columns,
                       double[][] present, String[] labelsFi, String[] labelsEn, double[] publishedIndex,
                       Map<String, int[]> byMunicipality, Map<String, int[]> bySector, double[][] blockMax) {

    /** Units per block of the bounds: units in published order have similar indexes, so a whole block is often out of reach. */
    static final int BLOCK = 16;

    /** Floor of the geometric aggregation, as the analytics' default ({@code index.geometric_floor}). */
    static final double GEOMETRIC_FLOOR = 0.01;

    int units() {
        return publishedIndex.length;
    }

    static IndicatorMatrix load(DataAccess data) {
        String indicatorsMart = MartSql.mart(Marts.POTENTIAL_INDICATORS, data.warehouse());
        String indexMart = MartSql.mart(Marts.POTENTIAL_INDEX, data.warehouse());
        Table ids = data.duck().query("""
                select indicator_id, avg(weight) as weight from %s group by indicator_id order by indicator_id"""
                .formatted(indicatorsMart), List.of());
        List<String> indicators = ids.rows().stream().map(r -> (String) r.get(0)).toList();
        double[] weights = ids.rows().stream().mapToDouble(r -> ((Number) r.get(1)).doubleValue()).toArray();
        String pivot = indicators.stream().map(id -> "max(i.normalised) filter (where i.indicator_id = ?)")
                .collect(Collectors.joining(", "));
        Table t = data.duck().query("""
                select p.current_code, p.sector,
                       p.service_name_fi || ' – ' || p.municipality_name_fi as label_fi,
                       p.service_name_en || ' – ' || p.municipality_name_fi as label_en,
                       p.index_value, p.aggregation%s
                from %s p left join %s i using (municipality_code, service_code)
                group by p.municipality_code, p.service_code, p.rank, p.current_code, p.sector, p.service_name_fi,
                         p.service_name_en, p.municipality_name_fi, p.index_value, p.aggregation
                order by p.rank, label_fi""".formatted(pivot.isEmpty() ? "" : ", " + pivot, indexMart,
                indicatorsMart), indicators);
        int n = t.rows().size();
        boolean geometric = n > 0 && "geometric".equals(t.rows().get(0).get(5));
        double[][] values = new double[n][indicators.size()];
        String[] municipality = new String[n];
        String[] sector = new String[n];
        String[] fi = new String[n];
        String[] en = new String[n];
        double[] published = new double[n];
        for (int i = 0; i < n; i++) {
            List<Object> r = t.rows().get(i);
            municipality[i] = (String) r.get(0);
            sector[i] = (String) r.get(1);
            fi[i] = (String) r.get(2);
            en[i] = (String) r.get(3);
            published[i] = ((Number) r.get(4)).doubleValue();
            for (int c = 0; c < indicators.size(); c++) {
                Object v = r.get(6 + c);
                values[i][c] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
        }
        return of(indicators, weights, geometric, values, fi, en, published, municipality, sector);
    }

    /**
     * The matrix of units given in published order.
     *
     * @param values {@code values[i][k]}: unit i's normalised indicator k, NaN when absent
     */
    static IndicatorMatrix of(List<String> indicators, double[] weights, boolean geometric, double[][] values,
                              String[] labelsFi, String[] labelsEn, double[] published, String[] municipality,
                              String[] sector) {
        int n = values.length;
        int k = indicators.size();
        double[][] columns = new double[k][n];
        double[][] present = new double[k][n];
        boolean missing = false;
        Map<String, List<Integer>> municipalities = new HashMap<>();
        Map<String, List<Integer>> sectors = new HashMap<>();
        for (int i = 0; i < n; i++) {
            municipalities.computeIfAbsent(municipality[i], c -> new ArrayList<>()).add(i);
            sectors.computeIfAbsent(sector[i], c -> new ArrayList<>()).add(i);
            for (int c = 0; c < k; c++) {
                double value = values[i][c];
                if (Double.isNaN(value)) {
                    missing = true;
                } else {
                    columns[c][i] = geometric ? Math.log(Math.max(value, GEOMETRIC_FLOOR)) : value;
                    present[c][i] = 1;
                }
            }
        }
        return new IndicatorMatrix(List.copyOf(indicators), weights, geometric, columns, missing ? present : null, labelsFi,
                labelsEn, published, positions(municipalities), positions(sectors), maxima(columns, n, BLOCK));
    }

    /** {@code out[k][b]}: the largest value of column k among units {@code b * size} to {@code (b + 1) * size - 1}. */
    private static double[][] maxima(double[][] columns, int n, int size) {
        double[][] out = new double[columns.length][(n + size - 1) / size];
        for (int k = 0; k < columns.length; k++) {
            Arrays.fill(out[k], Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                out[k][i / size] = Math.max(out[k][i / size], columns[k][i]);
            }
        }
        return out;
    }

    private static Map<String, int[]> positions(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** Units in both ascending arrays. */
    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
