package fi.kuntadigi.analytics.surveys;

/**
 * Wilson score interval of a proportion (Wilson 1927; recommended over the normal approximation for
 * small samples by Brown, Cai and DasGupta 2001): centre (p + z²/2n) / (1 + z²/n), half-width
 * z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
 */
public final class Wilson {

    private Wilson() {
    }

    /** {lower, upper} for {@code positives} of {@code n}; n must be positive. */
    public static double[] interval(long positives, long n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive");
        }
        double p = (double) positives / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
