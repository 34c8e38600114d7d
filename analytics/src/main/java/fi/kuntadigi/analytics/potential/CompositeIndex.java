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
     * Rank 1 = highest index; equal indexes are ordered by unit position (deterministic). The uncertainty
     * analysis ranks tens of thousands of units a thousand times, so this is a stable radix sort of the
     * indexes' bit patterns (no comparisons, no boxing): position in the descending order = rank.
     */
    public static int[] ranks(double[] index) {
        int[] order = descendingOrder(index);
        int[] ranks = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ranks[order[i]] = i + 1;
        }
        return ranks;
    }

    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    /**
     * Unit positions from the highest value to the lowest, equal values in position order: an LSD radix
     * sort (stable) of keys whose unsigned order is the reverse of the values' numeric order
     * (-0.0 counts as 0.0, as in numeric comparison).
     */
    static int[] descendingOrder(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            double v = values[i] == 0 ? 0.0 : values[i];
            long bits = Double.doubleToRawLongBits(v);
            // unsigned order of (bits ^ mask) is the numeric order; its complement reverses it
            keys[i] = ~(bits ^ ((bits >> 63) | Long.MIN_VALUE));
            order[i] = i;
        }
        long[] keysTmp = new long[n];
        int[] orderTmp = new int[n];
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
            }
            if (n == 0 || count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int b = (int) (keys[i] >>> shift) & (BUCKETS - 1);
                int to = count[b]++;
                keysTmp[to] = keys[i];
                orderTmp[to] = order[i];
            }
            long[] k = keys;
            keys = keysTmp;
            keysTmp = k;
            int[] o = order;
            order = orderTmp;
            orderTmp = o;
        }
        return order;
    }
}
