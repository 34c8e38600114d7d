package fi.kuntadigi.analytics.common;

import java.util.Arrays;

/** Small descriptive statistics used by several marts. */
public final class Stats {

    private Stats() {
    }

    /** Median (mean of the two middle values for an even count); NaN when empty. */
    public static double median(double[] values) {
        return percentile(values, 0.5);
    }

    /**
     * Percentile by linear interpolation between closest ranks (Hyndman-Fan type 7, the default of R
     * and NumPy); NaN when empty.
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, p);
    }

    public static double percentileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** {@code a / b}, or null when {@code b} is 0. */
    public static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }
}
