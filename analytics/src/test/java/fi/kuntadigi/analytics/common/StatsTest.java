package fi.kuntadigi.analytics.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        // type 7: h = (5 - 1) x 0.05 = 0.2 -> 1 + 0.2 x (2 - 1)
        assertEquals(1.2, Stats.percentile(new double[] {1, 2, 3, 4, 5}, 0.05), 1e-12);
        assertEquals(4.8, Stats.percentile(new double[] {1, 2, 3, 4, 5}, 0.95), 1e-12);
    }
}
