package fi.kuntadigi.index.treat;

import java.util.Arrays;

/**
 * The bias-corrected sample skewness (G1) and excess kurtosis (G2) COINr's outlier test uses
 * ({@code e1071::skewness/kurtosis} type 2, as Excel's SKEW and KURT). Missing values are ignored.
 */
public final class Moments {

    private Moments() {
    }

    /** G1; NaN with fewer than 3 values or when all are equal. */
    public static double skewness(double[] values) {
        double[] x = present(values);
        int n = x.length;
        if (n < 3) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        if (m2 == 0) {
            return Double.NaN;
        }
        double g = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
        return g * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /** G2 (excess kurtosis); NaN with fewer than 4 values or when all are equal. */
    public static double kurtosis(double[] values) {
        double[] x = present(values);
        int n = x.length;
        if (n < 4) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        if (m2 == 0) {
            return Double.NaN;
        }
        double r = n * m4 / (m2 * m2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }

    static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
