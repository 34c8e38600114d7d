package fi.kuntadigi.analytics.potential;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Normalisation of one indicator over all units to 0-1, higher = more potential (JRC/OECD handbook
 * step 5). min_max: (x - min) / (max - min); z_score: z clipped to [-3, 3], mapped by (z + 3) / 6;
 * rank: (average rank - 1) / (n - 1); distance_to_reference: x / max (the leader), clipped to [0, 1].
 * An indicator that does not vary normalises to 0.5 for every unit.
 */
public final class Normalisation {

    private Normalisation() {
    }

    public static double[] apply(double[] x, String method) {
        int n = x.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double min = Arrays.stream(x).min().orElse(0);
        double max = Arrays.stream(x).max().orElse(0);
        if (max == min) {
            Arrays.fill(out, 0.5);
            return out;
        }
        switch (method) {
            case "min_max" -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (x[i] - min) / (max - min);
                }
            }
            case "z_score" -> {
                double mean = Arrays.stream(x).average().orElse(0);
                double var = 0;
                for (double v : x) {
                    var += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(var / n);
                for (int i = 0; i < n; i++) {
                    double z = Math.max(-3, Math.min(3, (x[i] - mean) / sd));
                    out[i] = (z + 3) / 6;
                }
            }
            case "rank" -> {
                double[] ranks = averageRanks(x);
                for (int i = 0; i < n; i++) {
                    out[i] = (ranks[i] - 1) / (n - 1);
                }
            }
            case "distance_to_reference" -> {
                for (int i = 0; i < n; i++) {
                    out[i] = max <= 0 ? (x[i] - min) / (max - min) : Math.max(0, Math.min(1, x[i] / max));
                }
            }
            default -> throw new IllegalArgumentException("unknown normalisation " + method);
        }
        return out;
    }

    /** Ascending ranks 1..n, ties sharing their average rank. */
    static double[] averageRanks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[x.length];
        int i = 0;
        while (i < x.length) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = avg;
            }
            i = j + 1;
        }
        return ranks;
    }
}
