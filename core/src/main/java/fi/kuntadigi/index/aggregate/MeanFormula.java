package fi.kuntadigi.index.aggregate;

/**
 * The one formula of the engine's weighted means, split so that a caller holding many units can sum
 * {@code w x term(x)} itself (the dashboard's what-if sums whole columns) and still get the engine's
 * result: arithmetic {@code Σ w x / Σ w}; geometric {@code exp(Σ w log x / Σ w)}; harmonic
 * {@code Σ w / Σ (w / x)}. Geometric and harmonic means raise a value below the floor to it first.
 * Every mean grows with the weighted sum of the terms, so the sums rank the units as the means do.
 *
 * @param method the mean
 * @param floor  the smallest value a child takes in geometric and harmonic means, NaN for none
 */
public record MeanFormula(Aggregation method, double floor) {

    /** The term a child of value {@code x} adds (weighted) to the sum. */
    public double term(double x) {
        double v = !Double.isNaN(floor) && method != Aggregation.ARITHMETIC ? Math.max(x, floor) : x;
        return switch (method) {
            case ARITHMETIC -> v;
            case GEOMETRIC -> Math.log(v);
            case HARMONIC -> -1 / v;
        };
    }

    /** The mean from the weighted sum of the terms and the sum of the weights. */
    public double mean(double weightedTerms, double weights) {
        double t = weightedTerms / weights;
        return switch (method) {
            case ARITHMETIC -> t;
            case GEOMETRIC -> Math.exp(t);
            case HARMONIC -> -1 / t;
        };
    }
}
