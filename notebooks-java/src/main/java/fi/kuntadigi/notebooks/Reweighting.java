package fi.kuntadigi.notebooks;

import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.aggregate.MeanFormula;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.pipeline.Ranks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The digital-potential index again with other weights, computed as analyze computed the published one: the
 * composite-indicator engine's weighted mean ({@link Aggregator#mean}) of the {@code potential_indicators} mart's
 * normalised values, with the aggregation, floor, scale and ranking of ties analyze published in
 * {@code potential_method} (the dashboard's what-if reads the same method).
 *
 * @param indicators the rows of {@code potential_indicators}: municipality_code, service_code, indicator_id,
 *                   normalised, weight
 * @param method     the method the index was published with
 */
public record Reweighting(Table indicators, Method method) {

    /** Key of one service in one municipality, in the order analyze ranks ties in (municipality, then service). */
    private record Unit(String municipality, String service) {
        static final Comparator<Unit> ORDER = Comparator.comparing(Unit::municipality).thenComparing(Unit::service);
    }

    /** The published index's indicators and method. */
    public static Reweighting published(MartReader marts) {
        return new Reweighting(marts.mart(Marts.POTENTIAL_INDICATORS.name()), method(marts.mart(Marts.POTENTIAL_METHOD.name())));
    }

    /** The method a table of {@code potential_method}'s rows (setting, value) records. */
    public static Method method(Table settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Row r : settings) {
            values.put(r.getString("setting"), r.getString("value"));
        }
        return MethodFile.of(Marts.POTENTIAL_METHOD.name(), values);
    }

    /**
     * The index and rank (1 = highest) of every service and municipality with {@code weights} (indicator id to
     * weight; scaled to sum 1 over the indicators a unit has, indicators without a weight count 0), highest first.
     */
    public Table index(Map<String, Double> weights) {
        if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("weights must sum to more than 0");
        }
        List<String> ids = new ArrayList<>(new TreeMap<>(configured()).keySet());
        Map<Unit, double[]> values = new TreeMap<>(Unit.ORDER);
        for (Row r : indicators) {
            double[] x = values.computeIfAbsent(new Unit(r.getString("municipality_code"), r.getString("service_code")),
                    u -> missing(ids.size()));
            x[ids.indexOf(r.getString("indicator_id"))] = r.getDouble("normalised");
        }
        double[] w = ids.stream().mapToDouble(id -> weights.getOrDefault(id, 0.0)).toArray();
        MeanFormula formula = method.aggregate().formula(2);
        List<Unit> units = new ArrayList<>(values.keySet());
        double[] index = units.stream().mapToDouble(u -> method.aggregate().scale() * Aggregator.mean(values.get(u), w, formula))
                .toArray();
        double[] ranks = Ranks.descending(index, method.rankTies());
        List<Integer> order = IntStream.range(0, units.size()).boxed() // by rank, units without an index last
                .sorted(Comparator.comparingDouble(i -> Double.isNaN(ranks[i]) ? Double.MAX_VALUE : ranks[i])).toList();
        StringColumn municipality = StringColumn.create("municipality_code");
        StringColumn service = StringColumn.create("service_code");
        DoubleColumn value = DoubleColumn.create("index_value");
        IntColumn rank = IntColumn.create("rank");
        for (int i : order) {
            municipality.append(units.get(i).municipality());
            service.append(units.get(i).service());
            value.append(index[i]);
            if (Double.isNaN(ranks[i])) {
                rank.appendMissing();
            } else {
                rank.append((int) ranks[i]);
            }
        }
        return Table.create("reweighted", municipality, service, value, rank);
    }

    /** A unit's values before its rows are read: every indicator absent. */
    private static double[] missing(int n) {
        double[] x = new double[n];
        Arrays.fill(x, Double.NaN);
        return x;
    }

    /** Each indicator with the same weight. */
    public Map<String, Double> equal() {
        Map<String, Double> w = new LinkedHashMap<>();
        indicators.stringColumn("indicator_id").unique().forEach(id -> w.put(id, 1.0));
        return w;
    }

    /** The configured weights as the mart records them. */
    public Map<String, Double> configured() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Row r : indicators) {
            w.putIfAbsent(r.getString("indicator_id"), r.getDouble("weight"));
        }
        return w;
    }
}
