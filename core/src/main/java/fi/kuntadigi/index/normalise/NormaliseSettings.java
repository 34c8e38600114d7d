package fi.kuntadigi.index.normalise;

import java.util.Map;

/**
 * The normalisation step's settings.
 *
 * @param method        the normalisation of every indicator
 * @param low           the bottom of the scale (min-max, percentile rank, distances, goalposts)
 * @param high          the top of the scale
 * @param zscoreMean    z-scores are shifted to this mean
 * @param zscoreSd      ... and scaled to this standard deviation
 * @param referenceUnit the unit code for {@link Normalisation#DISTANCE_TO_REFERENCE}
 * @param goalposts     per indicator code, {lower, upper} goalposts for {@link Normalisation#GOALPOSTS}
 */
public record NormaliseSettings(Normalisation method, double low, double high, double zscoreMean, double zscoreSd,
                                String referenceUnit, Map<String, double[]> goalposts) {

    public NormaliseSettings {
        goalposts = Map.copyOf(goalposts);
    }

    /** Min-max to [low, high]. */
    public static NormaliseSettings minMax(double low, double high) {
        return new NormaliseSettings(Normalisation.MINMAX, low, high, 0, 1, null, Map.of());
    }

    /** The same settings with another method (the uncertainty analysis varies it). */
    public NormaliseSettings withMethod(Normalisation other) {
        return new NormaliseSettings(other, low, high, zscoreMean, zscoreSd, referenceUnit, goalposts);
    }
}
