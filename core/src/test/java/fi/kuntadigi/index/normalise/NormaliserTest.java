package fi.kuntadigi.index.normalise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.NodeType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    private static Node indicator(int direction, double target) {
        return new Node(1, "x", "x", direction, 1, "", target, null, "Index", NodeType.INDICATOR);
    }

    private static double[] normalise(Normalisation method, int direction, double... x) {
        return Normaliser.apply(indicator(direction, 8), x, NormaliseSettings.minMax(0, 100).withMethod(method), -1);
    }

    @Test
    void minMaxMapsTheRangeToZeroToHundred() {
        assertArrayEquals(new double[] {0, 50, 100}, normalise(Normalisation.MINMAX, 1, 2, 4, 6), 1e-12);
    }

    @Test
    void aNegativeDirectionTurnsTheScale() {
        assertArrayEquals(new double[] {100, 50, 0}, normalise(Normalisation.MINMAX, -1, 2, 4, 6), 1e-12);
    }

    @Test
    void aConstantIndicatorGetsTheMiddleOfTheScale() {
        assertArrayEquals(new double[] {50, 50, 50}, normalise(Normalisation.MINMAX, 1, 5, 5, 5), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, normalise(Normalisation.ZSCORE, 1, 5, 5, 5), 1e-12);
    }

    @Test
    void aMissingValueStaysMissing() {
        double[] out = normalise(Normalisation.MINMAX, 1, 2, Double.NaN, 6);

        assertEquals(0, out[0]);
        assertTrue(Double.isNaN(out[1]));
        assertEquals(100, out[2]);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        assertArrayEquals(new double[] {-1, 0, 1}, normalise(Normalisation.ZSCORE, 1, 1, 2, 3), 1e-12);
    }

    @Test
    void ranksAverageTies() {
        assertArrayEquals(new double[] {1, 4, 2.5, 2.5}, normalise(Normalisation.RANK, 1, 10, 30, 20, 20), 1e-12);
    }

    @Test
    void percentileRankRunsFromLowToHigh() {
        assertArrayEquals(new double[] {0, 50, 100}, normalise(Normalisation.PERCENTILE_RANK, 1, 10, 20, 30), 1e-12);
    }

    @Test
    void distanceToTargetIsCappedAtTheTarget() {
        // target 8: (x - 2) / (8 - 2)
        assertArrayEquals(new double[] {0, 50, 100}, normalise(Normalisation.DISTANCE_TO_TARGET, 1, 2, 5, 10), 1e-12);
    }

    @Test
    void distanceToMaximumIsTheShareOfTheLeader() {
        assertArrayEquals(new double[] {25, 50, 100}, normalise(Normalisation.DISTANCE_TO_MAXIMUM, 1, 2, 4, 8), 1e-12);
        assertArrayEquals(new double[] {100, 50, 25}, normalise(Normalisation.DISTANCE_TO_MAXIMUM, -1, 2, 4, 8), 1e-12);
    }

    @Test
    void distanceToReferenceDividesByTheReferenceUnit() {
        NormaliseSettings s = new NormaliseSettings(Normalisation.DISTANCE_TO_REFERENCE, 0, 100, 0, 1, "B", Map.of());

        assertArrayEquals(new double[] {50, 100, 200}, Normaliser.apply(indicator(1, Double.NaN), new double[] {2, 4, 8}, s, 1), 1e-12);
    }

    @Test
    void goalpostsClampOutsideValues() {
        NormaliseSettings s = new NormaliseSettings(Normalisation.GOALPOSTS, 0, 100, 0, 1, null, Map.of("x", new double[] {0, 10}));

        assertArrayEquals(new double[] {0, 50, 100}, Normaliser.apply(indicator(1, 8), new double[] {-5, 5, 15}, s, -1), 1e-12);
        assertArrayEquals(new double[] {100, 50, 0}, Normaliser.apply(indicator(-1, 8), new double[] {-5, 5, 15}, s, -1), 1e-12);
    }

    @Test
    void goalpostsMissingForAnIndicatorNameTheSetting() {
        NormaliseSettings s = new NormaliseSettings(Normalisation.GOALPOSTS, 0, 100, 0, 1, null, Map.of());

        FrameworkInputException e = assertThrows(FrameworkInputException.class,
                () -> Normaliser.apply(indicator(1, 8), new double[] {1, 2}, s, -1));
        assertEquals("method: no goalposts for indicator 'x'; add normalise.goalposts.x = LOWER, UPPER", e.getMessage());
    }
}
