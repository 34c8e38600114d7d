package fi.kuntadigi.analytics.potential;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The 0-100 composite index (JRC/OECD handbook steps 5-7): normalise each indicator over all units,
 * then aggregate with the weights (summing to 1) — linear: 100 x sum(w x n); geometric:
 * 100 x prod(max(n, floor)^w), which penalises a weak indicator more (less compensability).
 */
public final class CompositeIndex {

    /** Normalised values (units x indicators) and the index per unit. */
    public record Scores(double[][] normalised, double[] index) {
    }

    private CompositeIndex() {
    }

    /** {@code raw[unit][indicator]}. */
    public static Scores score(double[][] raw, double[] weights, String normalisation, String aggregation,
                               double floor) {
        int units = raw.length;
        int indicators = weights.length;
        double[][] normalised = new double[units][indicators];
        double[] column = new double[units];
        for (int k = 0; k < indicators; k++) {
            for (int u = 0; u < units; u++) {
                column[u] = raw[u][k];
            }
            double[] n = Normalisation.apply(column, normalisation);
            for (int u = 0; u < units; u++) {
                normalised[u][k] = n[u];
            }
        }
        double[] index = new double[units];
        for (int u = 0; u < units; u++) {
            index[u] = aggregate(normalised[u], weights, aggregation, floor);
        }
        return new Scores(normalised, index);
    }

    public static double aggregate(double[] normalised, double[] weights, String aggregation, double floor) {
        if (aggregation.equals("geometric")) {
            double logSum = 0;
            for (int k = 0; k < weights.length; k++) {
                logSum += weights[k] * Math.log(Math.max(normalised[k], floor));
            }
            return 100 * Math.exp(logSum);
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * normalised[k];
        }
        return 100 * sum;
    }

    /** Rank 1 = highest index; equal indexes are ordered by unit position (deterministic). */
    public static int[] ranks(double[] index) {
        Integer[] order = new Integer[index.length];
        for (int i = 0; i < index.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -index[i]).thenComparingInt(i -> i));
        int[] ranks = new int[index.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
