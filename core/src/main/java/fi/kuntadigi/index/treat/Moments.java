package fi.kuntadigi.index.treat;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * The bias-corrected sample skewness (G1) and excess kurtosis (G2) COINr's outlier test uses
 * ({@code e1071::skewness/kurtosis} type 2, as Excel's SKEW and KURT; Commons Math computes the same).
 * Missing values are ignored; a constant indicator has 0 for both.
 */
public final class Moments {

    private Moments() {
    }

    /** G1; NaN with fewer than 3 values. */
    public static double skewness(double[] values) {
        return new Skewness().evaluate(present(values));
    }

    /** G2 (excess kurtosis); NaN with fewer than 4 values. */
    public static double kurtosis(double[] values) {
        return new Kurtosis().evaluate(present(values));
    }

    static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
