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
        return UnitData.owning(normalised.units(), aggregates(framework, normalised, s));
    }

    /** The index alone (the top aggregate), in unit order: what each run of the uncertainty analyses needs. */
    public static double[] index(Framework framework, UnitData normalised, AggregateSettings s) {
        return aggregates(framework, normalised, s).get(framework.index().code());
    }

    /**
     * Every column by code: the normalised indicators (not copied), then each aggregate computed column by column
     * (the one mean, {@link #means}).
     */
    private static Map<String, double[]> aggregates(Framework framework, UnitData normalised, AggregateSettings s) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String c : normalised.columnNames()) {
            values.put(c, normalised.columnValues(c));
        }
        for (int level = 2; level <= framework.topLevel(); level++) {
            for (Node aggregate : framework.aggregatesAt(level)) {
                List<Node> children = framework.children(aggregate.code());
                double[][] x = new double[children.size()][];
                double[] w = new double[children.size()];
                for (int c = 0; c < children.size(); c++) {
                    x[c] = values.get(children.get(c).code());
                    w[c] = children.get(c).weight();
                }
                double[] out = means(x, w, s.formula(level), normalised.size());
                if (level == framework.topLevel() && s.scale() != 1) {
                    for (int u = 0; u < out.length; u++) {
                        out[u] = out[u] * s.scale();
                    }
                }
                values.put(aggregate.code(), out);
            }
        }
        return values;
    }

    /** Each unit's weighted mean of its children's columns {@code x}: the one implementation of the mean. */
    private static double[] means(double[][] x, double[] w, MeanFormula formula, int units) {
        double[] weight = new double[units];
        for (int c = 0; c < x.length; c++) {
            for (int u = 0; u < units; u++) {
                weight[u] += Double.isNaN(x[c][u]) ? 0 : w[c];
            }
        }
        if (formula.method() != Aggregation.ARITHMETIC) {
            for (int u = 0; u < units; u++) {
                for (int c = 0; c < x.length && weight[u] != 0; c++) {
                    if (!Double.isNaN(x[c][u]) && w[c] != 0) {
                        requireNotNegative(x[c][u], formula);
                    }
                }
            }
        }
        double[] acc = new double[units];
        for (int c = 0; c < x.length; c++) {
            if (w[c] == 0) {
                continue;
            }
            for (int u = 0; u < units; u++) {
                if (!Double.isNaN(x[c][u])) {
                    acc[u] += w[c] / weight[u] * formula.term(x[c][u]);
                }
            }
        }
        for (int u = 0; u < units; u++) {
            acc[u] = weight[u] == 0 ? Double.NaN : formula.mean(acc[u], 1);
        }
        return acc;
    }

    /** The weighted mean of the values present; NaN when none is (or all their weights are zero). */
    public static double mean(double[] x, double[] w, Aggregation method, double floor) {
        return mean(x, w, new MeanFormula(method, floor));
    }

    /**
     * The weighted mean by {@code formula} of the values present; NaN when none is (or their weights are zero). One
     * unit of the column-wise computation, so a unit's index is the same bits however it is computed.
     */
    public static double mean(double[] x, double[] w, MeanFormula formula) {
        double[][] columns = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            columns[i] = new double[] {x[i]};
        }
        return means(columns, w, formula, 1)[0];
    }

    /** A geometric or harmonic mean's child (raised to the floor first, if any) must not be negative. */
    private static void requireNotNegative(double x, MeanFormula formula) {
        double v = Double.isNaN(formula.floor()) ? x : Math.max(x, formula.floor());
        Aggregation method = formula.method();
        if (v < 0) {
            throw new FrameworkInputException("method: the " + method.name().toLowerCase(Locale.ROOT)
                    + " mean needs values of 0 or more, and a normalised value is " + v
                    + "; normalise to a positive range (e.g. min-max 1-100) or aggregate arithmetically");
        }
    }
}
