package fi.kuntadigi.analytics.potential;

import java.util.Arrays;

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

    /**
     * Rank 1 = highest index; equal indexes are ordered by unit position (deterministic). Primitive sort
     * and binary search: the uncertainty analysis ranks tens of thousands of units a thousand times.
     */
    public static int[] ranks(double[] index) {
        int n = index.length;
        double[] sorted = index.clone();
        Arrays.sort(sorted);
        int[] ranks = new int[n];
        java.util.Map<Double, Integer> tiesSeen = new java.util.HashMap<>();
        for (int u = 0; u < n; u++) {
            double v = index[u];
            int above = firstAbove(sorted, v);
            int tiesBefore = 0;
            if (above - firstAtLeast(sorted, v) > 1) {
                tiesBefore = tiesSeen.merge(v, 1, Integer::sum) - 1;
            }
            ranks[u] = n - above + tiesBefore + 1;
        }
        return ranks;
    }

    private static int firstAbove(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAtLeast(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
