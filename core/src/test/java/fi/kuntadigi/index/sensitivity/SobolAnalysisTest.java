package fi.kuntadigi.index.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SobolAnalysisTest {

    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami's function of three inputs uniform on [-pi, pi], given as points of the unit cube. */
    private static double[] ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return new double[] {Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1)};
    }

    @Test
    void ishigamiIndicesAreWithinTwoHundredthsOfTheAnalyticValues() {
        // analytic: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2; S1 = (1 + b pi^4/5)^2 / 2V, S2 = a^2/8V, S3 = 0;
        // ST1 = S1 + 8 b^2 pi^8 / 225V, ST2 = S2, ST3 = 8 b^2 pi^8 / 225V
        SobolIndices s = SobolAnalysis.analyse(3, 4096, 0, 1, SobolAnalysisTest::ishigami).get(0);

        assertArrayEquals(new double[] {0.3139, 0.4424, 0}, s.first(), 0.02);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, s.total(), 0.02);
        assertEquals(13.8446, s.variance(), 0.2);
    }

    @Test
    void bootstrapIntervalsHoldTheEstimate() {
        SobolIndices s = SobolAnalysis.analyse(3, 1024, 200, 7, SobolAnalysisTest::ishigami).get(0);

        for (int i = 0; i < 3; i++) {
            assertTrue(s.firstLow()[i] <= s.first()[i] && s.first()[i] <= s.firstHigh()[i], "S" + (i + 1));
            assertTrue(s.totalLow()[i] <= s.total()[i] && s.total()[i] <= s.totalHigh()[i], "ST" + (i + 1));
            assertTrue(s.totalHigh()[i] - s.totalLow()[i] < 0.2, "ST" + (i + 1) + " interval is narrow with N = 1024");
        }
    }

    @Test
    void aFactorTheOutputIgnoresHasZeroIndicesAndALinearModelIsAdditive() {
        // f = 2 u1 + u2: V1 = 4/12, V2 = 1/12, so S1 = ST1 = 0.8, S2 = ST2 = 0.2, S3 = ST3 = 0
        List<SobolIndices> s = SobolAnalysis.analyse(3, 2048, 0, 1, u -> new double[] {2 * u[0] + u[1]});

        assertArrayEquals(new double[] {0.8, 0.2, 0}, s.get(0).first(), 0.01);
        assertArrayEquals(new double[] {0.8, 0.2, 0}, s.get(0).total(), 0.01);
    }
}
