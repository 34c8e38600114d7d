package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.index.aggregate.MeanFormula;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
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
 * The stored value is the composite-indicator engine's term of the normalised value ({@link MeanFormula#term},
 * e.g. {@code log(max(n, floor))} for the geometric mean), so the index is the engine's mean of the
 * weighted sum times the published scale, ranked the same way. Aggregation, floor and scale are read
 * from the published method ({@code potential_method}), the mart analyze wrote with the index.
 *
 * @param indicators      indicator ids, in column order
 * @param weights         configured weight of each indicator
 * @param formula         the published index's mean (aggregation and floor)
 * @param scale           the published index's scale (100: indicators normalised to 0-1, index 0-100)
 * @param columns         {@code columns[k][i]}: unit i's value of indicator k (0 when absent)
 * @param present         {@code present[k][i]}: 1 when unit i has indicator k, else 0; null when every unit has all
 * @param labelsFi        unit i's service and municipality in Finnish
 * @param labelsEn        unit i's service and municipality in English
 * @param labelsSv        unit i's service and municipality in Swedish
 * @param publishedIndex  unit i's published index
 * @param byMunicipality  units of each municipality (today's borders), ascending
 * @param bySector        units of each sector, ascending
 * @param blockMax        {@code blockMax[k][b]}: the largest value of indicator k among units
 *                        {@code b * BLOCK} to {@code (b + 1) * BLOCK - 1}; with weights of at least 0,
 *                        {@code sum w[k] blockMax[k][b]} bounds every weighted sum in the block
 */
record IndicatorMatrix(List<String> indicators, double[] weights, MeanFormula formula, double scale, double[][] columns,
                       double[][] present, String[] labelsFi, String[] labelsEn, String[] labelsSv, double[] publishedIndex,
                       Map<String, int[]> byMunicipality, Map<String, int[]> bySector, double[][] blockMax) {

    /** Units per block of the bounds: units in published order have similar indexes, so a whole block is often out of reach. */
    static final int BLOCK = 16;

    int units() {
        return publishedIndex.length;
    }

    static IndicatorMatrix load(DataAccess data) {
        String indicatorsMart = MartSql.mart(Marts.POTENTIAL_INDICATORS, data.warehouse());
        String indexMart = MartSql.mart(Marts.POTENTIAL_INDEX, data.warehouse());
        Method method = publishedMethod(data);
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
                       p.index_value, p.service_name_sv || ' – ' || p.municipality_name_sv as label_sv%s
                from %s p left join %s i using (municipality_code, service_code)
                group by p.municipality_code, p.service_code, p.rank, p.current_code, p.sector, p.service_name_fi,
                         p.service_name_en, p.municipality_name_fi, p.index_value, p.service_name_sv, p.municipality_name_sv
                order by p.rank, label_fi""".formatted(pivot.isEmpty() ? "" : ", " + pivot, indexMart,
                indicatorsMart), indicators);
        int n = t.rows().size();
        double[][] values = new double[n][indicators.size()];
        String[] municipality = new String[n];
        String[] sector = new String[n];
        String[] fi = new String[n];
        String[] en = new String[n];
        String[] sv = new String[n];
        double[] published = new double[n];
        for (int i = 0; i < n; i++) {
            List<Object> r = t.rows().get(i);
            municipality[i] = (String) r.get(0);
            sector[i] = (String) r.get(1);
            fi[i] = (String) r.get(2);
            en[i] = (String) r.get(3);
            sv[i] = (String) r.get(5);
            published[i] = ((Number) r.get(4)).doubleValue();
            for (int c = 0; c < indicators.size(); c++) {
                Object v = r.get(6 + c);
                values[i][c] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
        }
        return of(indicators, weights, method.aggregate().formula(2), method.aggregate().scale(), values, fi, en,
                sv, published, municipality, sector);
    }

    /** The method analyze published with the index (potential_method: its method file's settings). */
    static Method publishedMethod(DataAccess data) {
        Table settings = data.duck().query("select setting, value from %s order by setting".formatted(
                MartSql.mart(Marts.POTENTIAL_METHOD, data.warehouse())), List.of());
        Map<String, String> values = new HashMap<>();
        settings.rows().forEach(r -> values.put((String) r.get(0), (String) r.get(1)));
        return MethodFile.of(Marts.POTENTIAL_METHOD.name(), values);
    }

    /**
     * The matrix of units given in published order.
     *
     * @param values {@code values[i][k]}: unit i's normalised indicator k, NaN when absent
     */
    static IndicatorMatrix of(List<String> indicators, double[] weights, MeanFormula formula, double scale, double[][] values,
                              String[] labelsFi, String[] labelsEn, String[] labelsSv, double[] published, String[] municipality,
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
                    columns[c][i] = formula.term(value);
                    present[c][i] = 1;
                }
            }
        }
        return new IndicatorMatrix(List.copyOf(indicators), weights, formula, scale, columns, missing ? present : null, labelsFi,
                labelsEn, labelsSv, published, positions(municipalities), positions(sectors), maxima(columns, n, BLOCK));
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
