package fi.kuntadigi.index.treat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutlierTreatmentTest {

    private static final TreatSettings COINR = TreatSettings.coinrDefault();

    @Test
    void skewnessAndKurtosisAreExcelsSkewAndKurt() {
        // SKEW(1,2,3,4,10) = 1.697056, KURT(1,2,3,4,10) = 3.152 (worked from the G1/G2 formulas)
        double[] x = {1, 2, 3, 4, 10};

        assertEquals(1.697056, Moments.skewness(x), 1e-6);
        assertEquals(3.152, Moments.kurtosis(x), 1e-6);
    }

    @Test
    void missingValuesAreLeftOutOfTheMoments() {
        assertEquals(1.697056, Moments.skewness(new double[] {1, Double.NaN, 2, 3, 4, 10}), 1e-6);
    }

    @Test
    void oneHighOutlierIsPulledToTheNextValue() {
        // skew 3.12, kurtosis 9.80: fails; 100 -> 9 gives skew -0.15: passes after one step
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, COINR);

        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, r.values());
        assertEquals("winsorised", r.log().action());
        assertEquals(1, r.log().winsorisedHigh());
        assertEquals(-0.151463, r.log().skewAfter(), 1e-6);
        assertTrue(r.log().passes());
    }

    @Test
    void valuesTiedAtTheBoundaryMoveTogetherInOneStep() {
        // skew 2.59, kurtosis 5.58: both 100s become 16 in the one step allowed
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 100, 100};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, new TreatSettings(true, 2, 3.5, 1, true));

        assertEquals(16, r.values()[16]);
        assertEquals(16, r.values()[17]);
        assertEquals(2, r.log().winsorisedHigh());
        assertTrue(r.log().passes());
    }

    @Test
    void aLowOutlierIsRaisedWhenTheSkewIsNegative() {
        double[] x = {-100, -9, -8, -7, -6, -5, -4, -3, -2, -1};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, COINR);

        assertEquals(-9, r.values()[0]);
        assertEquals(1, r.log().winsorisedLow());
    }

    @Test
    void whenWinsorisingIsNotAllowedEnoughTheUntreatedValuesAreLogged() {
        // log_CT: ln(x - min + 0.01 (max - min)), a = 0.99
        double[] x = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 50, 100};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, new TreatSettings(true, 2, 3.5, 0, true));

        assertEquals("log", r.log().action());
        assertEquals(Math.log(0.99), r.values()[0], 1e-12);
        assertEquals(Math.log(49.99), r.values()[10], 1e-12);
        assertEquals(Math.log(99.99), r.values()[11], 1e-12);
        assertEquals(2.091352, r.log().skewAfter(), 1e-6);
    }

    @Test
    void aLeftSkewedIndicatorGetsTheMirroredLog() {
        double[] x = {-100, -50, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, new TreatSettings(true, 2, 3.5, 0, true));

        assertEquals("log_negative", r.log().action());
        assertEquals(-Math.log(-1 + 0.99 + 100), r.values()[0], 1e-12);
    }

    @Test
    void aConstantIndicatorIsLeftAlone() {
        double[] x = {5, 5, 5, 5, 5};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, COINR);

        assertArrayEquals(x, r.values());
        assertEquals("none", r.log().action());
    }

    @Test
    void aMissingValueStaysMissing() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100, Double.NaN};

        OutlierTreatment.Result r = OutlierTreatment.apply("x", x, COINR);

        assertEquals(9, r.values()[9]);
        assertTrue(Double.isNaN(r.values()[10]));
    }

    @Test
    void passingMeansSkewBelowOrKurtosisBelowTheThresholds() {
        assertFalse(COINR.fails(2.5, 3.4));
        assertFalse(COINR.fails(1.9, 9));
        assertTrue(COINR.fails(-2, 3.5));
    }
}
