package fi.kuntadigi.index.normalise;

import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Normalises one indicator after turning it so that more is better (multiplied by its Direction, as COINr
 * does). Missing values stay missing. A constant indicator carries no information: min-max and the
 * percentile rank give it the middle of the scale, the z-score its mean.
 */
public final class Normaliser {

    private Normaliser() {
    }

    /**
     * The normalised values of an indicator (a new array; {@code values} is only read); {@code referenceIndex} is
     * the reference unit's row or -1.
     */
    public static double[] apply(Node indicator, double[] values, NormaliseSettings s, int referenceIndex) {
        int dir = indicator.direction();
        double[] x = dir == 1 ? values : times(values, dir);
        int count = 0;
        for (double v : x) {
            count += Double.isNaN(v) ? 0 : 1;
        }
        double[] present = count == x.length ? x : present(x, count);
        if (present.length == 0) {
            return x.clone();
        }
        double min = StatUtils.min(present);
        double max = StatUtils.max(present);
        double span = s.high() - s.low();
        return switch (s.method()) {
            case MINMAX -> map(x, v -> max == min ? s.low() + span / 2 : s.low() + span * (v - min) / (max - min));
            case ZSCORE -> {
                double mean = StatUtils.mean(present);
                double sd = Math.sqrt(StatUtils.variance(present));
                yield map(x, v -> sd == 0 ? s.zscoreMean() : s.zscoreMean() + s.zscoreSd() * (v - mean) / sd);
            }
            case RANK -> ranks(x);
            case PERCENTILE_RANK -> {
                double[] r = ranks(x);
                int n = present.length;
                yield map(r, v -> n == 1 ? s.low() + span / 2 : s.low() + span * (v - 1) / (n - 1));
            }
            case DISTANCE_TO_TARGET -> {
                if (Double.isNaN(indicator.target())) {
                    throw new FrameworkInputException("iMeta: indicator '" + indicator.code()
                            + "' has no Target; distance-to-target normalisation needs one in the Target column");
                }
                double t = indicator.target() * dir;
                yield map(x, v -> t == min ? s.high() : s.low() + span * Math.min(1, (v - min) / (t - min)));
            }
            case DISTANCE_TO_REFERENCE -> {
                if (referenceIndex < 0) {
                    throw new FrameworkInputException("method: normalise.reference_unit '" + s.referenceUnit()
                            + "' is not a unit of the data; name a uCode of iData");
                }
                double ref = values[referenceIndex];
                yield map(values, v -> s.high() * (dir > 0 ? v / ref : ref / v));
            }
            case DISTANCE_TO_MAXIMUM -> {
                double best = dir > 0 ? StatUtils.max(present) : -StatUtils.max(present);
                yield map(values, v -> s.high() * (dir > 0 ? v / best : best / v));
            }
            case GOALPOSTS -> {
                double[] g = s.goalposts().get(indicator.code());
                if (g == null) {
                    throw new FrameworkInputException("method: no goalposts for indicator '" + indicator.code()
                            + "'; add normalise.goalposts." + indicator.code() + " = LOWER, UPPER");
                }
                yield map(values, v -> s.low() + span
                        * Math.max(0, Math.min(1, dir > 0 ? (v - g[0]) / (g[1] - g[0]) : (g[1] - v) / (g[1] - g[0]))));
            }
        };
    }

    /** Ranks 1..n, lowest first, ties given their average rank; missing stays missing. */
    public static double[] ranks(double[] x) {
        return new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE).rank(x);
    }

    private static double[] times(double[] values, int factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** The {@code count} values of {@code x} that are not NaN, in order. */
    private static double[] present(double[] x, int count) {
        double[] out = new double[count];
        int k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    private static double[] map(double[] x, DoubleUnaryOperator f) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.isNaN(x[i]) ? Double.NaN : f.applyAsDouble(x[i]);
        }
        return out;
    }
}
