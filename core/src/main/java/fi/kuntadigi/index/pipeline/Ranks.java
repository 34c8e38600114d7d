package fi.kuntadigi.index.pipeline;

import fi.kuntadigi.index.method.Ties;

/**
 * Ranks of units by a score, the highest first. The uncertainty and sensitivity analyses rank every unit
 * thousands of times, so the ranks come from a stable radix sort of the units' positions by the bits of
 * their scores (no boxed pairs, no comparisons): scores are ordered as {@link Double#compare} orders them
 * (so -0.0 ranks after 0.0), equal scores in unit order, and missing scores last, as Commons Math's
 * {@code NaturalRanking} with fixed NaNs ranked them.
 */
public final class Ranks {

    private static final int DIGIT_BITS = 8;
    private static final int DIGITS = 1 << DIGIT_BITS;

    private Ranks() {
    }

    /** Ranks with the highest score 1, ties sharing the best rank; missing scores keep NaN. */
    public static double[] descending(double[] scores) {
        return descending(scores, Ties.MIN);
    }

    /** Ranks with the highest score 1, ties as given; missing scores keep NaN. */
    public static double[] descending(double[] scores, Ties ties) {
        long[] keys = new long[scores.length];
        for (int u = 0; u < scores.length; u++) {
            keys[u] = descendingKey(scores[u]);
        }
        int[] order = stableOrder(keys);
        double[] ranks = new double[scores.length];
        int rank = 0;
        for (int p = 0; p < order.length; p++) {
            int u = order[p];
            if (ties == Ties.FIRST || p == 0 || keys[u] != keys[order[p - 1]]) {
                rank = p + 1;
            }
            ranks[u] = Double.isNaN(scores[u]) ? Double.NaN : rank;
        }
        return ranks;
    }

    /**
     * A key whose unsigned order is {@code Double.compare}'s order of {@code -score}: the highest score first,
     * NaN (every NaN alike) last.
     */
    static long descendingKey(double score) {
        long bits = Double.doubleToLongBits(-score);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /**
     * The positions 0..n-1 ordered by their keys as unsigned numbers, equal keys in position order: least
     * significant digit first, each pass a stable counting sort; a digit every key shares is skipped.
     */
    static int[] stableOrder(long[] keys) {
        int n = keys.length;
        int passes = Long.SIZE / DIGIT_BITS;
        int[][] counts = new int[passes][DIGITS + 1];
        for (long key : keys) {
            for (int d = 0; d < passes; d++) {
                counts[d][digit(key, d) + 1]++;
            }
        }
        int[] order = new int[n];
        for (int u = 0; u < n; u++) {
            order[u] = u;
        }
        int[] next = new int[n];
        for (int d = 0; d < passes; d++) {
            int[] start = counts[d];
            if (n == 0 || start[digit(keys[0], d) + 1] == n) {
                continue;
            }
            for (int v = 0; v < DIGITS; v++) {
                start[v + 1] += start[v];
            }
            for (int u : order) {
                next[start[digit(keys[u], d)]++] = u;
            }
            int[] sorted = next;
            next = order;
            order = sorted;
        }
        return order;
    }

    private static int digit(long key, int d) {
        return (int) (key >>> (d * DIGIT_BITS)) & (DIGITS - 1);
    }
}
