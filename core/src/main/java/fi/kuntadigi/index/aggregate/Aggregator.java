package fi.kuntadigi.index.aggregate;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.UnitData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aggregates a framework level by level, from the normalised indicators up to the index: each aggregate is
 * the weighted mean (per its level's {@link Aggregation}) of its children, with iMeta's weights.
 */
public final class Aggregator {

    private Aggregator() {
    }

    /** The normalised indicators plus every aggregate, lowest level first. */
    public static UnitData apply(Framework framework, UnitData normalised, AggregateSettings s) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String c : normalised.columnNames()) {
            values.put(c, normalised.column(c));
        }
        for (int level = 2; level <= framework.topLevel(); level++) {
            for (Node aggregate : framework.aggregatesAt(level)) {
                List<Node> children = framework.children(aggregate.code());
                double[] out = new double[normalised.size()];
                double[] x = new double[children.size()];
                double[] w = new double[children.size()];
                for (int u = 0; u < out.length; u++) {
                    for (int c = 0; c < children.size(); c++) {
                        x[c] = values.get(children.get(c).code())[u];
                        w[c] = children.get(c).weight();
                    }
                    out[u] = mean(x, w, s.formula(level));
                }
                if (level == framework.topLevel() && s.scale() != 1) {
                    for (int u = 0; u < out.length; u++) {
                        out[u] = out[u] * s.scale();
                    }
                }
                values.put(aggregate.code(), out);
            }
        }
        return new UnitData(normalised.units(), values);
    }

    /** The weighted mean of the values present; NaN when none is (or all their weights are zero). */
    public static double mean(double[] x, double[] w, Aggregation method, double floor) {
        return mean(x, w, new MeanFormula(method, floor));
    }

    /** The weighted mean by {@code formula} of the values present; NaN when none is (or their weights are zero). */
    public static double mean(double[] x, double[] w, MeanFormula formula) {
        double weight = 0;
        for (int i = 0; i < x.length; i++) {
            weight += Double.isNaN(x[i]) ? 0 : w[i];
        }
        if (weight == 0) {
            return Double.NaN;
        }
        double acc = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || w[i] == 0) {
                continue;
            }
            if (formula.method() != Aggregation.ARITHMETIC) {
                requireNotNegative(Double.isNaN(formula.floor()) ? x[i] : Math.max(x[i], formula.floor()), formula.method());
            }
            acc += w[i] / weight * formula.term(x[i]);
        }
        return formula.mean(acc, 1);
    }

    private static void requireNotNegative(double v, Aggregation method) {
        if (v < 0) {
            throw new FrameworkInputException("method: the " + method.name().toLowerCase(Locale.ROOT)
                    + " mean needs values of 0 or more, and a normalised value is " + v
                    + "; normalise to a positive range (e.g. min-max 1-100) or aggregate arithmetically");
        }
    }
}
