package fi.kuntadigi.analytics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void eightOfTenWorkedOutByHand() {
        // p = 0.8, z² = 3.8416: centre 0.99208 / 1.38416 = 0.71673, half 1.96 x 0.160012 / 1.38416 = 0.22658
        double[] ci = Wilson.interval(8, 10, 1.96);
        assertEquals(0.4902, ci[0], 1e-4);
        assertEquals(0.9433, ci[1], 1e-4);
    }

    @Test
    void noneOfFiveStartsAtZeroAndIsNotDegenerate() {
        double[] ci = Wilson.interval(0, 5, 1.96);
        assertEquals(0, ci[0], 1e-12);
        assertEquals(0.4345, ci[1], 1e-4);
    }
}
