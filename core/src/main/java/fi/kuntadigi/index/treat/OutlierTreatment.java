package fi.kuntadigi.index.treat;

import java.util.Arrays;

/**
 * COINr's default outlier treatment of one indicator ({@code Treat()} with {@code winsorise} then
 * {@code log_CT_plus}): while |skewness| &ge; the threshold and kurtosis &ge; its threshold, and fewer than
 * the maximum number of steps were taken, the most extreme value(s) on the side of the skew (every unit
 * sharing the current maximum when skew &ge; 0, the minimum otherwise) take the next value inwards. If the
 * limit is reached and the indicator still fails, the untreated values are log-transformed instead:
 * {@code ln(x - min + 0.01(max - min))} for right skew, {@code -ln(max + 0.01(max - min) - x)} for left.
 * The limit counts steps, as the method of COINr's published example states it (COINr's own loop compares
 * the number of points moved in the latest step with {@code winmax}); on the ASEM data both give the same.
 */
public final class OutlierTreatment {

    private OutlierTreatment() {
    }

    /** The treated values of one indicator (missing values stay missing) and the log entry. */
    public static Result apply(String code, double[] values, TreatSettings s) {
        double skew0 = Moments.skewness(values);
        double kurt0 = Moments.kurtosis(values);
        if (!s.enabled() || !s.fails(skew0, kurt0)) {
            return new Result(values.clone(), new Treatment(code, skew0, kurt0, "none", 0, 0, skew0, kurt0, !s.fails(skew0, kurt0)));
        }
        double[] x = values.clone();
        boolean[] high = new boolean[x.length];
        boolean[] low = new boolean[x.length];
        int steps = 0;
        boolean passes = false;
        while (steps < s.maxWinsorised()) {
            winsoriseOnce(x, Moments.skewness(x) >= 0, high, low);
            steps++;
            if (!s.fails(Moments.skewness(x), Moments.kurtosis(x))) {
                passes = true;
                break;
            }
        }
        if (!passes && s.logIfNotEnough()) {
            double[] logged = logTransform(values, skew0);
            double sk = Moments.skewness(logged);
            double ku = Moments.kurtosis(logged);
            return new Result(logged, new Treatment(code, skew0, kurt0, skew0 > 0 ? "log" : "log_negative", 0, 0, sk, ku, !s.fails(sk, ku)));
        }
        return new Result(x, new Treatment(code, skew0, kurt0, "winsorised", count(high), count(low),
                Moments.skewness(x), Moments.kurtosis(x), passes));
    }

    /** One step: all values equal to the extreme take the nearest other value. */
    static void winsoriseOnce(double[] x, boolean highSide, boolean[] high, boolean[] low) {
        double[] present = Moments.present(x);
        double extreme = highSide ? Arrays.stream(present).max().orElseThrow() : Arrays.stream(present).min().orElseThrow();
        double next = highSide ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double v : present) {
            if (v != extreme) {
                next = highSide ? Math.max(next, v) : Math.min(next, v);
            }
        }
        if (Double.isInfinite(next)) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == extreme) {
                x[i] = next;
                (highSide ? high : low)[i] = true;
            }
        }
    }

    /** COINr's log_CT_plus. */
    static double[] logTransform(double[] values, double skew) {
        double[] p = Moments.present(values);
        double max = Arrays.stream(p).max().orElseThrow();
        double min = Arrays.stream(p).min().orElseThrow();
        double a = 0.01 * (max - min);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = skew > 0 ? Math.log(values[i] - min + a) : -Math.log(max + a - values[i]);
        }
        return out;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Treated values and what was done. */
    public record Result(double[] values, Treatment log) {
    }
}
