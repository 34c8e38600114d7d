package fi.kuntadigi.index.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A caller summing w x term(x) itself gets the engine's means (the what-if's way). */
class MeanFormulaTest {

    private static double bySums(MeanFormula f, double[] x, double[] w) {
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < x.length; i++) {
            sum += w[i] * f.term(x[i]);
            weights += w[i];
        }
        return f.mean(sum, weights);
    }

    @Test
    void arithmeticFromSumsIsSeventy() {
        assertEquals(70, bySums(new MeanFormula(Aggregation.ARITHMETIC, 0.01), new double[] {40, 80}, new double[] {1, 3}), 1e-12);
    }

    @Test
    void geometricFromSumsIsFifty() {
        assertEquals(50, bySums(new MeanFormula(Aggregation.GEOMETRIC, 0.01), new double[] {25, 100}, new double[] {1, 1}), 1e-12);
    }

    @Test
    void harmonicFromSumsIsFortyEight() {
        assertEquals(48, bySums(new MeanFormula(Aggregation.HARMONIC, 0.01), new double[] {40, 60}, new double[] {1, 1}), 1e-12);
    }

    @Test
    void theFloorRaisesAZeroInTheGeometricMean() {
        // sqrt(1 x 0.01) = 0.1
        assertEquals(0.1, bySums(new MeanFormula(Aggregation.GEOMETRIC, 0.01), new double[] {1, 0}, new double[] {1, 1}), 1e-12);
    }

    @Test
    void theSumsGiveWhatTheAggregatorGives() {
        double[] x = {0.2, 0.9, 0.0};
        double[] w = {0.3, 0.5, 0.2};
        for (Aggregation a : Aggregation.values()) {
            MeanFormula f = new MeanFormula(a, 0.01);
            assertEquals(Aggregator.mean(x, w, a, 0.01), bySums(f, x, w), 1e-12, a.name());
        }
    }
}
