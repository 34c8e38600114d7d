package fi.kuntadigi.index.treat;

/**
 * The outlier-treatment step's settings (COINr's {@code Treat()} defaults: skewness 2, kurtosis 3.5,
 * 5 winsorisation steps, then its skew-aware log transform).
 *
 * @param enabled         false skips the step (treated = imputed)
 * @param skewness        an indicator needs treatment while |skewness| is at least this ...
 * @param kurtosis        ... and its kurtosis is at least this
 * @param maxWinsorised   at most this many winsorisation steps (ties at the extreme move together in one step)
 * @param logIfNotEnough  when winsorising up to the limit does not pass, log-transform the untreated values instead
 */
public record TreatSettings(boolean enabled, double skewness, double kurtosis, int maxWinsorised, boolean logIfNotEnough) {

    /** COINr's defaults. */
    public static TreatSettings coinrDefault() {
        return new TreatSettings(true, 2, 3.5, 5, true);
    }

    /** No treatment. */
    public static TreatSettings none() {
        return new TreatSettings(false, 2, 3.5, 0, false);
    }

    /** True when a distribution with these moments needs treatment (COINr's check_SkewKurt fails). */
    public boolean fails(double skew, double kurt) {
        if (Double.isNaN(skew) || Double.isNaN(kurt)) {
            return false;
        }
        return !(Math.abs(skew) < skewness || kurt < kurtosis);
    }
}
